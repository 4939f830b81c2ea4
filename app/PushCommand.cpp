#include "PushCommand.h"

#include "AppServices.h"
#include "CommandLineJobs.h"
#include "ServerResolver.h"
#include "jobs/PushRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace sightline {

namespace {

// The server named by `text`, with its session brought up (the job sends its token).
Result<PushServer> serverFor(const QString& text, AppServices& services) {
    const auto resolved = ServerResolver::resolve(text, services.servers);
    if (!resolved)
        return resolved.error();
    if (const Status in = services.signIn(resolved->profile); !in)
        return in.error();
    const ServerProfile& p = resolved->profile;
    return PushServer{p.id, p.name, p.fhirBase, p.caCertificatePath};
}

} // namespace

int PushCommand::run(const CommandLine& cl) {
    QTextStream err(stderr);
    QStringList servers;
    PushRequest request;
    QString reportDir;
    bool json = false;
    const QStringList& args = cl.rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--dry-run")) {
            request.options.dryRun = true;
        } else if (a == QLatin1String("--no-provenance")) {
            request.options.provenance = false;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (!a.startsWith(QLatin1String("--"))) {
            servers << a;
        } else if (!hasValue) {
            err << tr("%1 needs a value").arg(a) << '\n';
            return 1;
        } else if (a == QLatin1String("--identifier-system")) {
            request.options.identifierSystem = args.at(++i);
        } else if (a == QLatin1String("--ndjson")) {
            request.files << QFileInfo(args.at(++i)).absoluteFilePath();
        } else if (a == QLatin1String("--type")) {
            request.type = args.at(++i);
        } else if (a == QLatin1String("--patient")) {
            request.patient = args.at(++i).section(u'/', -1);
        } else if (a == QLatin1String("--chunk")) {
            request.options.chunkSize = args.at(++i).toInt();
        } else if (a == QLatin1String("--report")) {
            reportDir = QFileInfo(args.at(++i)).absoluteFilePath();
        } else {
            err << tr("Unknown option %1").arg(a) << "\n\n" << CommandLine::usage();
            return 1;
        }
    }
    if (servers.size() != (request.fromFiles() ? 1 : 2)) {
        err << tr("export push needs [SOURCE] TARGET, --identifier-system and --ndjson FILE or "
                  "--type T")
            << "\n\n"
            << CommandLine::usage();
        return 1;
    }
    AppServices services;
    const auto target = serverFor(servers.last(), services);
    if (!target) {
        err << target.error().toString() << '\n';
        return 1;
    }
    request.target = target.value();
    if (!request.fromFiles()) {
        const auto source = serverFor(servers.first(), services);
        if (!source) {
            err << source.error().toString() << '\n';
            return 1;
        }
        request.source = source.value();
    }
    if (const QString problem = request.problem(); !problem.isEmpty()) {
        err << problem << "\n\n" << CommandLine::usage();
        return 1;
    }
    auto jobs = CommandLineJobs::open(services);
    if (!jobs) {
        err << jobs.error().toString() << '\n';
        return 2;
    }
    if (reportDir.isEmpty())
        reportDir = PushRunner::newReportDir();
    const auto job = jobs.value()->manager().submitPush(request, reportDir);
    if (!job) {
        err << job.error().toString() << '\n';
        return 2;
    }
    err << tr("Job %1: %2 (report in %3)").arg(job->id).arg(job->title, reportDir) << Qt::endl;
    if (jobs.value()->wait({job->id}) != 0) {
        if (const auto ended = jobs.value()->store().get(job->id))
            err << ended->error << '\n';
        return 2;
    }
    const auto entries = PushRunner::readReport(reportDir);
    if (!entries) {
        err << entries.error().toString() << '\n';
        return 2;
    }
    for (const QJsonValue problem : jobs.value()
                                        ->store()
                                        .get(job->id)
                                        ->progress.value(QLatin1String("inputProblems"))
                                        .toArray())
        err << problem.toString() << '\n';
    QTextStream out(stdout);
    QJsonArray list;
    for (const PushEntry& e : entries.value()) {
        const int status = e.outcome(request.options.dryRun);
        if (json) {
            list.append(e.toJson());
        } else {
            out << (status ? QString::number(status) : QStringLiteral("---")) << "  " << e.source
                << "  " << (e.location.isEmpty() ? e.identifier : e.location)
                << (e.problem.isEmpty() ? QString() : QStringLiteral("  (") + e.problem + u')')
                << '\n';
        }
    }
    if (json)
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    const PushTally tally = PushTally::of(entries.value(), request.options.dryRun);
    return tally.failed + tally.ambiguous > 0 ? 2 : 0;
}

} // namespace sightline
