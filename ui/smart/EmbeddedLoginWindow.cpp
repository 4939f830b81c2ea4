#include "smart/EmbeddedLoginWindow.h"

#include "smart/SessionManager.h"

#include <QHostAddress>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace sightline {

namespace {
bool isLoopbackRedirect(const QUrl& url) {
    return QHostAddress(url.host()).isLoopback() && url.path() == QLatin1String("/callback");
}
} // namespace

EmbeddedLoginWindow::EmbeddedLoginWindow(const QUrl& authorizeUrl, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("embeddedLoginWindow"));
    setWindowTitle(tr("Log in — %1").arg(authorizeUrl.host()));
    // Off the record: nothing of the login (cookies, cache, storage) is written to disk.
    m_profile = new QWebEngineProfile(this);
    m_view = new QWebEngineView(this);
    m_view->setPage(new QWebEnginePage(m_profile, m_view));
    // The address bar is shown so the user can see whose login page this is.
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("loginAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setText(authorizeUrl.adjusted(QUrl::RemoveQuery).toString());
    connect(m_view, &QWebEngineView::urlChanged, this, [this](const QUrl& url) {
        m_address->setText(url.adjusted(QUrl::RemoveQuery).toString());
        if (isLoopbackRedirect(url))
            m_returned = true;
    });
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool) {
        if (m_returned) // Sightline's "you are logged in" page: leave it a moment, then close
            QTimer::singleShot(1200, this, &QDialog::accept);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_address);
    layout->addWidget(m_view, 1);
    resize(720, 760);
    m_view->load(authorizeUrl);
}

EmbeddedLoginWindow::~EmbeddedLoginWindow() {
    // The page must go before its profile.
    delete m_view;
}

QUrl EmbeddedLoginWindow::currentUrl() const {
    return m_view->url();
}

std::function<bool(const QString&, const QUrl&)>
EmbeddedLoginWindow::opener(QWidget* parent, SessionManager* sessions) {
    return [parent, sessions](const QString& serverId, const QUrl& url) {
        auto* window = new EmbeddedLoginWindow(url, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &EmbeddedLoginWindow::cancelledByUser, sessions,
                [sessions, serverId] { sessions->cancelLogin(serverId); });
        connect(sessions, &SessionManager::stateChanged, window,
                [window, sessions, serverId](const QString& changed) {
                    if (changed == serverId &&
                        sessions->state(serverId) != SessionManager::State::LoggingIn) {
                        window->m_returned = true; // the login is over: closing cancels nothing
                        window->close();
                    }
                });
        window->show();
        return true;
    };
}

void EmbeddedLoginWindow::reject() {
    if (!m_returned)
        emit cancelledByUser();
    QDialog::reject();
}

} // namespace sightline
