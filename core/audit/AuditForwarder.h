#pragma once
// Store-and-forward of the audit trail: sends every journal record, in order, to each server
// profile that asks for it, as batch Bundles of conditional creates (a `meta.tag` carrying the
// record's hash, `ifNoneExist: _tag=…`), so a retry after a failure or a crash never makes a
// duplicate. Progress is kept in the journal and survives restarts; failures back off (5 s
// doubling up to 10 min). Its own requests are not audited (that would never end).
// GUI-thread object.

#include "audit/AuditJournal.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace sightline {

class AuditTrail;
class FhirClient;
class NetworkRecorder;
class ServerStore;
struct ServerProfile;

class AuditForwarder : public QObject {
    Q_OBJECT
public:
    struct TargetState {
        qint64 pending = 0;
        int failures = 0;
        QDateTime nextAttemptUtc;
        QString lastError;
        bool busy = false;
    };

    AuditForwarder(AuditTrail* trail, ServerStore* servers, QNetworkAccessManager* network,
                   NetworkRecorder* recorder, QObject* parent = nullptr);

    void start(int pollMs = 5000);
    // Backoff after a failed attempt: first delay, doubling up to the maximum.
    void setBackoff(qint64 firstMs, qint64 maxMs);
    // When the next attempt after a failure is due; it must outlive the forwarder.
    void setClock(const Clock& clock) { m_clock = &clock; }
    // Tries every due target now (also called by the timer and after new events are written).
    void forwardNow();
    QHash<QString, TargetState> states() const { return m_states; }
    static QJsonObject taggedForForwarding(const AuditRecord& record);
    static const QString kTagSystem;

signals:
    void stateChanged(const QString& serverId);

private:
    void forwardTo(const ServerProfile& profile);
    void refreshPending(const QString& serverId);
    void onBatchDone(const QString& serverId, const QList<AuditRecord>& batch, qint64 totalPending,
                     const QJsonObject& response, const Error& error);

    QPointer<AuditTrail> m_trail;
    const Clock* m_clock = &Clock::system();
    QPointer<ServerStore> m_servers;
    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
    QTimer m_timer;
    QHash<QString, TargetState> m_states;
    QHash<QString, FhirClient*> m_clients;
    qint64 m_firstBackoffMs = 5000;
    qint64 m_maxBackoffMs = 10 * 60 * 1000;
};

} // namespace sightline
