#pragma once
// Where a DICOM node (a PACS, a modality, a viewer that listens) is reached over DIMSE, and how
// Sightline introduces itself to it. Value type.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sightline {

struct DicomNodeAddress {
    Q_DECLARE_TR_FUNCTIONS(DicomNodeAddress)
public:
    QString host;
    quint16 port = 104;
    QString calledAeTitle;                                // the node's AE title
    QString callingAeTitle = QStringLiteral("SIGHTLINE"); // Sightline's, as the node knows it
    int connectTimeoutSeconds = 10;
    int responseTimeoutSeconds = 30; // per DIMSE message (a C-FIND answer, a C-ECHO reply)
    quint32 maxPdu = 65536;          // the largest PDU Sightline receives
    // How studies come from the node: C-GET on Sightline's own association (nothing to set up
    // at the node), or C-MOVE to Sightline's receiving node (registered at the node).
    enum class Retrieve { Get, Move };
    Retrieve retrieve = Retrieve::Get;
    // DICOM TLS (PS3.15 B.9, the BCP 195 profile): the node's certificate must chain to the
    // system's certificate authorities or to those in `tlsCaFile`, and name `host`.
    bool tls = false;
    QString tlsCaFile; // PEM certificates trusted besides the system's (a hospital's own CA)
    // Sightline's own certificate, for nodes that accept only known callers (mutual TLS): a PEM
    // file (the certificate, then any intermediate CAs). Its private key is a secret, kept in
    // the OS keychain under `tlsKeyName`; `tlsPrivateKey` holds it in memory only, when it is
    // at hand (a key the user has just imported and not saved yet) — never written anywhere.
    QString tlsCertificateFile;
    QString tlsKeyName;
    QByteArray tlsPrivateKey;

    bool operator==(const DicomNodeAddress&) const = default;
    // "CALLED@host:port", for messages and the audit trail.
    QString display() const {
        return QStringLiteral("%1@%2:%3").arg(calledAeTitle, host).arg(port);
    }
    // An AE title as DICOM allows: 1–16 characters of the default repertoire, no backslash or
    // control characters, not only spaces.
    static bool isValidAeTitle(const QString& title);
    // Why DICOM networking here cannot reach `host` (empty when it can): an IPv6 address (use
    // a host name), or a name too long for the association's presentation address.
    static QString hostProblem(const QString& host);
};

} // namespace sightline
