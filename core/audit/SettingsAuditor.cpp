#include "audit/SettingsAuditor.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "servers/ServerStore.h"

namespace sightline {

SettingsAuditor::SettingsAuditor(ServerStore* store, AuditTrail* trail, QObject* parent)
    : QObject(parent)
    , m_trail(trail) {
    connect(store, &ServerStore::profileSaved, this,
            [this](const ServerProfile& profile, bool created) {
                if (!m_trail)
                    return;
                m_trail->record(
                    AuditEventBuilder::settingsChange(created ? AuditEventBuilder::Action::Create
                                                              : AuditEventBuilder::Action::Update,
                                                      QStringLiteral("server-profile"),
                                                      profile.name + QStringLiteral(" (") +
                                                          profile.id + QLatin1Char(')'))
                        .server(profile.fhirBase)
                        .build());
            });
    connect(
        store, &ServerStore::profileRemoved, this, [this](const QString& id, const QString& name) {
            if (!m_trail)
                return;
            m_trail->record(AuditEventBuilder::settingsChange(
                                AuditEventBuilder::Action::Delete, QStringLiteral("server-profile"),
                                name + QStringLiteral(" (") + id + QLatin1Char(')'))
                                .build());
        });
}

} // namespace sightline
