#pragma once
// Everything Sightline knows about one configured server, except secrets (those live in the OS
// keychain under `secretKey()`): a FHIR server, a PACS reached by DICOMweb alone (no FHIR),
// whose studies are browsed with QIDO-RS, or a DICOM node reached over DIMSE.

#include "servers/DicomNodeAddress.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace sightline {

struct ServerQuirks {
    // Some DICOMweb servers reject a quoted `type` parameter in multipart Accept headers.
    bool quoteMultipartType = false;
    // Send includefield once per field instead of a comma list (Orthanc ignores "%2C").
    bool repeatIncludeField = true;
    bool operator==(const ServerQuirks&) const = default;
};

struct ServerProfile {
    enum class Kind {
        Fhir,     // a FHIR server (ImagingStudy → Endpoint → DICOMweb)
        DicomWeb, // a PACS with DICOMweb and no FHIR: `fhirBase` holds its DICOMweb base
        // A DICOM node (DIMSE: C-ECHO, C-FIND …) at `dicomNode`; `fhirBase` holds its address
        // as dicom://CALLED@host:port, for lists and the audit trail.
        DicomNode,
    };
    enum class AuthKind {
        None,              // open server (or a sandbox)
        Basic,             // user name + password from the keychain
        SmartPublic,       // SMART App Launch, public client, PKCE
        SmartConfidential, // SMART App Launch with a client secret
        BackendServices,   // client_credentials with a private_key_jwt assertion
    };

    QString id;   // stable, generated once
    QString name; // what the user calls it
    Kind kind = Kind::Fhir;
    QUrl fhirBase; // the FHIR base, or the DICOMweb base of a DICOMweb-only PACS
    AuthKind authKind = AuthKind::None;
    QString clientId;
    QString userName; // for Basic
    QStringList scopes;
    QUrl tokenUrl;    // overrides discovery when set
    QString audience; // `aud` when it differs from the FHIR base
    bool useJwtAssertion = false;
    // How a confidential client sends its secret, as registered with the server
    // ("client_secret_basic" or "client_secret_post"); empty: chosen from what it supports.
    QString tokenEndpointAuthMethod;
    QString
        clientSecretPath; // a file holding the secret (kept as a path, never read into settings)
    QString caCertificatePath; // extra CA for servers with a private PKI; verification stays on
    int redirectPort = 0;      // 0 = any free loopback port (RFC 8252)
    bool embeddedLogin = false;
    bool forwardAudit = false; // send Sightline's AuditEvents to this server (store-and-forward)
    ServerQuirks quirks;
    DicomNodeAddress dicomNode; // for Kind::DicomNode

    bool operator==(const ServerProfile&) const = default;

    bool isDicomWebOnly() const { return kind == Kind::DicomWeb; }
    bool isDicomNode() const { return kind == Kind::DicomNode; }
    bool isFhir() const { return kind == Kind::Fhir; }
    // dicom://CALLED@host:port for a node's address.
    static QUrl dicomNodeUrl(const DicomNodeAddress& node);
    QString secretKey() const { return QStringLiteral("server/%1/secret").arg(id); }
    // Where a DICOM node's client certificate key is kept in the keychain.
    QString dicomTlsKeyName() const { return QStringLiteral("server/%1/dicom-tls-key").arg(id); }
    bool needsSecret() const {
        return authKind == AuthKind::Basic || ((authKind == AuthKind::SmartConfidential ||
                                                authKind == AuthKind::BackendServices) &&
                                               !useJwtAssertion);
    }

    QVariantMap toVariantMap() const;
    static ServerProfile fromVariantMap(const QVariantMap& map);
    static QString authKindName(AuthKind kind);
    static AuthKind authKindFromName(const QString& name);
    static QString newId();
};

} // namespace sightline
