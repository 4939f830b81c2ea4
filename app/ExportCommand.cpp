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

QList<CommandSpec> ExportCommand::commands() {
    CommandSpec bulk;
    bulk.name = QStringLiteral("export bulk");
    bulk.summary = tr("A Bulk Data export as a background job; if interrupted, 'sightline jobs "
                      "resume' continues it.");
    bulk.details = tr("System level by default; --group ID or --patient for those levels. "
                      "--deidentify adds de-identified copies of the files.");
    bulk.arguments = {{QStringLiteral("SERVER"), tr("the FHIR server to export from")}};
    bulk.options = {option("group", "ID", tr("export one Group's patients")),
                    option("patient", "", tr("export at the Patient level")),
                    option("type", "T,U", tr("only these resource types"), false, true),
                    option("since", "DATE", tr("only resources changed since (ISO 8601)")),
                    option("type-filter", "QUERY",
                           tr("a _typeFilter search, e.g. Observation?code=…"), false, true),
                    option("elements", "E,F", tr("only these elements"), false, true),
                    option("post", "", tr("kick off with POST and a Parameters body")),
                    option("lenient", "", tr("ask the server to ignore what it does not support")),
                    option("deidentify", "", tr("also write de-identified copies")),
                    option("key-file", "FILE", tr("the pseudonymisation key (for --deidentify)")),
                    option("out", "DIR", tr("the folder the files go to"), true)};
    bulk.run = &ExportCommand::bulk;

    CommandSpec list;
    list.name = QStringLiteral("jobs list");
    list.summary = tr("The background jobs, newest first.");
    list.options = {option("json", "", tr("print them as JSON"))};
    list.run = &ExportCommand::jobs;

    CommandSpec resume;
    resume.name = QStringLiteral("jobs resume");
    resume.summary = tr("Continue a paused job, or every interrupted one, and wait for them.");
    resume.arguments = {
        {QStringLiteral("ID"), tr("the job (default: every interrupted one)"), false}};
    resume.run = &ExportCommand::jobs;

    CommandSpec cancel;
    cancel.name = QStringLiteral("jobs cancel");
    cancel.summary = tr("Cancel a job (a server's export is deleted there too).");
    cancel.arguments = {{QStringLiteral("ID"), tr("the job")}};
    cancel.run = &ExportCommand::jobs;
    return QList<CommandSpec>{bulk} + PushCommand::commands() + StudyExportCommand::commands() +
           QList<CommandSpec>{list, resume, cancel};
}

int ExportCommand::bulk(const CommandArguments& args) {
    QTextStream err(stderr);
    BulkExportRequest request;
    const QString server = args.argument(0);
    const QString out = args.value(QStringLiteral("out"));
    if (args.isSet(QStringLiteral("patient")))
        request.level = BulkExportRequest::Level::Patient;
    if (args.isSet(QStringLiteral("group"))) {
        if (args.isSet(QStringLiteral("patient")))
            return args.usageError(tr("--group and --patient are different levels: give one"));
        request.level = BulkExportRequest::Level::Group;
        request.groupId = args.value(QStringLiteral("group"));
    }
    request.usePost = args.isSet(QStringLiteral("post"));
    request.lenient = args.isSet(QStringLiteral("lenient"));
    request.deidentify = args.isSet(QStringLiteral("deidentify"));
    for (const QString& types : args.values(QStringLiteral("type")))
        request.types << types.split(u',', Qt::SkipEmptyParts);
    for (const QString& elements : args.values(QStringLiteral("elements")))
        request.elements << elements.split(u',', Qt::SkipEmptyParts);
    request.typeFilters = args.values(QStringLiteral("type-filter"));
    if (args.isSet(QStringLiteral("since"))) {
        request.since = QDateTime::fromString(args.value(QStringLiteral("since")), Qt::ISODate);
        if (!request.since.isValid())
            return args.usageError(tr("--since takes an ISO date or date-time, e.g. 2026-01-01"));
        if (request.since.timeSpec() == Qt::LocalTime)
            request.since.setTimeSpec(Qt::UTC);
    }
    if (args.isSet(QStringLiteral("key-file")))
        request.keyFile = QFileInfo(args.value(QStringLiteral("key-file"))).absoluteFilePath();
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

int ExportCommand::jobs(const CommandArguments& args) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    AppServices services;
    auto opened = CommandLineJobs::open(services);
    if (!opened) {
        err << opened.error().toString() << '\n';
        return 2;
    }
    CommandLineJobs& jobs = *opened.value();
    if (args.is(QStringLiteral("jobs list"))) {
        const QList<JobRecord> all = jobs.store().list();
        if (args.isSet(QStringLiteral("json"))) {
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
    const qint64 id = args.argument(0).toLongLong();
    if (!args.argument(0).isEmpty() && id <= 0)
        return args.usageError(tr("A job id is a number, as 'sightline jobs list' shows"));
    if (args.is(QStringLiteral("jobs cancel"))) {
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
