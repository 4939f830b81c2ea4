#include "audit/SettingsAuditor.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "servers/ServerStore.h"

#include <QSysInfo>

namespace sightline {

SettingsAuditor::SettingsAuditor(ServerStore* store, AuditTrail* trail, QObject* parent)
    : QObject(parent)
    , m_trail(trail) {
    const QString host = QSysInfo::machineHostName();
    connect(store, &ServerStore::profileSaved, this,
            [this, host](const ServerProfile& profile, bool created) {
                if (!m_trail)
                    return;
                m_trail->record(
                    AuditEventBuilder::activity(QStringLiteral("settings-change"),
                                                QStringLiteral("Settings changed"),
                                                created ? AuditEventBuilder::Action::Create
                                                        : AuditEventBuilder::Action::Update)
                        .application(host)
                        .server(profile.fhirBase)
                        .detail(QStringLiteral("server-profile"),
                                profile.name + QStringLiteral(" (") + profile.id + QLatin1Char(')'))
                        .build());
            });
    connect(store, &ServerStore::profileRemoved, this,
            [this, host](const QString& id, const QString& name) {
                if (!m_trail)
                    return;
                m_trail->record(AuditEventBuilder::activity(QStringLiteral("settings-change"),
                                                            QStringLiteral("Settings changed"),
                                                            AuditEventBuilder::Action::Delete)
                                    .application(host)
                                    .detail(QStringLiteral("server-profile"),
                                            name + QStringLiteral(" (") + id + QLatin1Char(')'))
                                    .build());
            });
}

} // namespace sightline
