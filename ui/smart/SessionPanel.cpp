#include "smart/SessionPanel.h"

#include "fhir/FhirClient.h"
#include "servers/ServerStore.h"
#include "smart/SessionManager.h"
#include "smart/SmartSession.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sightline {

SessionPanel::SessionPanel(ServerStore* servers, SessionManager* sessions,
                           FhirClientFactory clients, QWidget* parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_sessions(sessions)
    , m_clients(clients) {
    setObjectName(QStringLiteral("sessionPanel"));
    qRegisterMetaType<PatientSummary>();
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("sessionServer"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("sessionState"));
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("sessionUser"));
    m_patient = new QLabel(this);
    m_patient->setObjectName(QStringLiteral("sessionPatient"));
    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("sessionExpiry"));
    m_tokenId = new QLabel(this);
    m_tokenId->setObjectName(QStringLiteral("sessionTokenId"));
    m_tokenId->setToolTip(tr(
        "A one-way identity of the access token, as the audit trail records it; never the token"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sessionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_loginPageRow = new QWidget(this);
    m_loginPageHint = new QLabel(m_loginPageRow);
    m_loginPageHint->setWordWrap(true);
    m_loginPage = new QLineEdit(m_loginPageRow);
    m_loginPage->setObjectName(QStringLiteral("loginPageAddress"));
    m_loginPage->setReadOnly(true);
    auto* copyLoginPage = new QPushButton(tr("Copy"), m_loginPageRow);
    copyLoginPage->setObjectName(QStringLiteral("copyLoginPage"));
    connect(copyLoginPage, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_loginPage->text());
        emit statusMessage(tr("The login address is on the clipboard"));
    });
    auto* loginPageLayout = new QGridLayout(m_loginPageRow);
    loginPageLayout->setContentsMargins(0, 0, 0, 0);
    loginPageLayout->addWidget(m_loginPageHint, 0, 0, 1, 2);
    loginPageLayout->addWidget(m_loginPage, 1, 0);
    loginPageLayout->addWidget(copyLoginPage, 1, 1);
    m_loginPageRow->hide();
    m_granted = new QListWidget(this);
    m_granted->setObjectName(QStringLiteral("grantedScopes"));
    m_missing = new QListWidget(this);
    m_missing->setObjectName(QStringLiteral("missingScopes"));
    m_login = new QPushButton(tr("Log in…"), this);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_refresh = new QPushButton(tr("Refresh token"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_logout = new QPushButton(tr("Log out"), this);
    m_logout->setObjectName(QStringLiteral("logoutButton"));

    connect(m_server, &QComboBox::currentIndexChanged, this, &SessionPanel::update);
    connect(m_login, &QPushButton::clicked, this, [this] {
        if (const auto profile = m_servers->profile(currentServerId())) {
            emit statusMessage(tr("Complete the login in your browser…"));
            m_sessions->login(*profile);
        }
    });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { m_sessions->cancelLogin(currentServerId()); });
    connect(m_refresh, &QPushButton::clicked, this,
            [this] { m_sessions->refresh(currentServerId()); });
    connect(m_logout, &QPushButton::clicked, this,
            [this] { m_sessions->logout(currentServerId()); });
    connect(m_sessions, &SessionManager::stateChanged, this, [this](const QString& id) {
        if (id == currentServerId())
            update();
    });
    connect(m_sessions, &SessionManager::loggedIn, this, &SessionPanel::openLaunchPatient);
    connect(m_servers, &ServerStore::changed, this, &SessionPanel::refreshServers);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SessionPanel::update);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Server"), this));
    top->addWidget(m_server, 1);
    top->addWidget(m_login);
    top->addWidget(m_cancel);
    top->addWidget(m_refresh);
    top->addWidget(m_logout);
    auto* form = new QFormLayout;
    form->addRow(tr("State"), m_state);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Patient in context"), m_patient);
    form->addRow(tr("Access token expires"), m_expiry);
    form->addRow(tr("Token identity"), m_tokenId);
    auto* scopes = new QHBoxLayout;
    auto* grantedBox = new QVBoxLayout;
    grantedBox->addWidget(new QLabel(tr("Granted scopes"), this));
    grantedBox->addWidget(m_granted);
    auto* missingBox = new QVBoxLayout;
    missingBox->addWidget(new QLabel(tr("Asked for but not granted"), this));
    missingBox->addWidget(m_missing);
    scopes->addLayout(grantedBox);
    scopes->addLayout(missingBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_loginPageRow);
    layout->addWidget(m_error);
    layout->addLayout(scopes, 1);
    refreshServers();
}

QString SessionPanel::currentServerId() const {
    return m_server->currentData().toString();
}

void SessionPanel::selectServer(const QString& id) {
    const int index = m_server->findData(id);
    if (index >= 0)
        m_server->setCurrentIndex(index);
}

void SessionPanel::refreshServers() {
    const QString previous = currentServerId();
    m_server->blockSignals(true);
    m_server->clear();
    for (const ServerProfile& p : m_servers->fhirProfiles()) {
        if (p.authKind == ServerProfile::AuthKind::SmartPublic ||
            p.authKind == ServerProfile::AuthKind::SmartConfidential ||
            p.authKind == ServerProfile::AuthKind::BackendServices)
            m_server->addItem(p.name, p.id);
    }
    m_server->blockSignals(false);
    selectServer(previous);
    update();
}

