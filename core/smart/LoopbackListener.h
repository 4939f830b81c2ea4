#pragma once
// The one-shot redirect listener of a native app's login (RFC 8252 §7.3): bound to 127.0.0.1
// only, on a free or fixed port; accepts GET /callback once, checks `state` (and `iss` when
// present, RFC 9207), shows the user a short page, reports, and stops listening — a second
// redirect finds nothing there. GUI-thread object.

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

namespace sightline {

struct AuthorizationResponse {
    QByteArray code;
    QString issuer;
};

class LoopbackListener : public QObject {
    Q_OBJECT
public:
    explicit LoopbackListener(QObject* parent = nullptr);

    Status listen(quint16 port = 0);
    QUrl redirectUri() const;
    void expect(const QByteArray& state, const QString& issuer);
    void close();
    bool isListening() const { return m_server.isListening(); }

signals:
    void received(const sightline::Result<sightline::AuthorizationResponse>& response);

private:
    void onConnection();
    void handle(QTcpSocket* socket);
    void answer(QTcpSocket* socket, int status, const QString& title, const QString& text);

    QTcpServer m_server;
    QUrl m_redirectUri;
    QByteArray m_state;
    QString m_issuer;
    bool m_done = false;
};

} // namespace sightline
