#include "ExportCommand.h"

#include "ServerResolver.h"
#include "StudyExportCommand.h"
#include "audit/AuditTrail.h"
#include "audit/FhirAuditor.h"
#include "exporting/TransactionPush.h"
#include "fhir/FhirClient.h"
#include "fhir/FhirClientFactory.h"
#include "fhir/FhirSearchPager.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "servers/ServerStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTextStream>
#include <QTimer>

namespace sightline {

namespace {

QString progressLine(const JobRecord& job) {
    const QJsonObject p = job.progress;
    QString line =
        QStringLiteral("[%1] %2 %3")
            .arg(job.id)
            .arg(JobRecord::stateName(job.state), p.value(QLatin1String("phase")).toString());
    if (p.value(QLatin1String("serverPercent")).toInt(-1) >= 0 &&
        p.value(QLatin1String("phase")).toString() == QLatin1String("waiting"))
        line += QStringLiteral(" %1%").arg(p.value(QLatin1String("serverPercent")).toInt());
    if (p.value(QLatin1String("filesTotal")).toInt() > 0 &&
        job.kind == QLatin1String("bulk-export"))
        line += ExportCommand::tr(" %1/%2 files, %3 resources, %4 kB")
                    .arg(p.value(QLatin1String("filesDone")).toInt())
                    .arg(p.value(QLatin1String("filesTotal")).toInt())
                    .arg(qint64(p.value(QLatin1String("resources")).toDouble()))
                    .arg(qint64(p.value(QLatin1String("bytes")).toDouble()) / 1024);
    else if (p.value(QLatin1String("filesTotal")).toInt() > 0)
        line += ExportCommand::tr(" %1/%2 files, %3 kB")
                    .arg(p.value(QLatin1String("filesDone")).toInt())
                    .arg(p.value(QLatin1String("filesTotal")).toInt())
                    .arg(qint64(p.value(QLatin1String("bytes")).toDouble()) / 1024);
    if (!job.error.isEmpty())
        line += QStringLiteral(" — ") + job.error;
    return line;
}

} // namespace

int ExportCommand::waitForJobs(JobManager& manager, JobStore& store, const QSet<qint64>& ids) {
    QTextStream err(stderr);
    QString last;
    QObject::connect(&manager, &JobManager::jobChanged, &manager, [&](const JobRecord& job) {
        if (!ids.contains(job.id))
            return;
        const QString line = progressLine(job);
        if (line != last)
            err << line << Qt::endl;
        last = line;
        bool allEnded = true;
        for (qint64 id : std::as_const(ids)) {
            const auto stored = id == job.id ? std::optional<JobRecord>(job) : store.get(id);
            allEnded = allEnded && stored && stored->isFinished();
        }
        if (allEnded)
            QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    int code = 0;
    for (qint64 id : std::as_const(ids)) {
        const auto job = store.get(id);
        if (!job || job->state != JobRecord::State::Completed)
            code = 2;
    }
    return code;
}

int ExportCommand::run(const CommandLine& cl) {
    if (cl.mode == CommandLine::Mode::ExportDicom || cl.mode == CommandLine::Mode::ExportDeidentify)
        return StudyExportCommand::run(cl);
    if (cl.mode == CommandLine::Mode::ExportPush)
        return push(cl);
    return cl.mode == CommandLine::Mode::ExportBulk ? bulk(cl) : jobs(cl);
}

int ExportCommand::push(const CommandLine& cl) {
    QTextStream err(stderr);
    QStringList servers;
    QStringList ndjson;
    QString type;
    QString patient;
    PushOptions options;
    bool json = false;
    const QStringList& args = cl.rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--dry-run")) {
            options.dryRun = true;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (!a.startsWith(QLatin1String("--"))) {
            servers << a;
        } else if (!hasValue) {
            err << tr("%1 needs a value").arg(a) << '\n';
            return 1;
        } else if (a == QLatin1String("--identifier-system")) {
            options.identifierSystem = args.at(++i);
        } else if (a == QLatin1String("--ndjson")) {
            ndjson << args.at(++i);
        } else if (a == QLatin1String("--type")) {
            type = args.at(++i);
        } else if (a == QLatin1String("--patient")) {
            patient = args.at(++i).section(u'/', -1);
        } else if (a == QLatin1String("--chunk")) {
            options.chunkSize = args.at(++i).toInt();
        } else {
            err << tr("Unknown option %1").arg(a) << "\n\n" << CommandLine::usage();
            return 1;
        }
    }
    const bool fromFiles = !ndjson.isEmpty();
    if (options.identifierSystem.isEmpty() || servers.size() != (fromFiles ? 1 : 2) ||
        (!fromFiles && type.isEmpty())) {
        err << tr("export push needs [SOURCE] TARGET, --identifier-system and --ndjson FILE or "
                  "--type T")
            << "\n\n"
            << CommandLine::usage();
        return 1;
    }
    ServerStore store;
    QNetworkAccessManager network;
    AuditTrail audit(AuditTrail::defaultJournalPath());
    FhirAuditor auditor(&audit);
    FhirClientFactory clients(&network, nullptr, [&auditor](FhirClient* c) { auditor.watch(c); });
    auto clientFor = [&](const QString& name) -> std::unique_ptr<FhirClient> {
        const auto resolved = ServerResolver::resolve(name, store);
        if (!resolved) {
            err << resolved.error().toString() << '\n';
            return {};
        }
        auto made = clients.create(resolved->profile);
        if (!made) {
            err << made.error().toString() << '\n';
            return {};
        }
        return std::unique_ptr<FhirClient>(made.value());
    };
    std::unique_ptr<FhirClient> target = clientFor(servers.last());
    if (!target)
        return 1;
    QList<QJsonObject> resources;
    for (const QString& path : ndjson) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("%1 cannot be read: %2").arg(path, file.errorString()) << '\n';
            return 1;
        }
        qint64 lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isObject()) {
                err << tr("%1 line %2 is not a JSON object; it is left out.")
                           .arg(path)
                           .arg(lineNumber)
                    << '\n';
                continue;
            }
            resources << doc.object();
        }
    }
    if (!fromFiles) {
        std::unique_ptr<FhirClient> source = clientFor(servers.first());
        if (!source)
            return 1;
        QueryParams params{{QStringLiteral("_count"), QStringLiteral("200")}};
        if (!patient.isEmpty())
            params << qMakePair(type == QLatin1String("Patient") ? QStringLiteral("_id")
                                                                 : QStringLiteral("patient"),
                                patient);
        FhirSearchPager pager(source.get(), type, params);
        QObject::connect(
            &pager, &FhirSearchPager::pageReady, &pager, [&](const QJsonObject& bundle) {
                for (const QJsonValue& entry : bundle.value(QLatin1String("entry")).toArray()) {
                    if (entry.toObject()
                            .value(QLatin1String("search"))
                            .toObject()
                            .value(QLatin1String("mode")) != QLatin1String("outcome"))
                        resources << entry.toObject().value(QLatin1String("resource")).toObject();
                }
            });
        int code = 0;
        QObject::connect(&pager, &FhirSearchPager::finished, &pager, [&](const Result<int>& found) {
            if (!found) {
                err << found.error().toString() << '\n';
                code = 2;
            }
            QCoreApplication::exit(0);
        });
        pager.start();
        QCoreApplication::exec();
        if (code)
            return code;
    }
    TransactionPush pusher(target.get(), resources, options);
    std::optional<Result<QList<PushEntry>>> result;
    QObject::connect(&pusher, &TransactionPush::finished, &pusher,
                     [&](const Result<QList<PushEntry>>& r) {
                         result = r;
                         QCoreApplication::exit(0);
                     });
    QObject::connect(&pusher, &TransactionPush::progress, &pusher, [&](int done, int total) {
        err << tr("%1 of %2").arg(done).arg(total) << Qt::endl;
    });
    pusher.start();
    QCoreApplication::exec();
    audit.flush();
    if (!result || !result->ok()) {
        err << (result ? result->error().toString() : QString()) << '\n';
        return 2;
    }
    QTextStream out(stdout);
    int failed = 0;
    QJsonArray list;
    for (const PushEntry& e : result->value()) {
        const int status = options.dryRun ? e.predicted : e.status;
        failed += !e.identifier.isEmpty() && (status == 0 || status >= 400);
        if (json) {
            list.append(QJsonObject{{QStringLiteral("source"), e.source},
                                    {QStringLiteral("identifier"), e.identifier},
                                    {QStringLiteral("predicted"), e.predicted},
                                    {QStringLiteral("status"), e.status},
                                    {QStringLiteral("location"), e.location},
                                    {QStringLiteral("etag"), e.etag},
                                    {QStringLiteral("lastModified"), e.lastModified},
                                    {QStringLiteral("problem"), e.problem}});
        } else {
            out << (status ? QString::number(status) : QStringLiteral("---")) << "  " << e.source
                << "  " << (e.location.isEmpty() ? e.identifier : e.location)
                << (e.problem.isEmpty() ? QString() : QStringLiteral("  (") + e.problem + u')')
                << '\n';
        }
    }
    if (json)
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return failed ? 2 : 0;
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
        } else {
            err << tr("Unknown option %1").arg(a) << "\n\n" << CommandLine::usage();
            return 1;
        }
    }
    if (server.isEmpty() || out.isEmpty()) {
        err << tr("export bulk needs SERVER and --out DIR") << "\n\n" << CommandLine::usage();
        return 1;
    }
    ServerStore servers;
    const auto resolved = ServerResolver::resolve(server, servers);
    if (!resolved) {
        err << resolved.error().toString() << '\n';
        return 1;
    }
    auto store = JobStore::open(JobStore::defaultPath());
    if (!store) {
        err << store.error().toString() << '\n';
        return 2;
    }
    QNetworkAccessManager network;
    AuditTrail audit(AuditTrail::defaultJournalPath());
    JobManager manager(store->get(), &network, &audit);
    const QString target = resolved->profile.id.isEmpty() ? resolved->profile.fhirBase.toString()
                                                          : resolved->profile.id;
    const auto job = manager.submitBulkExport(target, resolved->profile.fhirBase, request,
                                              QDir(out).absolutePath());
    if (!job) {
        err << job.error().toString() << '\n';
        return 2;
    }
    err << tr("Job %1: %2 → %3").arg(job->id).arg(job->title, QDir(out).absolutePath()) << Qt::endl;
    const int code = waitForJobs(manager, *store.value(), {job->id});
    if (const auto done = store.value()->get(job->id); done && code == 0)
        QTextStream(stdout) << tr("%1 resources written to %2")
                                   .arg(qint64(
                                       done->progress.value(QLatin1String("resources")).toDouble()))
                                   .arg(done->outputDir)
                            << '\n';
    audit.flush();
    return code;
}

