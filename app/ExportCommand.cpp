#include "ExportCommand.h"

#include "AppServices.h"
#include "CommandLineJobs.h"
#include "PushCommand.h"
#include "ServerResolver.h"
#include "StudyExportCommand.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <QTimer>

namespace sightline {

int ExportCommand::run(const CommandLine& cl) {
    if (cl.mode == CommandLine::Mode::ExportDicom || cl.mode == CommandLine::Mode::ExportDeidentify)
        return StudyExportCommand::run(cl);
    if (cl.mode == CommandLine::Mode::ExportPush)
        return PushCommand::run(cl);
    return cl.mode == CommandLine::Mode::ExportBulk ? bulk(cl) : jobs(cl);
}

int ExportCommand::bulk(const CommandLine& cl) {
    QTextStream err(stderr);
    BulkExportRequest request;
    QString server;
    QString out;
    const QStringList& args = cl.rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--patient")) {
            request.level = BulkExportRequest::Level::Patient;
        } else if (a == QLatin1String("--post")) {
            request.usePost = true;
        } else if (a == QLatin1String("--lenient")) {
            request.lenient = true;
        } else if (a == QLatin1String("--deidentify")) {
            request.deidentify = true;
        } else if (!a.startsWith(QLatin1String("--")) && server.isEmpty()) {
            server = a;
        } else if (!a.startsWith(QLatin1String("--")) || !hasValue) {
            err << tr("Unexpected argument %1").arg(a) << "\n\n" << CommandLine::usage();
            return 1;
        } else if (a == QLatin1String("--group")) {
            request.level = BulkExportRequest::Level::Group;
            request.groupId = args.at(++i);
        } else if (a == QLatin1String("--type")) {
            request.types << args.at(++i).split(u',', Qt::SkipEmptyParts);
        } else if (a == QLatin1String("--since")) {
            request.since = QDateTime::fromString(args.at(++i), Qt::ISODate);
            if (!request.since.isValid()) {
                err << tr("--since takes an ISO date or date-time, e.g. 2026-01-01") << '\n';
                return 1;
            }
            if (request.since.timeSpec() == Qt::LocalTime)
                request.since.setTimeSpec(Qt::UTC);
        } else if (a == QLatin1String("--type-filter")) {
            request.typeFilters << args.at(++i);
        } else if (a == QLatin1String("--elements")) {
            request.elements << args.at(++i).split(u',', Qt::SkipEmptyParts);
        } else if (a == QLatin1String("--out")) {
            out = args.at(++i);
        } else if (a == QLatin1String("--key-file")) {
            request.keyFile = QFileInfo(args.at(++i)).absoluteFilePath();
        } else {
            err << tr("Unknown option %1").arg(a) << "\n\n" << CommandLine::usage();
            return 1;
        }
    }
    if (server.isEmpty() || out.isEmpty()) {
        err << tr("export bulk needs SERVER and --out DIR") << "\n\n" << CommandLine::usage();
        return 1;
    }
    AppServices services;
    const auto resolved = ServerResolver::resolve(server, services.servers);
    if (!resolved) {
        err << resolved.error().toString() << '\n';
        return 1;
    }
    // The job asks with the session's token, as the window's would.
    if (const Status in = services.signIn(resolved->profile); !in) {
        err << in.error().toString() << '\n';
        return 2;
    }
    auto jobs = CommandLineJobs::open(services);
    if (!jobs) {
        err << jobs.error().toString() << '\n';
        return 2;
    }
    const QString target = resolved->profile.id.isEmpty() ? resolved->profile.fhirBase.toString()
                                                          : resolved->profile.id;
    const auto job = jobs.value()->manager().submitBulkExport(target, resolved->profile.fhirBase,
                                                              request, QDir(out).absolutePath());
    if (!job) {
        err << job.error().toString() << '\n';
        return 2;
    }
    err << tr("Job %1: %2 → %3").arg(job->id).arg(job->title, QDir(out).absolutePath()) << Qt::endl;
    const int code = jobs.value()->wait({job->id});
    if (const auto done = jobs.value()->store().get(job->id); done && code == 0) {
        QTextStream(stdout) << tr("%1 resources written to %2")
                                   .arg(qint64(
                                       done->progress.value(QLatin1String("resources")).toDouble()))
                                   .arg(done->outputDir)
                            << '\n';
        // What the server reported as errors, and lines that are not resources.
        for (const QJsonValue problem : done->progress.value(QLatin1String("problems")).toArray())
            err << tr("Problem: %1").arg(problem.toString()) << '\n';
    }
    return code;
}

