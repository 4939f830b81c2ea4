#include "dimse/ReceivingNodePage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sightline {

ReceivingNodePage::ReceivingNodePage(const ReceivingNodeSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("&Receive images pushed by PACSes and modalities"), this))
    , m_aeTitle(new QLineEdit(settings.scp.aeTitle, this))
    , m_port(new QSpinBox(this))
    , m_acceptRemote(new QCheckBox(tr("Accept images from &other computers (listens on every "
                                      "network interface, not only 127.0.0.1)"),
                                   this))
    , m_allowedCallers(new QLineEdit(settings.scp.allowedCallers.join(QStringLiteral(", ")), this))
    , m_registration(new QLabel(this)) {
    m_enabled->setObjectName(QStringLiteral("receivingEnabled"));
    m_enabled->setChecked(settings.enabled);
    m_aeTitle->setObjectName(QStringLiteral("receivingAeTitle"));
    m_aeTitle->setMaxLength(16);
    m_port->setObjectName(QStringLiteral("receivingPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.scp.port ? settings.scp.port : 11112);
    m_acceptRemote->setObjectName(QStringLiteral("receivingAcceptRemote"));
    m_acceptRemote->setChecked(settings.scp.acceptRemote);
    m_allowedCallers->setObjectName(QStringLiteral("receivingAllowedCallers"));
    m_allowedCallers->setPlaceholderText(tr("Any caller"));
    m_registration->setObjectName(QStringLiteral("receivingRegistration"));
    m_registration->setWordWrap(true);
    m_registration->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* intro = new QLabel(tr("Studies that arrive go into the image cache, checked and "
                                "indexed, and each association is recorded in the audit trail. "
                                "Retrievals by C-MOVE use the same AE title and port."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&AE title:"), m_aeTitle);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(m_acceptRemote);
    form->addRow(tr("Let &in only:"), m_allowedCallers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_registration);
    layout->addStretch(1);

    connect(m_enabled, &QCheckBox::toggled, this, &ReceivingNodePage::changed);
    connect(m_aeTitle, &QLineEdit::textChanged, this, &ReceivingNodePage::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ReceivingNodePage::changed);
    connect(m_acceptRemote, &QCheckBox::toggled, this, &ReceivingNodePage::changed);
    connect(m_allowedCallers, &QLineEdit::textChanged, this, &ReceivingNodePage::changed);
    connect(this, &ReceivingNodePage::changed, this, &ReceivingNodePage::showRegistration);
    showRegistration();
}

ReceivingNodeSettings ReceivingNodePage::settings() const {
    ReceivingNodeSettings s;
    s.enabled = m_enabled->isChecked();
    s.scp.aeTitle = m_aeTitle->text().trimmed();
    s.scp.port = quint16(m_port->value());
    s.scp.acceptRemote = m_acceptRemote->isChecked();
    // Titles are separated by commas: an AE title may itself hold a space.
    for (const QString& caller : m_allowedCallers->text().split(QLatin1Char(','))) {
        if (const QString title = caller.trimmed(); !title.isEmpty())
            s.scp.allowedCallers << title;
    }
    return s;
}

void ReceivingNodePage::showRegistration() {
    // The fields stay editable when the window does not run the node: C-MOVE uses them too.
    const ReceivingNodeSettings s = settings();
    m_registration->setText(s.problem().isEmpty() ? s.registration(QHostInfo::localHostName())
                                                  : QString());
}

} // namespace sightline
