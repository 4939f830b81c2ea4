#include "StudyExportCommand.h"

#include "CommandLineJobs.h"
#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "cache/CacheConfig.h"
#include "cache/ImageCache.h"
#include "deidentify/FhirDeidentifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace sightline {

namespace {

// The options both commands share; the rest are positional.
struct Arguments {
    QStringList positional;
    QString out;
    QString keyFile;
    QString pseudonym;
    bool zip = false;
    bool deidentify = false;
};

std::optional<Arguments> parse(const QStringList& args, QTextStream& err) {
    Arguments parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--zip")) {
            parsed.zip = true;
        } else if (a == QLatin1String("--deidentify")) {
            parsed.deidentify = true;
        } else if (!a.startsWith(QLatin1String("--"))) {
            parsed.positional << a;
        } else if (i + 1 >= args.size()) {
            err << StudyExportCommand::tr("%1 needs a value").arg(a) << '\n';
            return std::nullopt;
        } else if (a == QLatin1String("--out")) {
            parsed.out = args.at(++i);
        } else if (a == QLatin1String("--key-file")) {
            parsed.keyFile = QFileInfo(args.at(++i)).absoluteFilePath();
        } else if (a == QLatin1String("--pseudonym")) {
            parsed.pseudonym = args.at(++i);
        } else {
            err << StudyExportCommand::tr("Unknown option %1").arg(a) << "\n\n"
                << CommandLine::usage();
            return std::nullopt;
        }
    }
    return parsed;
}

QByteArray readKey(const QString& path, QTextStream& err) {
    const Result<QByteArray> key = Pseudonymizer::keyFromFile(path);
    if (!key) {
        err << key.error().message << '\n';
        return {};
    }
    return key.value();
}

} // namespace

int StudyExportCommand::run(const CommandLine& cl) {
    return cl.mode == CommandLine::Mode::ExportDicom ? dicom(cl) : ndjson(cl);
}

int StudyExportCommand::dicom(const CommandLine& cl) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    const auto args = parse(cl.rest, err);
    if (!args)
        return 1;
    if (args->positional.size() != 1 || args->out.isEmpty()) {
        err << tr("export dicom needs STUDY_UID and --out PATH") << "\n\n" << CommandLine::usage();
        return 1;
    }
    if ((!args->pseudonym.isEmpty() || !args->keyFile.isEmpty()) && !args->deidentify) {
        err << tr("--pseudonym and --key-file go with --deidentify") << '\n';
        return 1;
    }
    DicomExportRequest request;
    request.studyInstanceUid = args->positional.first();
    request.format =
        args->zip ? DicomExportRequest::Format::Zip : DicomExportRequest::Format::Folder;
    request.output = QFileInfo(args->out).absoluteFilePath();
    request.deidentify = args->deidentify;
    request.pseudonym = args->pseudonym;
    request.keyFile = args->keyFile;

    AppServices services;
    auto jobs = CommandLineJobs::open(services);
    if (!jobs) {
        err << jobs.error().toString() << '\n';
        return 2;
    }
    const auto job = jobs.value()->manager().submitDicomExport(CacheConfig::load().root(), request);
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

int StudyExportCommand::ndjson(const CommandLine& cl) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    const auto args = parse(cl.rest, err);
    if (!args)
        return 1;
    if (args->positional.isEmpty() || args->out.isEmpty() || args->zip || args->deidentify ||
        !args->pseudonym.isEmpty()) {
        err << tr("export deidentify needs NDJSON files and --out DIR") << "\n\n"
            << CommandLine::usage();
        return 1;
    }
    const QByteArray key = readKey(args->keyFile, err);
    if (key.isEmpty())
        return 1;
    if (!QDir().mkpath(args->out)) {
        err << tr("Could not create %1").arg(args->out) << '\n';
        return 2;
    }
    const FhirDeidentifier deidentifier{Pseudonymizer(key)};
    AuditTrail audit(AuditTrail::defaultJournalPath());
    int code = 0;
    for (const QString& input : args->positional) {
        const QString output = QDir(args->out).filePath(QFileInfo(input).fileName());
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
