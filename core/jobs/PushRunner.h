#pragma once
// Runs a "push" job: reads the resources (NDJSON files on a pool thread, or a paged search on
// the source server), pushes them with TransactionPush, and writes what happened to each
// entry to push-report.ndjson and a summary to push-summary.json in the job's folder. An
// interrupted push starts again from the first resource: the conditional creates make that
// safe (what already arrived answers 200, nothing is created twice). A Provenance goes with
// each Bundle only when the target's CapabilityStatement says it takes Provenance creates (or
// cannot be read): a transaction with a resource the server refuses would fail as a whole.

#include "exporting/NdjsonResources.h"
#include "exporting/PushRequest.h"
#include "jobs/JobRunner.h"
#include "network/SharedAuthorization.h"

#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace sightline {

class FhirClient;
class FhirSearchPager;

class PushRunner : public JobRunner {
    Q_OBJECT
public:
    static constexpr const char* kind = "push";

    // The Authorization header values for the source and target servers (empty when none),
    // renewed by the JobManager as their sessions renew their tokens.
    PushRunner(SharedAuthorizationPtr sourceAuthorization,
               SharedAuthorizationPtr targetAuthorization);
    ~PushRunner() override;

    void start(const JobRecord& job) override;
    void cancel() override;

    static JobRecord record(const PushRequest& request, const QString& reportDir);
    // The entries a finished push wrote to its report (for the CLI and the Jobs panel).
    static Result<QList<PushEntry>> readReport(const QString& reportDir);
    // Whether a CapabilityStatement (as JSON) lets Provenance be created; nullopt when it is
    // not a readable statement.
    static std::optional<bool> acceptsProvenance(const QJsonObject& statement);
    static QString reportFileName() { return QStringLiteral("push-report.ndjson"); }
    // A fresh folder name for a push's report, under Sightline's data folder.
    static QString newReportDir();

private:
    Result<FhirClient*> clientFor(const PushServer& server,
                                  const SharedAuthorizationPtr& authorization);
    void readFiles(const QStringList& files);
    void search();
    void push(QList<QJsonObject> resources);
    void checkProvenanceThenPush(QList<QJsonObject> resources);
    void finish(const QList<PushEntry>& entries);
    void report(const QString& phase, int done, int total);

    SharedAuthorizationPtr m_sourceAuthorization;
    SharedAuthorizationPtr m_targetAuthorization;
    PushRequest m_request;
    QString m_reportDir;
    QNetworkAccessManager* m_network = nullptr;
    FhirClient* m_source = nullptr;
    FhirClient* m_target = nullptr;
    QPointer<FhirSearchPager> m_pager;
    QPointer<TransactionPush> m_push;
    QFutureWatcher<Result<NdjsonResources>>* m_reading = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    qint64 m_malformedLines = 0;
    QStringList m_problems;
};

} // namespace sightline
