#include "desktop/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace sightline {

namespace {

constexpr qint64 kMaxMessage = 64 * 1024;

} // namespace

SingleInstance::SingleInstance(QString socketPath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(socketPath)) {}

SingleInstance::~SingleInstance() {
    if (m_server)
        m_server->close(); // removes the socket file, so the next start is primary at once
}

QString SingleInstance::defaultSocketPath() {
    const QByteArray settings =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(settings, QCryptographicHash::Sha256).toHex();
    // Socket paths are limited to 107 bytes, so the name stays short.
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
           QStringLiteral("/sightline-") + QString::fromLatin1(hash.left(16));
}

Result<SingleInstance::Role> SingleInstance::claim() {
    QString lastError;
    // A few rounds: two starts at the same moment may both find no server, and one of them
    // then loses the race to listen and must connect after all.
    for (int round = 0; round < 3; ++round) {
        auto probe = std::make_unique<QLocalSocket>();
        probe->connectToServer(m_path);
        if (probe->waitForConnected(1000)) {
            m_peer = std::move(probe);
            return Role::Secondary;
        }
        // Nobody answers on an existing socket file: a Sightline that crashed left it behind.
        if (probe->error() == QLocalSocket::ConnectionRefusedError)
            QLocalServer::removeServer(m_path);
        auto* server = new QLocalServer(this);
        server->setSocketOptions(QLocalServer::UserAccessOption);
        if (server->listen(m_path)) {
            m_server = server;
            connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
            return Role::Primary;
        }
        lastError = server->errorString();
        delete server;
    }
    return Error::make(Error::Kind::Storage, tr("Sightline could not tell whether it runs already"),
                       m_path + QStringLiteral(": ") + lastError);
}

Status SingleInstance::handOver(const QStringList& arguments, int timeoutMs) {
    if (!m_peer)
        return Error::make(Error::Kind::InvalidInput, tr("No running Sightline to hand over to"));
    const QByteArray message = QJsonDocument(QJsonObject{{QStringLiteral("arguments"),
                                                          QJsonArray::fromStringList(arguments)}})
                                   .toJson(QJsonDocument::Compact) +
                               '\n';
    if (message.size() > kMaxMessage)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The arguments are too long to hand over"));
    m_peer->write(message);
    QByteArray answer;
    if (m_peer->waitForBytesWritten(timeoutMs)) {
        while (!answer.contains('\n') && m_peer->waitForReadyRead(timeoutMs))
            answer += m_peer->readAll();
    }
    m_peer->disconnectFromServer();
    if (answer.trimmed() != "ok")
        return Error::make(Error::Kind::Network,
                           tr("The running Sightline did not answer; close it and try again"),
                           m_peer->errorString());
    return Done{};
}

void SingleInstance::accept() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        read(socket); // bytes may have come with the connection
    }
}

void SingleInstance::read(QLocalSocket* socket) {
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessage)
            socket->abort(); // no line within the limit: not a Sightline
        return;
    }
    const QByteArray line = socket->readLine(kMaxMessage + 1);
    const QJsonValue arguments =
        QJsonDocument::fromJson(line).object().value(QLatin1String("arguments"));
    if (!arguments.isArray() || arguments.toArray().isEmpty()) {
        socket->abort();
        return;
    }
    QStringList list;
    for (const QJsonValue& value : arguments.toArray())
        list << value.toString();
    socket->write("ok\n");
    socket->flush();
    emit argumentsReceived(list);
}

} // namespace sightline
