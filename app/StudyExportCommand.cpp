#include "StudyExportCommand.h"

#include "CommandLineJobs.h"
#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "cache/ImageCache.h"
#include "deidentify/FhirDeidentifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace sightline {

namespace {

QByteArray readKey(const QString& path, QTextStream& err) {
    const Result<QByteArray> key = Pseudonymizer::keyFromFile(path);
    if (!key) {
        err << key.error().message << '\n';
        return {};
    }
    return key.value();
}

} // namespace

QList<CommandSpec> StudyExportCommand::commands() {
    const CommandOption keyFile{QStringLiteral("key-file"), QStringLiteral("FILE"),
                                tr("the pseudonymisation key (made and kept there when new)")};
    CommandSpec dicom;
    dicom.name = QStringLiteral("export dicom");
    dicom.summary = tr("A cached study to a DICOMDIR folder or a ZIP, optionally de-identified "
                       "(PS3.15 Basic).");
    dicom.arguments = {{QStringLiteral("STUDY_UID"), tr("the cached study")}};
    dicom.options = {
        {QStringLiteral("zip"), {}, tr("one ZIP file instead of a folder")},
        {QStringLiteral("deidentify"), {}, tr("de-identify on the way")},
        {QStringLiteral("pseudonym"), QStringLiteral("NAME"),
         tr("the patient name the copy gets (with --deidentify)")},
        keyFile,
        {QStringLiteral("out"), QStringLiteral("PATH"), tr("the folder, or the ZIP file"), true}};
    dicom.run = &StudyExportCommand::dicom;

    CommandSpec ndjson;
    ndjson.name = QStringLiteral("export deidentify");
    ndjson.summary = tr("De-identified copies of NDJSON files (one key for all, so references "
                        "and date shifts agree).");
    ndjson.arguments = {{QStringLiteral("NDJSON"), tr("the files"), true, true}};
    ndjson.options = {keyFile,
                      {QStringLiteral("out"), QStringLiteral("DIR"), tr("the folder"), true}};
    ndjson.run = &StudyExportCommand::ndjson;
    return {dicom, ndjson};
}

namespace {

// Absolute, so a job resumed from another folder finds it.
QString keyFileOf(const CommandArguments& args) {
    return args.isSet(QStringLiteral("key-file"))
               ? QFileInfo(args.value(QStringLiteral("key-file"))).absoluteFilePath()
               : QString();
}

} // namespace

int StudyExportCommand::dicom(const CommandArguments& args) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    const bool deidentify = args.isSet(QStringLiteral("deidentify"));
    const QString pseudonym = args.value(QStringLiteral("pseudonym"));
    const QString keyFile = keyFileOf(args);
    if ((!pseudonym.isEmpty() || !keyFile.isEmpty()) && !deidentify)
        return args.usageError(tr("--pseudonym and --key-file go with --deidentify"));
    DicomExportRequest request;
    request.studyInstanceUid = args.argument(0);
    request.format = args.isSet(QStringLiteral("zip")) ? DicomExportRequest::Format::Zip
                                                       : DicomExportRequest::Format::Folder;
    request.output = QFileInfo(args.value(QStringLiteral("out"))).absoluteFilePath();
    request.deidentify = deidentify;
    request.pseudonym = pseudonym;
    request.keyFile = keyFile;

    AppServices services;
    auto jobs = CommandLineJobs::open(services);
    if (!jobs) {
        err << jobs.error().toString() << '\n';
        return 2;
    }
    const auto job =
        jobs.value()->manager().submitDicomExport(services.imaging.cacheRoot(), request);
    if (!job) {
        err << job.error().toString() << '\n';
        return 2;
    }
    err << tr("Job %1: %2 → %3").arg(job->id).arg(job->title, request.output) << Qt::endl;
    const int code = jobs.value()->wait({job->id});
    const auto done = jobs.value()->store().get(job->id);
    if (done && code == 0) {
        const QJsonObject p = done->progress;
        out << tr("%1 instances in %2 series written to %3")
                   .arg(p.value(QLatin1String("instances")).toInt())
                   .arg(p.value(QLatin1String("series")).toInt())
                   .arg(request.output)
            << '\n';
        if (request.deidentify)
            out << tr("De-identified: patient %1, study %2")
                       .arg(p.value(QLatin1String("patientId")).toString(),
                            p.value(QLatin1String("studyInstanceUid")).toString())
                << '\n';
        if (!p.value(QLatin1String("studyComplete")).toBool())
            out << tr("Warning: the cache holds only part of this study.") << '\n';
        for (const QJsonValue warning : p.value(QLatin1String("burnedInWarnings")).toArray())
            out << tr("Warning: %1").arg(warning.toString()) << '\n';
    } else if (done) {
        err << done->error << '\n';
    }
    return code;
}

int StudyExportCommand::ndjson(const CommandArguments& args) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString outDir = args.value(QStringLiteral("out"));
    const QByteArray key = readKey(keyFileOf(args), err);
    if (key.isEmpty())
        return 1;
    if (!QDir().mkpath(outDir)) {
        err << tr("Could not create %1").arg(outDir) << '\n';
        return 2;
    }
    const FhirDeidentifier deidentifier{Pseudonymizer(key)};
    AppServices services; // the one audit trail every command and the window write to
    AuditTrail& audit = services.audit;
    int code = 0;
    for (const QString& input : args.arguments()) {
        const QString output = QDir(outDir).filePath(QFileInfo(input).fileName());
        if (QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath()) {
            err << tr("%1: the output would overwrite the input").arg(input) << '\n';
            code = 2;
            continue;
        }
        const auto counts = deidentifier.deidentifyNdjson(input, output);
        if (!counts) {
            err << input << ": " << counts.error().toString() << '\n';
            code = 2;
            continue;
        }
        out << tr("%1: %2 resources, %3 elements removed, %4 dates shifted → %5")
                   .arg(input)
                   .arg(counts->resources)
                   .arg(counts->removed)
                   .arg(counts->datesShifted)
                   .arg(output)
            << '\n';
        if (counts->malformedLines > 0) {
            QStringList lines;
            for (qint64 n : counts->malformedLineNumbers)
                lines << QString::number(n);
            err << tr("%1: %2 malformed lines left out (lines %3)")
                       .arg(input)
                       .arg(counts->malformedLines)
                       .arg(lines.join(QStringLiteral(", ")))
                << '\n';
            code = 2;
        }
        AuditEventBuilder event = AuditEventBuilder::activity(QStringLiteral("deidentify"),
                                                              QStringLiteral("De-identification"),
                                                              AuditEventBuilder::Action::Execute);
        event.outcome(AuditEventBuilder::Outcome::Success)
            .detail(QStringLiteral("input"), QFileInfo(input).fileName())
            .detail(QStringLiteral("resources"), QString::number(counts->resources));
        audit.record(event.build());
    }
    out << tr("Free text outside notes and narrative (e.g. valueString) is kept: review it "
              "before sharing.")
        << '\n';
    audit.flush();
    return code;
}

} // namespace sightline
