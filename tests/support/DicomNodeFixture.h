#pragma once
// A real DICOM node for a test, on a free loopback port, stopped when the fixture goes: DCMTK's
// dcmqrscp (its own database; an AE that admits only SIGHTLINE from this computer, for refusal
// tests) or Orthanc with its DICOM port (checking the called AE title; SIGHTLINE registered
// as a modality, as a hospital registers a workstation, so it may query), also with DICOM TLS
// only (a certificate for "localhost" from a CA the fixture makes with openssl). Files are
// loaded with DCMTK's storescu, as a modality would send them.

#include "servers/DicomNodeAddress.h"
#include "servers/ServerProfile.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace sightline::test {

class DicomNodeFixture {
public:
    // OrthancMutualTls: DICOM TLS that also asks callers for a certificate from the fixture's
    // CA (Sightline's: clientCertificateFile(), clientKeyFile()).
    enum class Kind { Dcmqrscp, Orthanc, OrthancTls, OrthancMutualTls };

    // `moveDestinationPort`: where the node finds SIGHTLINE for C-MOVE (registered as a host
    // table entry in dcmqrscp, a modality in Orthanc).
    explicit DicomNodeFixture(Kind kind, quint16 moveDestinationPort = 11112);
    ~DicomNodeFixture();
    DicomNodeFixture(const DicomNodeFixture&) = delete;
    DicomNodeFixture& operator=(const DicomNodeFixture&) = delete;

    // Empty on success, else why the node did not come up.
    QString start();
    // Sends the files with storescu; empty on success, else storescu's words.
    QString load(const QStringList& files, int timeoutMs = 60000);

    // The node's query/retrieve AE, as Sightline calls it (calling AE SIGHTLINE).
    DicomNodeAddress address() const;
    // dcmqrscp only: an AE of the same node that admits SIGHTLINE from this computer alone.
    QString strictAeTitle() const { return QStringLiteral("STRICT"); }
    QString name() const {
        return m_kind == Kind::Dcmqrscp     ? QStringLiteral("dcmqrscp")
               : m_kind == Kind::OrthancTls ? QStringLiteral("Orthanc (DICOM TLS)")
               : m_kind == Kind::OrthancMutualTls
                   ? QStringLiteral("Orthanc (DICOM TLS, client certificates)")
                   : QStringLiteral("Orthanc");
    }
    // OrthancTls: the CA certificate that signed the node's (PEM).
    QString tlsCaFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    // A certificate for SIGHTLINE that the fixture's CA signed, and its key (PEM, unencrypted
    // PKCS#8); a self-signed one no node trusts; the client key encrypted with "passphrase".
    QString clientCertificateFile() const { return m_dir.filePath(QStringLiteral("client.pem")); }
    QString clientKeyFile() const { return m_dir.filePath(QStringLiteral("client.key")); }
    QString strangerCertificateFile() const {
        return m_dir.filePath(QStringLiteral("stranger.pem"));
    }
    QString strangerKeyFile() const { return m_dir.filePath(QStringLiteral("stranger.key")); }
    QString encryptedClientKeyFile() const {
        return m_dir.filePath(QStringLiteral("client-encrypted.key"));
    }

    // pydicom's test files (Debian python3-pydicom): real data from others' hands.
    static QString pydicomFile(const QString& relativePath);
    // A DICOM node profile for `address`, as the server list keeps one.
    static ServerProfile profileFor(const DicomNodeAddress& address);
    // A loopback port nothing listens on now.
    static quint16 freePort();

private:
    bool isTls() const { return m_kind == Kind::OrthancTls || m_kind == Kind::OrthancMutualTls; }
    QString makeCertificates();
    bool waitForPort(int timeoutMs) const;

    Kind m_kind;
    quint16 m_movePort;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace sightline::test
