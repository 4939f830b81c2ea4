#pragma once
// DICOM nodes as the window and the command line use them: C-ECHO (Test connection) and C-FIND
// (queries whose matches stream in as the node sends them, cancellable). Each exchange runs on
// a thread of its own (DCMTK's network calls block, for as long as a node takes), so neither
// the GUI thread nor the background pool waits on a node; answers come back on the caller's
// thread through `context`. Queries are recorded in the audit trail (what was asked of which
// node, how many matches, the outcome). GUI-thread object.

#include "common/Result.h"
#include "dimse/DimseQuery.h"
#include "servers/ServerProfile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace sightline {

class AuditTrail;

class DimseService : public QObject {
    Q_OBJECT
public:
    explicit DimseService(AuditTrail* audit = nullptr, QObject* parent = nullptr);
    ~DimseService() override; // cancels running queries and waits for their threads

    // How long the node took to answer, when it did.
    using EchoCallback = std::function<void(const Result<qint64>& milliseconds)>;
    void echo(const ServerProfile& node, QObject* context, EchoCallback done);

    using MatchCallback = std::function<void(const QJsonObject& match)>;
    using FindCallback = std::function<void(const Result<int>& matches)>;
    // Runs `query` at `node`; each match reaches `onMatch`, then `done` once. At most `limit`
    // matches are taken (0: all); a query cut at the limit ends with a C-CANCEL and reports
    // `limit` matches. Returns the query's id for cancel().
    int find(const ServerProfile& node, const DimseQuery& query, int limit, QObject* context,
             MatchCallback onMatch, FindCallback done);
    // Stops a running query (C-CANCEL); its `done` follows with the matches so far.
    void cancel(int queryId);

private:
    struct Running; // an exchange's id, cancel flag and thread
    using Exchange = std::shared_ptr<Running>;
    // Runs `work` on a thread of its own, tracked until its answer is back on this thread;
    // returns the exchange's id.
    int start(const QString& name, std::function<void(const Exchange&)> work);
    void finish(const std::shared_ptr<Running>& running);
    // Hands `result` to `done` on this object's thread (from an exchange's thread).
    template <typename T>
    void answer(const std::shared_ptr<Running>& running, const QPointer<QObject>& guard,
                const std::function<void(const Result<T>&)>& done, const Result<T>& result);
    // From the query's thread (AuditTrail::record is thread-safe).
    static void auditQuery(AuditTrail* audit, const ServerProfile& node, const DimseQuery& query,
                           const Result<int>& result);

    QPointer<AuditTrail> m_audit;
    int m_nextId = 1;
    QList<std::shared_ptr<Running>> m_running;
};

} // namespace sightline
