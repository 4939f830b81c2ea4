#include "welcome/WelcomePage.h"

#include "common/ProblemLabel.h"
#include "desktop/SandboxLauncher.h"
#include "servers/ConnectionString.h"
#include "servers/ServerStore.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sightline {

namespace {
QLabel* paragraph(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

WelcomePage::WelcomePage(ServerStore* servers, QWidget* parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_sandbox(new SandboxLauncher(this)) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("<h2>Welcome to Sightline</h2>"), this);
    auto* intro =
        paragraph(tr("Sightline works with your FHIR server (or a DICOMweb PACS): it "
                     "checks what the server can do, finds a patient's imaging studies "
                     "and opens them in the viewer you choose. Start by adding a server."),
                  this);

    auto* serverBox = new QGroupBox(tr("Add your server"), this);
    m_address = new QLineEdit(serverBox);
    m_address->setObjectName(QStringLiteral("welcomeAddress"));
    m_address->setPlaceholderText(
        tr("https://fhir.hospital.org/r4 or fhir://host/path?client_id=…"));
    m_address->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("&Add server"), serverBox);
    add->setObjectName(QStringLiteral("welcomeAdd"));
    add->setDefault(true);
    auto* allSettings = new QPushButton(tr("All &settings…"), serverBox);
    allSettings->setObjectName(QStringLiteral("welcomeAllSettings"));
    m_problem = makeProblemLabel(QStringLiteral("welcomeProblem"), serverBox);
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(add);
    addressRow->addWidget(allSettings);
    auto* serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addWidget(
        paragraph(tr("Paste the server's FHIR base URL, or a connection string from your "
                     "integration team (fhir://…, dicomweb://…). Logins, client ids and keys "
                     "can be set in all settings; secrets are kept in the OS keychain."),
                  serverBox));
    serverLayout->addLayout(addressRow);
    serverLayout->addWidget(m_problem);

    auto* sandboxBox = new QGroupBox(tr("Or try the sandbox"), this);
    m_startSandbox = new QPushButton(tr("&Open the sandbox"), sandboxBox);
    m_startSandbox->setObjectName(QStringLiteral("welcomeStartSandbox"));
    m_cancelSandbox = new QPushButton(tr("Cancel"), sandboxBox);
    m_cancelSandbox->setObjectName(QStringLiteral("welcomeCancelSandbox"));
    m_cancelSandbox->hide();
    m_sandboxStatus = paragraph(QString(), sandboxBox);
    m_sandboxStatus->setObjectName(QStringLiteral("welcomeSandboxStatus"));
    auto* sandboxRow = new QHBoxLayout;
    sandboxRow->addWidget(m_startSandbox);
    sandboxRow->addWidget(m_cancelSandbox);
    sandboxRow->addStretch(1);
    auto* sandboxLayout = new QVBoxLayout(sandboxBox);
    sandboxLayout->addWidget(paragraph(
        tr("Test servers on this computer with sample patients, imaging studies and consents: "
           "Orthanc (DICOMweb), a SMART authorization server and a FHIR server. Nothing leaves "
           "this computer. The first start generates the test images and takes about a minute."),
        sandboxBox));
    sandboxLayout->addLayout(sandboxRow);
    sandboxLayout->addWidget(m_sandboxStatus);
    if (const auto location = SandboxLauncher::locate(); location.dir.isEmpty()) {
        m_startSandbox->setEnabled(false);
        m_sandboxStatus->setText(location.problem);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(serverBox);
    layout->addWidget(sandboxBox);
    layout->addStretch(1);

    connect(add, &QPushButton::clicked, this, &WelcomePage::addTypedServer);
    connect(m_address, &QLineEdit::returnPressed, this, &WelcomePage::addTypedServer);
    connect(m_address, &QLineEdit::textChanged, m_problem, &QLabel::clear);
    connect(allSettings, &QPushButton::clicked, this, &WelcomePage::serverDialogRequested);
    connect(m_startSandbox, &QPushButton::clicked, this, &WelcomePage::startSandbox);
    connect(m_cancelSandbox, &QPushButton::clicked, this, [this] {
        m_sandbox->stop();
        setSandboxBusy(false, tr("Sandbox start cancelled."));
    });
    connect(m_sandbox, &SandboxLauncher::ready, this,
            [this](const QUrl& fhirBase, const QUrl&) { sandboxReady(fhirBase); });
    connect(m_sandbox, &SandboxLauncher::failed, this,
            [this](const QString& reason) { setSandboxBusy(false, reason); });
}

void WelcomePage::addTypedServer() {
    const auto parsed = ConnectionString::parse(m_address->text().trimmed());
    if (!parsed) {
        m_problem->setText(parsed.error().message);
        return;
    }
    m_problem->clear();
    emit serverChosen(parsed->profile, parsed->clientSecret);
    m_address->clear();
}

void WelcomePage::startSandbox() {
    if (m_sandbox->isReady()) { // running already: offer its server again
        sandboxReady(m_sandbox->fhirBase());
        return;
    }
    setSandboxBusy(true, tr("Starting the sandbox…"));
    m_sandbox->start();
}

void WelcomePage::sandboxReady(const QUrl& fhirBase) {
    setSandboxBusy(false,
                   tr("The sandbox runs at %1 until Sightline quits.").arg(fhirBase.toString()));
    const auto parsed = ConnectionString::parse(SandboxLauncher::connectionString(fhirBase));
    if (!parsed) {
        m_sandboxStatus->setText(parsed.error().message);
        return;
    }
    ServerProfile profile = parsed->profile;
    // Its ports change at every start: the one sandbox profile follows them.
    if (const auto existing = m_servers->find(SandboxLauncher::profileName())) {
        ServerProfile updated = *existing;
        updated.fhirBase = profile.fhirBase;
        profile = updated;
    }
    emit serverChosen(profile, {});
}

void WelcomePage::setSandboxBusy(bool busy, const QString& status) {
    m_startSandbox->setEnabled(!busy);
    m_cancelSandbox->setVisible(busy);
    m_sandboxStatus->setText(status);
}

} // namespace sightline
