#include "audit/SyslogForwarder.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "audit/SyslogMessage.h"
#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>

#include <memory>

namespace sightline {

namespace {
constexpr int kBatchSize = 100;
constexpr int kConnectTimeoutMs = 15000;

std::unique_ptr<QSettings> settingsAt(const QString& iniPath) {
    if (!iniPath.isEmpty())
        return std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Sightline"), QStringLiteral("audit-syslog"));
}
} // namespace

QString SyslogTarget::forwardingId() const {
    return QStringLiteral("syslog:%1:%2").arg(host).arg(port);
}

QString SyslogTarget::problem() const {
    if (host.trimmed().isEmpty())
        return SyslogForwarder::tr("No syslog host is set");
    if (port == 0)
        return SyslogForwarder::tr("No syslog port is set");
    if (!caCertificatePath.isEmpty() && !QFileInfo(caCertificatePath).isReadable())
        return SyslogForwarder::tr("The CA file %1 cannot be read").arg(caCertificatePath);
    return {};
}

SyslogTarget SyslogTarget::load(const QString& iniPath) {
    const auto settings = settingsAt(iniPath);
    SyslogTarget target;
    target.enabled = settings->value(QStringLiteral("syslog/enabled"), false).toBool();
    target.host = settings->value(QStringLiteral("syslog/host")).toString();
    target.port = quint16(settings->value(QStringLiteral("syslog/port"), 6514).toUInt());
    target.caCertificatePath = settings->value(QStringLiteral("syslog/caCertificate")).toString();
    return target;
}

bool SyslogTarget::save(const QString& iniPath) const {
    const auto settings = settingsAt(iniPath);
    settings->setValue(QStringLiteral("syslog/enabled"), enabled);
    settings->setValue(QStringLiteral("syslog/host"), host);
    settings->setValue(QStringLiteral("syslog/port"), port);
    settings->setValue(QStringLiteral("syslog/caCertificate"), caCertificatePath);
    settings->sync();
    return settings->status() == QSettings::NoError;
}

SyslogForwarder::SyslogForwarder(AuditTrail* trail, QObject* parent)
    : QObject(parent)
    , m_trail(trail) {
    connect(&m_timer, &QTimer::timeout, this, &SyslogForwarder::forwardNow);
    connect(trail, &AuditTrail::written, this, &SyslogForwarder::forwardNow);
}

SyslogForwarder::~SyslogForwarder() {
    if (m_socket)
        m_socket->disconnect(this);
}

void SyslogForwarder::start(int pollMs) {
    m_timer.start(pollMs);
    forwardNow();
}

void SyslogForwarder::setBackoff(qint64 firstMs, qint64 maxMs) {
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
}

void SyslogForwarder::setTarget(const SyslogTarget& target) {
    if (target == m_target)
        return;
    m_target = target;
    dropSocket();
    m_busy = false;
    m_state = State{};
    emit stateChanged();
    forwardNow();
}

bool SyslogForwarder::configure(const SyslogTarget& target, const QString& iniPath) {
    const bool saved = target.save(iniPath);
    setTarget(target);
    if (m_trail) {
        m_trail->record(AuditEventBuilder::settingsChange(
                            AuditEventBuilder::Action::Update, QStringLiteral("audit-syslog"),
                            target.enabled
                                ? QStringLiteral("%1:%2 (TLS)").arg(target.host).arg(target.port)
                                : QStringLiteral("off"))
                            .build());
    }
    return saved;
}

void SyslogForwarder::forwardNow() {
    if (!m_trail || m_busy || !m_target.enabled || !m_target.problem().isEmpty())
        return;
    if (m_state.nextAttemptUtc.isValid() && m_clock->nowUtc() < m_state.nextAttemptUtc)
        return refreshPendingCount(); // waiting to try again, but the count shown stays true
    m_busy = true;
    const QString id = m_target.forwardingId();
    m_trail->pendingForward(
        id, kBatchSize, this, [this, id](const QList<AuditRecord>& batch, qint64 total) {
            if (id != m_target.forwardingId())
                return; // the target changed meanwhile
            m_state.pending = total;
            if (batch.isEmpty()) {
                m_busy = false;
                emit stateChanged();
                return;
            }
            QByteArray frames;
            const QString host = QSysInfo::machineHostName();
            const qint64 pid = QCoreApplication::applicationPid();
            for (const AuditRecord& record : batch)
                frames += SyslogMessage::frame(SyslogMessage::format(record, host, pid));
            m_outgoing = frames;
            m_outgoingCount = int(batch.size());
            m_outgoingSeq = batch.last().seq;
            if (m_socket && m_socket->isEncrypted())
                sendBatch();
            else
                connectSocket();
        });
}

void SyslogForwarder::refreshPendingCount() {
    const QString id = m_target.forwardingId();
    m_trail->pendingForward(id, 0, this, [this, id](const QList<AuditRecord>&, qint64 total) {
        if (id != m_target.forwardingId() || total == m_state.pending)
            return;
        m_state.pending = total;
        emit stateChanged();
    });
}

void SyslogForwarder::connectSocket() {
    dropSocket();
    m_socket = new QSslSocket(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_target.caCertificatePath.isEmpty() &&
        !configuration.addCaCertificates(m_target.caCertificatePath))
        return failed(tr("The CA file %1 holds no certificate").arg(m_target.caCertificatePath));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer); // fails closed, never ignored
    m_socket->setSslConfiguration(configuration);
    QSslSocket* socket = m_socket;
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_state.connected = true;
        sendBatch();
    });
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        failed(tr("TLS: %1").arg(errors.isEmpty() ? QString() : errors.first().errorString()));
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket] {
        if (socket != m_socket)
            return;
        if (m_busy)
            return failed(socket->errorString());
        // An idle connection closed by the repository: connect again with the next batch.
        m_state.connected = false;
        m_socket->deleteLater();
        m_socket = nullptr;
        emit stateChanged();
    });
    auto written = [this, socket] {
        if (socket != m_socket || !m_busy || m_inFlightSeq == 0 || socket->bytesToWrite() > 0 ||
            socket->encryptedBytesToWrite() > 0)
            return;
        m_trail->confirmForwarded(m_target.forwardingId(), m_inFlightSeq);
        m_inFlightSeq = 0;
        m_state.pending = std::max<qint64>(0, m_state.pending - m_outgoingCount);
        m_state.failures = 0;
        m_state.lastError.clear();
        m_state.nextAttemptUtc = QDateTime();
        m_busy = false;
        emit stateChanged();
        if (m_state.pending > 0)
            forwardNow();
    };
    connect(socket, &QSslSocket::bytesWritten, this, written);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, written);
    QTimer::singleShot(kConnectTimeoutMs, socket, [this, socket] {
        if (socket == m_socket && !socket->isEncrypted() && m_busy)
            failed(tr("%1:%2 did not answer").arg(m_target.host).arg(m_target.port));
    });
    socket->connectToHostEncrypted(m_target.host, m_target.port);
}

void SyslogForwarder::dropSocket() {
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void SyslogForwarder::sendBatch() {
    if (!m_socket || m_outgoing.isEmpty())
        return;
    // Only from here on does "all written" mean this batch (the handshake writes bytes too).
    m_inFlightSeq = m_outgoingSeq;
    m_socket->write(m_outgoing);
    m_outgoing.clear();
}

void SyslogForwarder::failed(const QString& message) {
    if (!m_busy)
        return; // already counted (a TLS failure is reported as an error too)
    dropSocket();
    m_busy = false;
    m_inFlightSeq = 0;
    m_outgoingSeq = 0;
    m_outgoing.clear();
    m_state.connected = false;
    m_state.failures += 1;
    m_state.lastError = message;
    const qint64 backoff =
        std::min(m_maxBackoffMs, m_firstBackoffMs << std::min(m_state.failures - 1, 10));
    m_state.nextAttemptUtc = m_clock->nowUtc().addMSecs(backoff);
    qCWarning(lcApp) << "Audit syslog forwarding failed; next try in" << backoff / 1000
                     << "s:" << message;
    emit stateChanged();
}

} // namespace sightline
