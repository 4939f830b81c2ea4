#include "smart/LoopbackListener.h"

#include "common/ConstantTime.h"
#include "common/LogCategories.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace sightline {

namespace {
constexpr qsizetype kMaxRequest = 16 * 1024;

} // namespace

LoopbackListener::LoopbackListener(QObject* parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onConnection);
}

Status LoopbackListener::listen(quint16 port) {
    // Loopback only: the authorization code must never be reachable from another machine.
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        return Error::make(Error::Kind::Network,
                           tr("Could not listen on 127.0.0.1:%1 for the login redirect").arg(port),
                           m_server.errorString());
    }
    // Kept after the one-shot close: the token request must repeat it exactly.
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort()));
    return Done{};
}

QUrl LoopbackListener::redirectUri() const {
    return m_redirectUri;
}

void LoopbackListener::expect(const QByteArray& state, const QString& issuer) {
    m_state = state;
    m_issuer = issuer;
}

void LoopbackListener::close() {
    m_server.close();
}

void LoopbackListener::onConnection() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!socket->peerAddress().isLoopback()) {
            socket->abort();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
    }
}

void LoopbackListener::answer(QTcpSocket* socket, int status, const QString& title,
                              const QString& text) {
    const QByteArray body =
        QStringLiteral(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Sightline</title>"
            "<style>body{font-family:sans-serif;margin:4em auto;max-width:32em;color:#222}"
            "h1{font-size:1.4em}</style></head><body><h1>%1</h1><p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) +
                          (status == 200 ? " OK" : " Bad Request") +
                          "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: "
                          "no-store\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

void LoopbackListener::handle(QTcpSocket* socket) {
    QByteArray request = socket->property("buffer").toByteArray() + socket->readAll();
    if (request.size() > kMaxRequest) {
        socket->abort();
        return;
    }
    socket->setProperty("buffer", request);
    if (!request.contains("\r\n\r\n"))
        return; // wait for the whole header
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QUrl target = requestLine.size() >= 2 ? QUrl::fromEncoded(requestLine[1]) : QUrl();
    if (requestLine.value(0) != "GET" || target.path() != QLatin1String("/callback") || m_done) {
        // Browsers also ask for /favicon.ico; a late second redirect finds the flow finished.
        answer(socket, 400, tr("Nothing to do here"),
               tr("This address only receives one Sightline login."));
        return;
    }
    m_done = true;
    m_server.close(); // one-shot
    const QUrlQuery query(target);
    const QByteArray state =
        query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString issuer = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    Result<AuthorizationResponse> result = Error{};
    if (state.isEmpty() || !constantTimeEquals(state, m_state)) {
        // Checked first: an answer with a wrong state may be forged; nothing else in it counts.
        result =
            Error::make(Error::Kind::Authorization, tr("The login answer did not match the request "
                                                       "(state mismatch); nothing was accepted"));
        answer(socket, 400, tr("Login not accepted"), result.error().message);
    } else if (!error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        result = Error::make(Error::Kind::Authorization,
                             error == QLatin1String("access_denied")
                                 ? tr("Access was denied at the login page")
                                 : tr("The login failed: %1").arg(error),
                             description);
        answer(socket, 200, tr("Login did not complete"),
               result.error().message + QStringLiteral(". ") + tr("You can close this tab."));
    } else if (!issuer.isEmpty() && !m_issuer.isEmpty() && issuer != m_issuer) {
        result =
            Error::make(Error::Kind::Authorization,
                        tr("The login answer came from another issuer (mix-up defence, RFC 9207)"),
                        tr("expected %1, got %2").arg(m_issuer, issuer));
        answer(socket, 400, tr("Login not accepted"), result.error().message);
    } else {
        const QByteArray code =
            query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
        if (code.isEmpty()) {
            result = Error::make(Error::Kind::Authorization,
                                 tr("The login answer carried no authorization code"));
            answer(socket, 400, tr("Login not accepted"), result.error().message);
        } else {
            result = AuthorizationResponse{code, issuer};
            answer(socket, 200, tr("You are logged in to Sightline"),
                   tr("You can close this tab and return to Sightline."));
        }
    }
    qCInfo(lcSmart) << "Login redirect received:"
                    << (result ? QStringLiteral("accepted") : result.error().message);
    emit received(result);
}

} // namespace sightline
