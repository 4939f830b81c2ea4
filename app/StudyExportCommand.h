#pragma once
// `sightline export dicom STUDY_UID [--zip] [--deidentify [--pseudonym NAME] [--key-file FILE]]
// --out PATH` exports a cached study to a DICOMDIR folder (or a ZIP) as a persistent job, with
// progress on stderr and the summary (burned-in annotation warnings included) on stdout.
// `sightline export deidentify NDJSON… --out DIR [--key-file FILE]` writes de-identified copies
// of NDJSON files (one key for all, so references and date shifts agree between them).
// Exit codes: 0 done, 1 usage, 2 failed.

#include "CommandTable.h"

#include <QCoreApplication>

namespace sightline {

class StudyExportCommand {
    Q_DECLARE_TR_FUNCTIONS(StudyExportCommand)
public:
    static QList<CommandSpec> commands();

private:
    static int dicom(const CommandArguments& args);
    static int ndjson(const CommandArguments& args);
};

} // namespace sightline