void SessionPanel::update() {
    const QString id = currentServerId();
    const auto state = id.isEmpty() ? SessionManager::State::LoggedOut : m_sessions->state(id);
    const SmartSession* session = m_sessions->session(id);
    const bool active = session && session->isActive();
    switch (state) {
    case SessionManager::State::LoggedOut:
        m_state->setText(id.isEmpty() ? tr("No SMART server configured: a server that offers SMART "
                                           "on FHIR is set up from the Capabilities tab")
                                      : tr("Not logged in"));
        break;
    case SessionManager::State::LoggingIn:
        if (m_sessions->resuming(id) && !active)
            m_state->setText(tr("Resuming the session kept in the keychain…"));
        else if (const auto p = m_servers->profile(id);
                 p && p->authKind == ServerProfile::AuthKind::BackendServices)
            m_state->setText(tr("Requesting a token with the client's signed assertion…"));
        else if (m_sessions->loginPage(id).isValid() && !m_sessions->loginPageOpened(id))
            m_state->setText(tr("No browser could be opened: open the address below in a browser "
                                "to log in"));
        else
            m_state->setText(tr("Waiting for the login in the browser…"));
        break;
    case SessionManager::State::LoggedIn:
        m_state->setText(tr("Logged in"));
        break;
    case SessionManager::State::LoginRequired:
        m_state->setText(tr("Log in again: the session could not be renewed"));
        break;
    }
    const QUrl loginPage =
        state == SessionManager::State::LoggingIn ? m_sessions->loginPage(id) : QUrl();
    m_loginPageRow->setVisible(loginPage.isValid());
    if (loginPage.isValid()) {
        m_loginPage->setText(loginPage.toString(QUrl::FullyEncoded));
        m_loginPageHint->setText(m_sessions->loginPageOpened(id)
                                     ? tr("Login page (if your browser did not show it):")
                                     : tr("Login page:"));
    }
    // After a failed or timed-out login the button tries again.
    m_login->setText(state == SessionManager::State::LoggedOut &&
                             !m_sessions->lastError(id).isEmpty()
                         ? tr("Try again")
                         : tr("Log in…"));
    m_login->setEnabled(!id.isEmpty() && state != SessionManager::State::LoggingIn);
    m_cancel->setVisible(state == SessionManager::State::LoggingIn);
    m_refresh->setEnabled(active && !session->tokens().refreshToken.isEmpty());
    m_logout->setEnabled(active);
    // Errors first; a notice (e.g. no keychain to keep the session) when nothing failed.
    const QString error = m_sessions->lastError(id);
    m_error->setText(error.isEmpty() ? m_sessions->notice(id) : error);
    m_granted->clear();
    m_missing->clear();
    if (!active) {
        m_user->clear();
        m_patient->clear();
        m_expiry->clear();
        m_tokenId->clear();
        m_countdown->stop();
        return;
    }
    const TokenSet& t = session->tokens();
    m_user->setText(t.fhirUser.isEmpty() ? tr("(the server did not say)") : t.fhirUser);
    m_patient->setText(t.patient.isEmpty() ? tr("none") : QStringLiteral("Patient/") + t.patient);
    const qint64 left = session->secondsLeft();
    m_expiry->setText(
        left < 0 ? tr("no expiry given")
                 : tr("in %1:%2 min").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
    m_tokenId->setText(t.tokenId);
    m_granted->addItems(t.scopes.all());
    // Servers often leave identity scopes out of `scope`; what the tokens show was granted is.
    QStringList missing = t.scopes.missingFrom(
        SmartScopeSet::parse(m_sessions->requestedScopes(id).join(QLatin1Char(' '))));
    missing.removeIf([&t](const QString& scope) {
        return (scope == QLatin1String("openid") && !t.idToken.isEmpty()) ||
               (scope == QLatin1String("fhirUser") && !t.fhirUser.isEmpty()) ||
               (scope == QLatin1String("offline_access") && !t.refreshToken.isEmpty());
    });
    m_missing->addItems(missing);
    if (!m_countdown->isActive())
        m_countdown->start();
}

void SessionPanel::openLaunchPatient(const QString& serverId) {
    const SmartSession* session = m_sessions->session(serverId);
    const auto profile = m_servers->profile(serverId);
    if (!session || session->tokens().patient.isEmpty() || !profile)
        return;
    // The launch chose a patient: open it, with the session's token, to show who it is.
    auto client = m_clients.create(*profile, this);
    if (!client)
        return;
    FhirClient* c = client.value();
    c->read(QStringLiteral("Patient"), session->tokens().patient, this,
            [this, c, serverId, name = profile->name](const Result<FhirReply>& reply) {
                c->deleteLater();
                if (reply)
                    emit patientOpened(PatientSummary::fromJson(reply->resource), serverId, name);
                else
                    emit statusMessage(
                        tr("Could not open the launch patient: %1").arg(reply.error().message));
            });
}

} // namespace sightline
