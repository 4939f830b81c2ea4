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

QList<CommandSpec> PushCommand::commands() {
    CommandSpec push;
    push.name = QStringLiteral("export push");
    push.summary = tr("Push resources without duplicates (conditional creates) as a background "
                      "job.");
    push.details = tr("From NDJSON files (--ndjson), or from SOURCE's search (--type, with "
                      "--patient). --dry-run predicts 201/200/412 without writing; each entry's "
                      "outcome goes to the report folder.");
    push.arguments = {
        {QStringLiteral("SOURCE"), tr("the server to read from (with --type)"), false},
        {QStringLiteral("TARGET"), tr("the server to write to")}};
    push.options = {
        {QStringLiteral("identifier-system"), QStringLiteral("SYSTEM"),
         tr("the identifier system that makes a resource the same one"), true},
        {QStringLiteral("ndjson"), QStringLiteral("FILE|DIR"), tr("resources to push"), false,
         true},
        {QStringLiteral("type"), QStringLiteral("T"), tr("push SOURCE's resources of this type")},
        {QStringLiteral("patient"), QStringLiteral("ID"), tr("only this patient's (with --type)")},
        {QStringLiteral("dry-run"), {}, tr("predict, write nothing")},
        {QStringLiteral("chunk"), QStringLiteral("N"), tr("entries per transaction")},
        {QStringLiteral("no-provenance"), {}, tr("do not add a Provenance")},
        {QStringLiteral("report"), QStringLiteral("DIR"), tr("where the report goes")},
        {QStringLiteral("json"), {}, tr("print the outcomes as JSON")}};
    push.run = &PushCommand::run;
    return {push};
}

int PushCommand::run(const CommandArguments& args) {
    QTextStream err(stderr);
    const QStringList servers = args.arguments();
    PushRequest request;
    request.options.dryRun = args.isSet(QStringLiteral("dry-run"));
    request.options.provenance = !args.isSet(QStringLiteral("no-provenance"));
    const bool json = args.isSet(QStringLiteral("json"));
    request.options.identifierSystem = args.value(QStringLiteral("identifier-system"));
    for (const QString& file : args.values(QStringLiteral("ndjson")))
        request.files << QFileInfo(file).absoluteFilePath();
    request.type = args.value(QStringLiteral("type"));
    request.patient = args.value(QStringLiteral("patient")).section(u'/', -1);
    if (args.isSet(QStringLiteral("chunk")))
        request.options.chunkSize = args.value(QStringLiteral("chunk")).toInt();
    QString reportDir;
    if (args.isSet(QStringLiteral("report")))
        reportDir = QFileInfo(args.value(QStringLiteral("report"))).absoluteFilePath();
    if (servers.size() != (request.fromFiles() ? 1 : 2))
        return args.usageError(request.fromFiles()
                                   ? tr("With --ndjson, export push takes TARGET only")
                                   : tr("export push needs SOURCE and TARGET with --type, or "
                                        "--ndjson FILE and TARGET"));
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
    if (const QString problem = request.problem(); !problem.isEmpty())
        return args.usageError(problem);
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
