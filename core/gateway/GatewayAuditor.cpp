#include "gateway/GatewayAuditor.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "gateway/DicomWebGateway.h"

namespace sightline {

GatewayAuditor::GatewayAuditor(DicomWebGateway* gateway, AuditTrail* audit, int windowMs,
                               QObject* parent)
    : QObject(parent)
    , m_audit(audit)
    , m_windowMs(windowMs) {
    connect(gateway, &DicomWebGateway::accessed, this, &GatewayAuditor::accessed);
    m_timer.setInterval(std::max(50, windowMs / 4));
    connect(&m_timer, &QTimer::timeout, this, [this] { closeExpired(false); });
    m_timer.start();
}

GatewayAuditor::~GatewayAuditor() {
    flush();
}

void GatewayAuditor::flush() {
    closeExpired(true);
}

void GatewayAuditor::accessed(const GatewayAccess& access) {
    if (access.resource == QLatin1String("viewer"))
        return; // the viewer's own page: its launch is audited by the launcher
    const bool failed = access.status == 0 || access.status >= 400;
    const QString key = access.sourceId + QLatin1Char('|') + access.study;
    auto it = m_windows.find(key);
    if (it == m_windows.end()) {
        Window window{access.sourceId, access.study, {}, 0, 0};
        window.started.start();
        it = m_windows.insert(key, window);
        record(access, 1, access.fromCache ? 1 : 0, false);
    } else {
        ++it->requests;
        it->fromCache += access.fromCache ? 1 : 0;
        if (failed)
            record(access, 1, access.fromCache ? 1 : 0, false);
    }
}

void GatewayAuditor::closeExpired(bool all) {
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (all || it->started.elapsed() >= m_windowMs) {
            if (it->requests > 0) {
                GatewayAccess summary;
                summary.sourceId = it->sourceId;
                summary.study = it->study;
                summary.resource = QStringLiteral("summary");
                summary.status = 200;
                record(summary, it->requests, it->fromCache, true);
            }
            it = m_windows.erase(it);
        } else {
            ++it;
        }
    }
}

void GatewayAuditor::record(const GatewayAccess& access, int requests, int fromCache,
                            bool summary) {
    if (!m_audit)
        return;
    const bool failed = access.status == 0 || access.status >= 400;
    AuditEventBuilder event = AuditEventBuilder::activity(
        QStringLiteral("gateway-access"), QStringLiteral("Viewer access through the gateway"),
        AuditEventBuilder::Action::Read);
    event
        .outcome(failed ? AuditEventBuilder::Outcome::MinorFailure
                        : AuditEventBuilder::Outcome::Success,
                 failed ? QStringLiteral("HTTP %1").arg(access.status) : QString())
        .detail(QStringLiteral("source"), access.sourceId)
        .detail(QStringLiteral("requests"), QString::number(requests))
        .detail(QStringLiteral("from-cache"), QString::number(fromCache));
    if (!summary)
        event.detail(QStringLiteral("resource"), access.resource);
    if (!access.study.isEmpty())
        event.study(access.study);
    if (!access.series.isEmpty())
        event.detail(QStringLiteral("series"), access.series);
    m_audit->record(event.build());
}

} // namespace sightline
