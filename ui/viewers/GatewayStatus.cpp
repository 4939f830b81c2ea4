#include "viewers/GatewayStatus.h"

#include "gateway/DicomWebGateway.h"

namespace sightline {

GatewayStatus::GatewayStatus(DicomWebGateway* gateway, QWidget* parent)
    : QLabel(parent)
    , m_gateway(gateway) {
    setObjectName(QStringLiteral("gatewayStatus"));
    connect(gateway, &DicomWebGateway::accessed, this, [this](const GatewayAccess& access) {
        ++m_requests;
        m_fromCache += access.fromCache ? 1 : 0;
        if (access.status > 0 && access.status < 500)
            m_failure.clear();
        update();
    });
    connect(gateway, &DicomWebGateway::upstreamFailed, this,
            [this](const QString&, const QString& reason) {
                m_failure = reason;
                update();
            });
    update();
}

void GatewayStatus::update() {
    if (!m_gateway->isRunning()) {
        setText(tr("Gateway: off"));
        setStyleSheet(QStringLiteral("color: #a00;"));
        return;
    }
    QString text = tr("Gateway 127.0.0.1:%1 · %2 requests, %3 from the cache")
                       .arg(m_gateway->port())
                       .arg(m_requests)
                       .arg(m_fromCache);
    if (!m_failure.isEmpty())
        text += tr(" · upstream failed: %1").arg(m_failure);
    setText(text);
    setToolTip(tr("Viewers read DICOMweb through this local gateway, which adds the "
                  "credentials itself; only this computer can reach it."));
    setStyleSheet(m_failure.isEmpty() ? QString() : QStringLiteral("color: #a00;"));
}

} // namespace sightline
