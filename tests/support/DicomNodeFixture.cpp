#include "support/DicomNodeFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace sightline::test {

namespace {
// The node's database and files in memory where the machine has a tmpfs: a node's own fsyncs
// are not what the tests measure, and Orthanc takes a thousand studies in seconds, not minutes.
// DCMTK as Debian builds it leaves Nagle's algorithm on unless TCP_NODELAY says otherwise; a
// node and storescu that write a PDU in pieces then wait out delayed ACKs (40 ms) per message.
// Hospital nodes turn it off; so do these (Sightline does for itself).
QProcessEnvironment withoutNagle() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));
    return environment;
}

QString nodeFolderTemplate() {
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable()
               ? QStringLiteral("/dev/shm/sightline-node-XXXXXX")
               : QDir::tempPath() + QStringLiteral("/sightline-node-XXXXXX");
}
} // namespace

DicomNodeFixture::DicomNodeFixture(Kind kind, quint16 moveDestinationPort)
    : m_kind(kind)
    , m_movePort(moveDestinationPort)
    , m_dir(nodeFolderTemplate()) {}

DicomNodeFixture::~DicomNodeFixture() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

quint16 DicomNodeFixture::freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

QString DicomNodeFixture::pydicomFile(const QString& relativePath) {
    return QStringLiteral("/usr/lib/python3/dist-packages/pydicom/data/") + relativePath;
}

ServerProfile DicomNodeFixture::profileFor(const DicomNodeAddress& address) {
    ServerProfile node;
    node.id = QStringLiteral("node");
    node.kind = ServerProfile::Kind::DicomNode;
    node.name = address.display();
    node.dicomNode = address;
    node.fhirBase = ServerProfile::dicomNodeUrl(address);
    return node;
}

bool DicomNodeFixture::waitForPort(int timeoutMs) const {
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    return false;
}

