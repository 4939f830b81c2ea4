#pragma once
// `sightline echo|find NODE …`: a DICOM node's connection test (C-ECHO, with what to change when
// it fails) and its patients, studies, series or images (C-FIND), as a table or JSON. NODE is a
// saved DICOM node (name or id) or a dicom://CALLED@host:port connection string.
// Exit codes: 0 success, 1 usage (including NODE not being a DICOM node), 2 failure.

#include "CommandTable.h"

namespace sightline {

class DicomNodeCommand {
    Q_DECLARE_TR_FUNCTIONS(DicomNodeCommand)
public:
    static QList<CommandSpec> commands();

private:
    static int echo(const CommandArguments& args);
    static int find(const CommandArguments& args);
};

} // namespace sightline
