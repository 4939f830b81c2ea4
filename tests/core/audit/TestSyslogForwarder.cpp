#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "audit/SyslogForwarder.h"
#include "audit/SyslogMessage.h"
#include "support/ManualClock.h"
#include "support/WaitFor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using test::waitFor;

namespace {

// A minimal audit record repository: TLS on 127.0.0.1 with a self-signed certificate, reading
// RFC 5425 octet-counted frames.
class TlsRepository : public QObject {
public:
    TlsRepository(const QString& certPath, const QString& keyPath) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate::fromPath(certPath).value(0));
        QFile key(keyPath);
        key.open(QIODevice::ReadOnly);
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray& buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    for (;;) {
                        const qsizetype space = buffer.indexOf(' ');
                        if (space <= 0)
                            break;
                        const qsizetype length = buffer.left(space).toLongLong();
                        if (buffer.size() < space + 1 + length)
                            break;
                        messages << buffer.mid(space + 1, length);
                        buffer.remove(0, space + 1 + length);
                    }
                });
            }
        });
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> messages;
    int connections = 0;

private:
    QSslServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QJsonObject testEvent(int n) {
    return AuditEventBuilder::activity("test", "Test event", AuditEventBuilder::Action::Execute)
        .application("ws-1")
        .resource(QString("ImagingStudy/s-%1").arg(n))
        .build();
}

// The resource a message's AuditEvent names ("ImagingStudy/s-N").
QString resourceOf(const QByteArray& message) {
    const qsizetype bom = message.indexOf("\xEF\xBB\xBF");
    const QJsonObject json = QJsonDocument::fromJson(message.mid(bom + 3)).object();
    for (const QJsonValue& entity : json["entity"].toArray()) {
        const QString reference = entity["what"]["reference"].toString();
        if (reference.startsWith("ImagingStudy/"))
            return reference;
    }
    return {};
}

} // namespace

// The ATNA syslog target: RFC 5424 messages framed by RFC 5425 over verified TLS, every record
// once and in order, kept while the repository is down (also across a restart), and nothing
// sent to a repository whose certificate is not trusted.
class TestSyslogForwarder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cert, m_key;

    SyslogTarget targetAt(quint16 port, bool trusted = true) const {
        SyslogTarget target;
        target.enabled = true;
        target.host = "127.0.0.1";
        target.port = port;
        if (trusted)
            target.caCertificatePath = m_cert;
        return target;
    }

    static void record(AuditTrail& trail, int from, int count) {
        for (int i = from; i < from + count; ++i)
            trail.record(testEvent(i));
        QVERIFY(trail.flush().ok());
    }