// A CA and a certificate it signed for "localhost" and the address 127.0.0.2 — not 127.0.0.1,
// so that a connection by that address shows a certificate that does not name the host, while
// one by 127.0.0.2 (loopback too) checks a certificate by its IP address.
QString DicomNodeFixture::makeCertificates() {
    const auto run = [this](const QStringList& arguments) {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return QStringLiteral("openssl ") + arguments.join(QLatin1Char(' ')) +
                   QStringLiteral(": ") + QString::fromLocal8Bit(openssl.readAll());
        return QString();
    };
    QFile extensions(m_dir.filePath(QStringLiteral("node.ext")));
    if (!extensions.open(QIODevice::WriteOnly) ||
        extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.2\n") < 0)
        return QStringLiteral("cannot write node.ext");
    extensions.close();
    const char* const steps[] = {
        "req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "
        "/CN=SightlineCA",
        "req -newkey rsa:2048 -nodes -keyout node.key -out node.csr -subj /CN=localhost",
        "x509 -req -in node.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out node.pem -days 2 "
        "-extfile node.ext",
        "req -newkey rsa:2048 -nodes -keyout client.key -out client.csr -subj /CN=SIGHTLINE",
        "x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out client.pem "
        "-days 2",
        "pkcs8 -topk8 -in client.key -out client-encrypted.key -passout pass:passphrase",
        "req -x509 -newkey rsa:2048 -nodes -keyout stranger.key -out stranger.pem -days 2 -subj "
        "/CN=SIGHTLINE"};
    for (const char* text : steps) {
        const QStringList step = QString::fromLatin1(text).split(QLatin1Char(' '));
        if (const QString failed = run(step); !failed.isEmpty())
            return failed;
    }
    return {};
}

QString DicomNodeFixture::start() {
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    m_port = freePort();
    const QString log = m_dir.filePath(QStringLiteral("node.log"));
    m_process.setProcessEnvironment(withoutNagle());
    m_process.setStandardOutputFile(log);
    m_process.setStandardErrorFile(log);
    if (m_kind == Kind::Dcmqrscp) {
        QDir(m_dir.path()).mkpath(QStringLiteral("db"));
        QDir(m_dir.path()).mkpath(QStringLiteral("strict"));
        QFile config(m_dir.filePath(QStringLiteral("dcmqrscp.cfg")));
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the dcmqrscp configuration");
        // dcmqrscp's HostTable takes host names, not addresses; no UserName/GroupName, so it
        // runs as the test's user. Without -s: it forks a child per association.
        config.write(
            QStringLiteral("NetworkTCPPort = %1\n"
                           "MaxPDUSize = 16384\n"
                           "MaxAssociations = 16\n"
                           "HostTable BEGIN\n"
                           "sightline = (SIGHTLINE, localhost, %4)\n"
                           "HostTable END\n"
                           "VendorTable BEGIN\n"
                           "VendorTable END\n"
                           "AETable BEGIN\n"
                           "QRSCP %2 RW (10000, 8192mb) ANY\n"
                           "STRICT %3 RW (200, 1024mb) sightline\n"
                           "AETable END\n")
                .arg(m_port)
                .arg(m_dir.filePath(QStringLiteral("db")), m_dir.filePath(QStringLiteral("strict")))
                .arg(m_movePort)
                .toUtf8());
        config.close();
        m_process.start(QStringLiteral("dcmqrscp"), {QStringLiteral("-c"), config.fileName()});
    } else {
        QString tls;
        if (isTls()) {
            if (const QString failed = makeCertificates(); !failed.isEmpty())
                return failed;
            // TLS only on the DICOM port; the node's certificate, and for OrthancMutualTls a
            // certificate asked of every caller, trusted when the fixture's CA signed it.
            tls = QStringLiteral("\"DicomTlsEnabled\": true, \"DicomTlsCertificate\": \"%1\", "
                                 "\"DicomTlsPrivateKey\": \"%2\", "
                                 "\"DicomTlsTrustedCertificates\": \"%3\", "
                                 "\"DicomTlsRemoteCertificateRequired\": %4, ")
                      .arg(m_dir.filePath(QStringLiteral("node.pem")),
                           m_dir.filePath(QStringLiteral("node.key")), tlsCaFile(),
                           m_kind == Kind::OrthancMutualTls ? QStringLiteral("true")
                                                            : QStringLiteral("false"));
        }
        QDir(m_dir.path()).mkpath(QStringLiteral("storage"));
        QFile config(m_dir.filePath(QStringLiteral("orthanc.json")));
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the Orthanc configuration");
        config.write(QStringLiteral("{\"Name\": \"SightlineDimse\", \"HttpPort\": %1, "
                                    "\"RemoteAccessAllowed\": false, \"DicomServerEnabled\": true, "
                                    "\"DicomAet\": \"ORTHANC\", \"DicomPort\": %2, "
                                    "\"DicomCheckCalledAet\": true, %5"
                                    // Orthanc answers C-FIND in this encoding whatever the query
                                    // asks; its default, Latin-1, drops Cyrillic names.
                                    "\"DefaultEncoding\": \"Utf8\", "
                                    "\"DicomModalities\": {\"sightline\": "
                                    "[\"SIGHTLINE\", \"127.0.0.1\", %4]}, "
                                    "\"StorageDirectory\": \"%3\", \"IndexDirectory\": \"%3\", "
                                    "\"Plugins\": []}")
                         .arg(freePort())
                         .arg(m_port)
                         .arg(m_dir.filePath(QStringLiteral("storage")))
                         .arg(m_movePort)
                         .arg(tls)
                         .toUtf8());
        config.close();
        m_process.start(QStringLiteral("Orthanc"), {config.fileName()});
    }
    if (!m_process.waitForStarted(10000))
        return name() + QStringLiteral(" did not start: ") + m_process.errorString();
    if (!waitForPort(30000))
        return name() + QStringLiteral(" did not listen on its DICOM port; see ") + log;
    return {};
}

QString DicomNodeFixture::load(const QStringList& files, int timeoutMs) {
    QProcess storescu;
    storescu.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-aec"), address().calledAeTitle,
                          QStringLiteral("127.0.0.1"), QString::number(m_port)};
    if (m_kind == Kind::OrthancTls) // anonymous TLS, the node's certificate checked
        arguments =
            QStringList{QStringLiteral("+tla"), QStringLiteral("+cf"), tlsCaFile()} + arguments;
    if (m_kind == Kind::OrthancMutualTls) // with the fixture's client certificate
        arguments = QStringList{QStringLiteral("+tls"), clientKeyFile(), clientCertificateFile(),
                                QStringLiteral("+cf"), tlsCaFile()} +
                    arguments;
    storescu.setProcessEnvironment(withoutNagle());
    storescu.start(QStringLiteral("storescu"), arguments + files);
    if (!storescu.waitForFinished(timeoutMs) || storescu.exitCode() != 0)
        return QString::fromLocal8Bit(storescu.readAll());
    return {};
}

DicomNodeAddress DicomNodeFixture::address() const {
    DicomNodeAddress node;
    node.host = QStringLiteral("127.0.0.1");
    node.port = m_port;
    node.calledAeTitle =
        m_kind == Kind::Dcmqrscp ? QStringLiteral("QRSCP") : QStringLiteral("ORTHANC");
    if (isTls()) {
        node.host = QStringLiteral("localhost"); // as the node's certificate names it
        node.tls = true;
        node.tlsCaFile = tlsCaFile();
    }
    node.callingAeTitle = QStringLiteral("SIGHTLINE");
    node.connectTimeoutSeconds = 5;
    node.responseTimeoutSeconds = 10;
    return node;
}

} // namespace sightline::test