int ExportCommand::jobs(const CommandLine& cl) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    AppServices services;
    auto opened = CommandLineJobs::open(services);
    if (!opened) {
        err << opened.error().toString() << '\n';
        return 2;
    }
    CommandLineJobs& jobs = *opened.value();
    if (cl.mode == CommandLine::Mode::JobsList) {
        const QList<JobRecord> all = jobs.store().list();
        if (cl.rest.contains(QStringLiteral("--json"))) {
            QJsonArray list;
            for (const JobRecord& j : all)
                list.append(
                    QJsonObject{{QStringLiteral("id"), double(j.id)},
                                {QStringLiteral("kind"), j.kind},
                                {QStringLiteral("title"), j.title},
                                {QStringLiteral("target"), j.target},
                                {QStringLiteral("state"), JobRecord::stateName(j.state)},
                                {QStringLiteral("progress"), j.progress},
                                {QStringLiteral("error"), j.error},
                                {QStringLiteral("attempts"), j.attempts},
                                {QStringLiteral("outputDir"), j.outputDir},
                                {QStringLiteral("created"), j.createdUtc.toString(Qt::ISODate)}});
            out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else {
            for (const JobRecord& j : all)
                out << CommandLineJobs::progressLine(j) << "  " << j.title << "  " << j.outputDir
                    << '\n';
            if (all.isEmpty())
                out << tr("No jobs.") << '\n';
        }
        return 0;
    }
    JobManager& manager = jobs.manager();
    const qint64 id = cl.rest.value(0).toLongLong();
    if (cl.mode == CommandLine::Mode::JobsCancel) {
        if (id <= 0) {
            err << tr("jobs cancel needs a job id") << '\n';
            return 1;
        }
        const Status cancelled = manager.cancel(id);
        if (!cancelled) {
            err << cancelled.error().message << '\n';
            return 2;
        }
        // Let the server hear the DELETE before leaving.
        QTimer::singleShot(1500, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
        return 0;
    }
    // jobs resume [ID]: paused ones on request, interrupted ones always.
    QList<JobRecord> chosen;
    if (id > 0) {
        if (const auto job = jobs.store().get(id))
            chosen << *job;
    } else {
        for (const JobRecord& j : jobs.store().unfinished()) {
            if (j.state != JobRecord::State::Paused)
                chosen << j;
        }
    }
    // Every server a job talks to has its session first (resumed from the keychain): a job's
    // runner takes the token when it starts, which resuming does at once.
    for (const JobRecord& job : std::as_const(chosen)) {
        const QJsonObject request = job.parameters.value(QLatin1String("request")).toObject();
        for (const QString& serverId : {job.target,
                                        request.value(QLatin1String("source"))
                                            .toObject()
                                            .value(QLatin1String("id"))
                                            .toString(),
                                        request.value(QLatin1String("target"))
                                            .toObject()
                                            .value(QLatin1String("id"))
                                            .toString()}) {
            const auto server = services.servers.profile(serverId);
            if (!server)
                continue;
            if (const Status in = services.signIn(*server); !in) {
                err << in.error().toString() << '\n';
                return 2;
            }
        }
    }
    QSet<qint64> waiting;
    if (id > 0) {
        // A paused job is resumed; an interrupted (running or queued) one just continues.
        const auto job = jobs.store().get(id);
        const bool continues = job && (job->state == JobRecord::State::Running ||
                                       job->state == JobRecord::State::Queued);
        if (const Status resumed = manager.resume(id); !resumed && !continues) {
            err << resumed.error().message << '\n';
            return 2;
        }
        waiting.insert(id);
    } else {
        for (const JobRecord& j : std::as_const(chosen))
            waiting.insert(j.id);
    }
    if (waiting.isEmpty()) {
        out << tr("Nothing to resume.") << '\n';
        return 0;
    }
    manager.resumeAll();
    return jobs.wait(waiting);
}

} // namespace sightline
