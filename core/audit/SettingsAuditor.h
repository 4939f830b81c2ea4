#pragma once
// Records changes to Sightline's settings (server profiles added, changed, removed) in the
// audit trail. GUI-thread object.

#include <QObject>
#include <QPointer>

namespace sightline {

class AuditTrail;
class ServerStore;

class SettingsAuditor : public QObject {
    Q_OBJECT
public:
    SettingsAuditor(ServerStore* store, AuditTrail* trail, QObject* parent = nullptr);

private:
    QPointer<AuditTrail> m_trail;
};

} // namespace sightline
