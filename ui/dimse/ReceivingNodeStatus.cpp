#include "dimse/ReceivingNodeStatus.h"

#include "dimse/ReceivingNode.h"
#include "dimse/ReceivingNodeSettings.h"

#include <QHostInfo>

namespace sightline {

namespace {
constexpr int kSendersShown = 5;
}

ReceivingNodeStatus::ReceivingNodeStatus(ReceivingNode* node, QWidget* parent)
    : QLabel(parent)
    , m_node(node) {
    setObjectName(QStringLiteral("receivingNodeStatus"));
    connect(node, &ReceivingNode::runningChanged, this, &ReceivingNodeStatus::update);
    connect(node, &ReceivingNode::received, this, &ReceivingNodeStatus::arrived);
    connect(node, &ReceivingNode::refused, this,
            [this](const QString& caller, const QString& host, const QString& reason) {
                m_refusal = tr("Refused %1 at %2: %3").arg(caller, host, reason);
                update();
            });
    update();
}

void ReceivingNodeStatus::arrived(const ReceivedStudies& studies) {
    m_images += studies.stored;
    m_refusal.clear();
    QString line = tr("%1 at %2: %n image(s) kept", nullptr, studies.stored)
                       .arg(studies.callingAeTitle, studies.host);
    if (studies.stored < studies.received)
        line +=
            QStringLiteral(" — ") + tr("%n not kept", nullptr, studies.received - studies.stored);
    if (!studies.problems.isEmpty())
        line += QStringLiteral(" (") + studies.problems.first() + QLatin1Char(')');
    m_senders.prepend(line);
    while (m_senders.size() > kSendersShown)
        m_senders.removeLast();
    update();
}

void ReceivingNodeStatus::update() {
    setVisible(m_node->isRunning());
    if (!m_node->isRunning())
        return;
    ReceivingNodeSettings settings;
    settings.scp = m_node->settings();
    settings.scp.port = m_node->port();
    QString text = tr("Receiving as %1 on port %2").arg(settings.scp.aeTitle).arg(m_node->port());
    if (m_images > 0)
        text += QStringLiteral(" · ") + tr("%n image(s) received", nullptr, m_images);
    if (!m_refusal.isEmpty()) {
        setStyleSheet(QStringLiteral("color: #a00;"));
        text += QStringLiteral(" · ") + tr("a caller was refused");
    } else {
        setStyleSheet({});
    }
    setText(text);
    QStringList tip{settings.registration(QHostInfo::localHostName())};
    if (!m_refusal.isEmpty())
        tip << m_refusal;
    if (!m_senders.isEmpty())
        tip << tr("Last arrivals:") + QLatin1Char('\n') + m_senders.join(QLatin1Char('\n'));
    setToolTip(tip.join(QStringLiteral("\n\n")));
}

} // namespace sightline
