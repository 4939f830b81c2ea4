#include "jobs/PushRunner.h"

#include "capabilities/CapabilityStatement.h"
#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "fhir/FhirClient.h"
#include "fhir/FhirClientFactory.h"
#include "fhir/FhirSearchPager.h"

#include "common/BackgroundWork.h"
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace sightline {

namespace {

const QString requestKey = QStringLiteral("request");
const QString summaryFileName = QStringLiteral("push-summary.json");
constexpr int kSearchPages = 1000; // 200 per page: up to 200,000 resources

} // namespace

PushRunner::PushRunner(SharedAuthorizationPtr sourceAuthorization,
                       SharedAuthorizationPtr targetAuthorization)
    : m_sourceAuthorization(std::move(sourceAuthorization))
    , m_targetAuthorization(std::move(targetAuthorization)) {}

PushRunner::~PushRunner() {
    m_cancelled->store(true);
    if (m_reading)
        m_reading->waitForFinished();
}

JobRecord PushRunner::record(const PushRequest& request, const QString& reportDir) {
    JobRecord job;
    job.kind = QLatin1String(kind);
    job.title = request.describe();
    job.target = request.target.id.isEmpty() ? request.target.fhirBase.toString()
                                             : request.target.id; // one push per server at a time
    job.outputDir = reportDir;
    job.parameters = {{requestKey, request.toJson()},
                      {QStringLiteral("fhirBase"), request.target.fhirBase.toString()}};
    return job;
}

QString PushRunner::newReportDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/pushes/") +
           Clock::system().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

std::optional<bool> PushRunner::acceptsProvenance(const QJsonObject& statement) {
    const auto parsed = CapabilityStatement::fromJson(statement);
    if (!parsed)
        return std::nullopt;
    const ResourceCapability* provenance = parsed->resource(QStringLiteral("Provenance"));
    return provenance && provenance->hasInteraction(QStringLiteral("create"));
}

Result<QList<PushEntry>> PushRunner::readReport(const QString& reportDir) {
    QFile file(QDir(reportDir).filePath(reportFileName()));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           tr("There is no push report in %1.").arg(reportDir));
    QList<PushEntry> entries;
    while (!file.atEnd()) {
        const QJsonDocument line = QJsonDocument::fromJson(file.readLine());
        if (!line.isObject())
            return Error::make(Error::Kind::MalformedData,
                               tr("The push report %1 is damaged.").arg(file.fileName()));
        entries << PushEntry::fromJson(line.object());
    }
    return entries;
}

Result<FhirClient*> PushRunner::clientFor(const PushServer& server,
                                          const SharedAuthorizationPtr& authorization) {
    ServerProfile profile;
    profile.fhirBase = server.fhirBase;
    profile.caCertificatePath = server.caCertificatePath;
    const auto client = FhirClientFactory(m_network, nullptr).create(profile, this);
    if (client && authorization)
        client.value()->setAuthorizationSource([authorization] { return authorization->value(); });
    return client;
}

void PushRunner::report(const QString& phase, int done, int total) {
    emit progressChanged({{QStringLiteral("phase"), phase},
                          {QStringLiteral("done"), done},
                          {QStringLiteral("total"), total},
                          {QStringLiteral("malformedLines"), double(m_malformedLines)},
                          {QStringLiteral("atMs"), double(Clock::system().nowMs())}});
}

void PushRunner::start(const JobRecord& job) {
    m_request = PushRequest::fromJson(job.parameters.value(requestKey).toObject());
    m_reportDir = job.outputDir;
    if (const QString problem = m_request.problem(); !problem.isEmpty())
        return emit finished(Error::make(Error::Kind::InvalidInput, problem));
    if (!QDir().mkpath(m_reportDir))
        return emit finished(Error::make(Error::Kind::Storage,
                                         tr("The folder %1 cannot be created.").arg(m_reportDir)));
    m_network = new QNetworkAccessManager(this); // on the worker thread, like the runner
    const auto target = clientFor(m_request.target, m_targetAuthorization);
    if (!target)
        return emit finished(target.error());
    m_target = target.value();
    report(QStringLiteral("reading"), 0, 0);
    if (m_request.fromFiles())
        readFiles(m_request.files);
    else
        search();
}

void PushRunner::readFiles(const QStringList& files) {
    m_reading = new QFutureWatcher<Result<NdjsonResources>>(this);
    connect(m_reading, &QFutureWatcherBase::finished, this, [this] {
        Result<NdjsonResources> read = m_reading->result();
        if (!read)
            return emit finished(read.error());
        m_malformedLines = read->malformedLines;
        m_problems = read->problems;
        checkProvenanceThenPush(std::move(read.value().resources));
    });
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_reading->setFuture(runInBackground(
        [files, cancelled] { return NdjsonResources::read(files, cancelled.get()); }));
}

