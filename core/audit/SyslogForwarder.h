#pragma once
// The optional ATNA syslog target: every journal record, in order, as an RFC 5424 message over
// TLS (RFC 5425, port 6514 by default) to an audit record repository. TLS is verified against
// the system's CAs plus an optional CA file, and a failed verification never sends anything.
// Like the FHIR forwarder it keeps a cursor in the journal (target "syslog:HOST:PORT"), so what
// was recorded while the repository was down is sent once it is back, across restarts; a
// record counts as sent once the TLS layer took all of it (syslog has no acknowledgement, so a
// connection lost at that moment can make the repository see a record twice; the hash tag in
// each message lets it drop the copy). Failures back off (5 s doubling up to 10 min).
// GUI-thread object.

#include "audit/AuditJournal.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

namespace sightline {

class AuditTrail;

struct SyslogTarget {
    bool enabled = false;
    QString host;
    quint16 port = 6514;
    QString caCertificatePath; // extra trusted CA (PEM), besides the system's

    QString forwardingId() const; // the journal's cursor name
    QString problem() const;      // why it cannot be used as configured; empty when it can
    bool operator==(const SyslogTarget&) const = default;

    // Kept in the user's configuration (audit-syslog.ini), or in `iniPath` when given.
    static SyslogTarget load(const QString& iniPath = {});
    bool save(const QString& iniPath = {}) const;
};

class SyslogForwarder : public QObject {
    Q_OBJECT
public:
    struct State {
        qint64 pending = 0;
        bool connected = false;
        int failures = 0;
        QDateTime nextAttemptUtc;
        QString lastError;
    };

    explicit SyslogForwarder(AuditTrail* trail, QObject* parent = nullptr);
    ~SyslogForwarder() override;

    // Applies a target, starting over with a fresh connection.
    void setTarget(const SyslogTarget& target);
    // The user's change: saved (SyslogTarget::save), applied and audited. False when it could
    // not be saved.
    bool configure(const SyslogTarget& target, const QString& iniPath = {});
    const SyslogTarget& target() const { return m_target; }
    void start(int pollMs = 5000);
    void setBackoff(qint64 firstMs, qint64 maxMs);
    // When the next attempt after a failure is due; it must outlive the forwarder.
    void setClock(const Clock& clock) { m_clock = &clock; }
    void forwardNow();
    const State& state() const { return m_state; }

signals:
    void stateChanged();

private:
    void refreshPendingCount();
    void connectSocket();
    void dropSocket();
    void sendBatch();
    void failed(const QString& message);

    QPointer<AuditTrail> m_trail;
    const Clock* m_clock = &Clock::system();
    SyslogTarget m_target;
    QSslSocket* m_socket = nullptr;
    QTimer m_timer;
    State m_state;
    bool m_busy = false;
    QByteArray m_outgoing; // the framed batch, until the connection is up
    int m_outgoingCount = 0;
    qint64 m_outgoingSeq = 0; // the last record of the framed batch
    qint64 m_inFlightSeq = 0; // the same, once handed to the socket
    qint64 m_firstBackoffMs = 5000;
    qint64 m_maxBackoffMs = 10 * 60 * 1000;
};

} // namespace sightline
