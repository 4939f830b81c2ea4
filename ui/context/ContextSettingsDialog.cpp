#include "context/ContextSettingsDialog.h"

#include "common/ProblemLabel.h"
#include "servers/ServerStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sightline {

ContextSettingsDialog::ContextSettingsDialog(const FhircastSettings& current, ServerStore* servers,
                                             QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("contextSettingsDialog"));
    setWindowTitle(tr("EHR context sync"));
    m_enabled = new QCheckBox(tr("Follow this FHIRcast hub"), this);
    m_enabled->setObjectName(QStringLiteral("contextEnabled"));
    m_enabled->setChecked(current.enabled);
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("contextServer"));
    for (const ServerProfile& p : servers->fhirProfiles())
        m_server->addItem(p.name, p.id);
    m_server->setCurrentIndex(std::max(0, m_server->findData(current.serverId)));
    m_hub = new QLineEdit(current.hubUrl.toString(), this);
    m_hub->setObjectName(QStringLiteral("contextHub"));
    m_hub->setPlaceholderText(QStringLiteral("https://ehr.example/fhircast/hub"));
    m_topic = new QLineEdit(current.topic, this);
    m_topic->setObjectName(QStringLiteral("contextTopic"));
    auto* explanation = new QLabel(
        tr("Usually the EHR names its hub and session when you log in, and Sightline follows it "
           "by itself. Enter them here when it does not. The server's session token is sent to "
           "the hub."),
        this);
    explanation->setWordWrap(true);
    m_problem = makeProblemLabel(QStringLiteral("contextProblem"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Server (token)"), m_server);
    form->addRow(tr("Hub URL"), m_hub);
    form->addRow(tr("Topic"), m_topic);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContextSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContextSettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

FhircastSettings ContextSettingsDialog::settings() const {
    FhircastSettings s;
    s.enabled = m_enabled->isChecked();
    s.serverId = m_server->currentData().toString();
    s.hubUrl = QUrl(m_hub->text().trimmed());
    s.topic = m_topic->text().trimmed();
    return s;
}

void ContextSettingsDialog::accept() {
    const FhircastSettings s = settings();
    if (s.enabled) {
        const QString scheme = s.hubUrl.scheme();
        if (!s.hubUrl.isValid() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            m_problem->setText(tr("The hub URL must be an http(s) address"));
            return;
        }
        if (s.topic.isEmpty()) {
            m_problem->setText(tr("The topic is missing"));
            return;
        }
    }
    QDialog::accept();
}

} // namespace sightline