void PushRunner::search() {
    const auto source = clientFor(m_request.source, m_sourceAuthorization);
    if (!source)
        return emit finished(source.error());
    m_source = source.value();
    QueryParams params{{QStringLiteral("_count"), QStringLiteral("200")}};
    if (!m_request.patient.isEmpty())
        params << qMakePair(m_request.type == QLatin1String("Patient") ? QStringLiteral("_id")
                                                                       : QStringLiteral("patient"),
                            m_request.patient);
    auto resources = std::make_shared<QList<QJsonObject>>();
    m_pager = new FhirSearchPager(m_source, m_request.type, params, kSearchPages, this);
    connect(m_pager, &FhirSearchPager::pageReady, this,
            [this, resources](const QJsonObject& bundle) {
                for (const QJsonValue entry : bundle.value(QLatin1String("entry")).toArray()) {
                    const QJsonObject e = entry.toObject();
                    // OperationOutcomes about the search itself are not data to push.
                    if (e.value(QLatin1String("search")).toObject().value(QLatin1String("mode")) !=
                        QLatin1String("outcome"))
                        *resources << e.value(QLatin1String("resource")).toObject();
                }
                report(QStringLiteral("reading"), int(resources->size()), 0);
            });
    connect(m_pager, &FhirSearchPager::finished, this, [this, resources](const Result<int>& found) {
        m_pager->deleteLater();
        if (!found)
            return emit finished(found.error());
        if (m_cancelled->load())
            return emit finished(
                Error::make(Error::Kind::Cancelled, tr("The push was cancelled.")));
        if (resources->isEmpty())
            return emit finished(
                Error::make(Error::Kind::NotFound,
                            tr("%1 has no %2 to push.")
                                .arg(m_request.source.fhirBase.toString(), m_request.type)));
        checkProvenanceThenPush(std::move(*resources));
    });
    m_pager->start();
}

void PushRunner::checkProvenanceThenPush(QList<QJsonObject> resources) {
    if (!m_request.options.provenance)
        return push(std::move(resources));
    auto pending = std::make_shared<QList<QJsonObject>>(std::move(resources));
    m_target->capabilities(this, [this, pending](const Result<FhirReply>& reply) {
        const std::optional<bool> accepts =
            reply ? acceptsProvenance(reply->resource) : std::optional<bool>();
        if (accepts == false) {
            m_request.options.provenance = false;
            m_problems << tr("%1 does not take Provenance resources: pushed without them.")
                              .arg(m_request.target.fhirBase.toString());
        }
        push(std::move(*pending));
    });
}

void PushRunner::push(QList<QJsonObject> resources) {
    if (m_cancelled->load())
        return emit finished(Error::make(Error::Kind::Cancelled, tr("The push was cancelled.")));
    const QString phase =
        m_request.options.dryRun ? QStringLiteral("predicting") : QStringLiteral("pushing");
    report(phase, 0, int(resources.size()));
    m_push = new TransactionPush(m_target, std::move(resources), m_request.options, this);
    connect(m_push, &TransactionPush::progress, this,
            [this, phase](int done, int total) { report(phase, done, total); });
    connect(m_push, &TransactionPush::finished, this,
            [this](const Result<QList<PushEntry>>& entries) {
                m_push->deleteLater();
                if (!entries)
                    return emit finished(entries.error());
                finish(entries.value());
            });
    m_push->start();
}

void PushRunner::finish(const QList<PushEntry>& entries) {
    QByteArray lines;
    for (const PushEntry& e : entries)
        lines += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    const PushTally tally = PushTally::of(entries, m_request.options.dryRun);
    QJsonObject progress{{QStringLiteral("phase"), QStringLiteral("finished")},
                         {QStringLiteral("done"), int(entries.size())},
                         {QStringLiteral("total"), int(entries.size())},
                         {QStringLiteral("dryRun"), m_request.options.dryRun},
                         {QStringLiteral("created"), tally.created},
                         {QStringLiteral("existing"), tally.existing},
                         {QStringLiteral("ambiguous"), tally.ambiguous},
                         {QStringLiteral("failed"), tally.failed},
                         {QStringLiteral("skipped"), tally.skipped},
                         {QStringLiteral("malformedLines"), double(m_malformedLines)}};
    progress.insert(QStringLiteral("inputProblems"), QJsonArray::fromStringList(m_problems));
    QJsonArray problems;
    for (const PushEntry& e : entries) {
        if (!e.problem.isEmpty() && problems.size() < 20)
            problems.append(QStringLiteral("%1: %2").arg(e.source, e.problem));
    }
    progress.insert(QStringLiteral("problems"), problems);
    QJsonObject summary = progress;
    summary.insert(QStringLiteral("request"), m_request.toJson());
    summary.insert(QStringLiteral("finishedUtc"), Clock::system().nowUtc().toString(Qt::ISODate));
    const QDir dir(m_reportDir);
    if (const Status written = AtomicFile::write(dir.filePath(reportFileName()), lines); !written)
        return emit finished(written.error());
    if (const Status written =
            AtomicFile::write(dir.filePath(summaryFileName), QJsonDocument(summary).toJson());
        !written)
        return emit finished(written.error());
    JobOutcome outcome;
    outcome.progress = progress;
    outcome.summary = m_request.options.dryRun
                          ? tr("would create %1, already there %2, ambiguous %3, skipped %4")
                                .arg(tally.created)
                                .arg(tally.existing)
                                .arg(tally.ambiguous)
                                .arg(tally.skipped)
                          : tr("created %1, already there %2, ambiguous %3, refused %4, skipped %5")
                                .arg(tally.created)
                                .arg(tally.existing)
                                .arg(tally.ambiguous)
                                .arg(tally.failed)
                                .arg(tally.skipped);
    emit finished(outcome);
}

void PushRunner::cancel() {
    m_cancelled->store(true);
    QMetaObject::invokeMethod(this, [this] {
        if (m_push)
            m_push->cancel(); // reports Cancelled through finished
        else if (m_pager)
            m_pager->cancel();
    });
}

} // namespace sightline