private slots:
    void initTestCase() {
        m_cert = m_dir.filePath("repository.pem");
        m_key = m_dir.filePath("repository.key");
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                       "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                       "-keyout", m_key, "-out", m_cert});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    }

    void messageFormat() {
        AuditRecord record;
        record.seq = 7;
        record.recordedUtc = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 123), Qt::UTC);
        record.json = QJsonDocument(testEvent(7)).toJson(QJsonDocument::Compact);
        record.hash = QByteArray(64, 'a');
        const QByteArray message = SyslogMessage::format(record, "ws 1.example", 4242);
        QVERIFY2(message.startsWith("<85>1 2026-11-23T10:00:00.123Z ws1.example Sightline 4242 "
                                    "AuditEvent - \xEF\xBB\xBF{"),
                 message.left(90).constData());
        const QJsonObject json =
            QJsonDocument::fromJson(message.mid(message.indexOf("\xEF\xBB\xBF") + 3)).object();
        QCOMPARE(json["resourceType"].toString(), QString("AuditEvent"));
        QCOMPARE(json["meta"]["tag"][0]["code"].toString(), QString(64, 'a'));
        QCOMPARE(resourceOf(message), QString("ImagingStudy/s-7"));
        QVERIFY(SyslogMessage::format(record, "", 1).contains(" - Sightline 1 AuditEvent "));
        QCOMPARE(SyslogMessage::frame("<85>1 abc"), QByteArray("9 <85>1 abc"));
    }

    void targetIsKeptAndChecked() {
        const QString ini = m_dir.filePath("audit-syslog.ini");
        const SyslogTarget target = targetAt(6514);
        QVERIFY(target.save(ini));
        QCOMPARE(SyslogTarget::load(ini), target);
        QVERIFY(target.problem().isEmpty());
        SyslogTarget noHost = target;
        noHost.host.clear();
        QVERIFY(!noHost.problem().isEmpty());
        SyslogTarget missingCa = target;
        missingCa.caCertificatePath = m_dir.filePath("nope.pem");
        QVERIFY(missingCa.problem().contains("nope.pem"));
    }

    void deliversEveryRecordOnceInOrder() {
        TlsRepository repository(m_cert, m_key);
        QVERIFY(repository.listen());
        AuditTrail trail(m_dir.filePath("in-order.db"));
        SyslogForwarder forwarder(&trail);
        forwarder.setTarget(targetAt(repository.port()));
        forwarder.start(100);
        QVERIFY(waitFor(
            [&] { return forwarder.state().pending == 0 && !forwarder.state().connected; }));
        record(trail, 0, 250); // more than one batch
        QVERIFY2(waitFor([&] { return repository.messages.size() >= 250; }, 20000),
                 qPrintable(QString::number(repository.messages.size())));
        QTest::qWait(300);
        QCOMPARE(repository.messages.size(), 250);
        for (int i = 0; i < 250; ++i) {
            QVERIFY(repository.messages[i].startsWith("<85>1 "));
            QCOMPARE(resourceOf(repository.messages[i]), QString("ImagingStudy/s-%1").arg(i));
        }
        QVERIFY(waitFor([&] { return forwarder.state().pending == 0; }));
        QVERIFY(forwarder.state().connected);
        QCOMPARE(repository.connections, 1); // one connection kept open
    }

    void keepsRecordsWhileTheRepositoryIsDown() {
        // A port nobody listens on, then the repository comes up there.
        TlsRepository repository(m_cert, m_key);
        QVERIFY(repository.listen());
        const quint16 port = repository.port();
        repository.close();
        AuditTrail trail(m_dir.filePath("down.db"));
        {
            SyslogForwarder forwarder(&trail);
            forwarder.setBackoff(100, 200);
            forwarder.setTarget(targetAt(port));
            forwarder.start(50);
            record(trail, 0, 30);
            QVERIFY(waitFor([&] { return forwarder.state().failures >= 2; }));
            QVERIFY2(forwarder.state().lastError.contains("refused", Qt::CaseInsensitive),
                     qPrintable(forwarder.state().lastError));
            QCOMPARE(forwarder.state().pending, 30);
        } // Sightline closes with the 30 unsent
        SyslogForwarder forwarder(&trail);
        forwarder.setBackoff(100, 200);
        forwarder.setTarget(targetAt(port));
        forwarder.start(50);
        record(trail, 30, 5);
        QVERIFY(waitFor([&] { return forwarder.state().failures >= 1; }));
        QVERIFY(repository.listen(port));
        QVERIFY(waitFor([&] { return repository.messages.size() >= 35; }, 20000));
        QTest::qWait(300);
        QCOMPARE(repository.messages.size(), 35);
        for (int i = 0; i < 35; ++i)
            QCOMPARE(resourceOf(repository.messages[i]), QString("ImagingStudy/s-%1").arg(i));
        QVERIFY(waitFor([&] { return forwarder.state().pending == 0; }));
        QCOMPARE(forwarder.state().lastError, QString());
    }

    // The back-off after a failure is measured on the forwarder's clock: nothing is tried again
    // before it is due, and the next attempt follows as soon as it is (no minute of waiting).
    void backsOffByItsClock() {
        TlsRepository repository(m_cert, m_key);
        QVERIFY(repository.listen());
        const quint16 port = repository.port();
        repository.close();
        AuditTrail trail(m_dir.filePath("clock.db"));
        test::ManualClock clock;
        SyslogForwarder forwarder(&trail);
        forwarder.setClock(clock);
        forwarder.setBackoff(60000, 60000);
        forwarder.setTarget(targetAt(port));
        forwarder.start(20);
        record(trail, 0, 2);
        QVERIFY(waitFor([&] { return forwarder.state().failures >= 1; }));
        QCOMPARE(forwarder.state().nextAttemptUtc, clock.nowUtc().addMSecs(60000));
        QTest::qWait(200); // ten polls: none is due
        QCOMPARE(forwarder.state().failures, 1);
        QVERIFY(repository.listen(port));
        clock.advanceMs(60001);
        QVERIFY(waitFor([&] { return repository.messages.size() >= 2; }));
        QVERIFY(waitFor([&] { return forwarder.state().pending == 0; }));
    }

    void untrustedRepositoryGetsNothing() {
        TlsRepository repository(m_cert, m_key);
        QVERIFY(repository.listen());
        AuditTrail trail(m_dir.filePath("untrusted.db"));
        SyslogForwarder forwarder(&trail);
        forwarder.setBackoff(60000, 60000);
        forwarder.setTarget(targetAt(repository.port(), false)); // the system CAs only
        forwarder.start(50);
        record(trail, 0, 3);
        QVERIFY(waitFor([&] { return forwarder.state().failures >= 1; }));
        QVERIFY2(forwarder.state().lastError.startsWith("TLS"),
                 qPrintable(forwarder.state().lastError));
        // All three stay pending (the count follows the journal while the forwarder waits to
        // try again; the first attempt may have seen only some of them).
        QVERIFY(waitFor([&] { return forwarder.state().pending == 3; }));
        QTest::qWait(300);
        QVERIFY(repository.messages.isEmpty());
        QCOMPARE(forwarder.state().pending, 3);
    }

    void changesAreAudited() {
        AuditTrail trail(m_dir.filePath("configured.db"));
        SyslogForwarder forwarder(&trail);
        QVERIFY(forwarder.configure(targetAt(6514), m_dir.filePath("configured.ini")));
        QCOMPARE(SyslogTarget::load(m_dir.filePath("configured.ini")).host, QString("127.0.0.1"));
        QVERIFY(trail.flush().ok());
        std::optional<QList<AuditRecord>> records;
        trail.records({}, this, [&](QList<AuditRecord> r) { records = r; });
        QVERIFY(waitFor([&] { return records.has_value(); }));
        QCOMPARE(records->size(), 1);
        QVERIFY(records->first().json.contains("settings-change"));
        QVERIFY(records->first().json.contains("127.0.0.1:6514"));
    }
};

QTEST_GUILESS_MAIN(TestSyslogForwarder)
#include "TestSyslogForwarder.moc"