int ExportCommand::jobs(const CommandLine& cl) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    auto store = JobStore::open(JobStore::defaultPath());
    if (!store) {
        err << store.error().toString() << '\n';
        return 2;
    }
    if (cl.mode == CommandLine::Mode::JobsList) {
        const QList<JobRecord> all = store.value()->list();
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
                out << progressLine(j) << "  " << j.title << "  " << j.outputDir << '\n';
            if (all.isEmpty())
                out << tr("No jobs.") << '\n';
        }
        return 0;
    }
    QNetworkAccessManager network;
    AuditTrail audit(AuditTrail::defaultJournalPath());
    JobManager manager(store->get(), &network, &audit);
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
        audit.flush();
        return 0;
    }
    // jobs resume [ID]: paused ones on request, interrupted ones always.
    QSet<qint64> waiting;
    if (id > 0) {
        // A paused job is resumed; an interrupted (running or queued) one just continues.
        const auto job = store.value()->get(id);
        const bool continues = job && (job->state == JobRecord::State::Running ||
                                       job->state == JobRecord::State::Queued);
        if (const Status resumed = manager.resume(id); !resumed && !continues) {
            err << resumed.error().message << '\n';
            return 2;
        }
        waiting.insert(id);
    } else {
        for (const JobRecord& j : store.value()->unfinished()) {
            if (j.state != JobRecord::State::Paused)
                waiting.insert(j.id);
        }
    }
    if (waiting.isEmpty()) {
        out << tr("Nothing to resume.") << '\n';
        return 0;
    }
    manager.resumeAll();
    const int code = waitForJobs(manager, *store.value(), waiting);
    audit.flush();
    return code;
}

} // namespace sightline
