#pragma once
// Audits viewers' access through the local gateway without flooding the journal: the first
// request for a study in a time window is recorded at once (which viewer data, from the cache
// or the server, with what outcome); the rest of that window is summarised in one more event
// with the number of requests. Failures are always recorded. GUI-thread object.

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sightline {

class AuditTrail;
class DicomWebGateway;
struct GatewayAccess;

class GatewayAuditor : public QObject {
    Q_OBJECT
public:
    GatewayAuditor(DicomWebGateway* gateway, AuditTrail* audit, int windowMs = 60000,
                   QObject* parent = nullptr);
    ~GatewayAuditor() override;

    void flush(); // summarises every open window now (on exit)

private:
    struct Window {
        QString sourceId;
        QString study;
        QElapsedTimer started;
        int requests = 0;
        int fromCache = 0;
    };
    void accessed(const GatewayAccess& access);
    void record(const GatewayAccess& access, int requests, int fromCache, bool summary);
    void closeExpired(bool all);

    QPointer<AuditTrail> m_audit;
    int m_windowMs;
    QHash<QString, Window> m_windows;
    QTimer m_timer;
};

} // namespace sightline
