#pragma once
// Reads and writes HealthChain-style connection strings:
//   fhir://host[:port]/path?client_id=…&client_secret=…|client_secret_path=…&token_url=…
//          &scope=…&use_jwt_assertion=true&audience=…
// `fhir://` means https; `fhir+http://` is accepted for loopback test servers. Sightline also
// reads `name=`, `auth=` and `user=` (Basic). `dicomweb://host/path[?name=…&user=…]` (and
// `dicomweb+http://`) names a PACS without FHIR by its DICOMweb base.
// `dicom://CALLED@host[:port][?calling=…&name=…&timeout=…&max_pdu=…]` names a DICOM node
// (port 104 unless given; calling AE title SIGHTLINE unless given). Plain http(s) URLs are read
// as an open FHIR server. Pure functions.

#include "common/Result.h"
#include "servers/ServerProfile.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace sightline {

struct ParsedConnection {
    ServerProfile profile;
    QByteArray clientSecret; // to go to the keychain; empty when none was given
};

class ConnectionString {
    Q_DECLARE_TR_FUNCTIONS(ConnectionString)

public:
    static Result<ParsedConnection> parse(const QString& text);
    // Never contains a secret; a secret file is referenced by its path.
    static QString format(const ServerProfile& profile);

private:
    static Result<ParsedConnection> parseDicomNode(const QUrl& url);
    static QString formatDicomNode(const ServerProfile& profile);
};

} // namespace sightline
