#include "servers/ConnectionString.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrlQuery>

namespace sightline {

namespace {

Error invalid(const QString& message, const QString& details = {}) {
    return Error::make(Error::Kind::InvalidInput, message, details);
}

std::optional<bool> parseBool(const QString& value) {
    const QString v = value.toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no"))
        return false;
    return std::nullopt;
}

// U+FFFD stands where the text was not UTF-8; Unicode noncharacters (U+FFFE, U+xFFFF, …) are
// not text either, and URL encoding does not carry them the same way twice. An address or
// name with either cannot be written back as what was read, so it is refused.
bool isValidText(const QString& text) {
    for (const char32_t c : text.toUcs4())
        if (c == QChar::ReplacementCharacter || QChar::isNonCharacter(c))
            return false;
    return true;
}

bool isHttpUrl(const QUrl& url) {
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

Result<ParsedConnection> ConnectionString::parse(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("The connection string is empty"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(tr("The connection string is not a valid URL"), url.errorString());
    const QString decodedQuery = QUrlQuery(url).toString(QUrl::FullyDecoded);
    if (!isValidText(trimmed) || !isValidText(url.path()) ||
        !isValidText(url.path(QUrl::FullyDecoded)) || !isValidText(decodedQuery))
        return invalid(tr("The connection string contains characters that are not valid text "
                          "(bytes that are not UTF-8, or Unicode noncharacters)"));

    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("dicom"))
        return parseDicomNode(url);
    QString httpScheme;
    const bool pacs =
        scheme == QLatin1String("dicomweb") || scheme == QLatin1String("dicomweb+http");
    if (scheme == QLatin1String("fhir") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("dicomweb"))
        httpScheme = QStringLiteral("https");
    else if (scheme == QLatin1String("fhir+http") || scheme == QLatin1String("http") ||
             scheme == QLatin1String("dicomweb+http"))
        httpScheme = QStringLiteral("http");
    else
        return invalid(tr("A connection string starts with fhir://, fhir+http://, dicomweb://, "
                          "dicomweb+http://, dicom://, https:// or http://"),
                       tr("found scheme \"%1\"").arg(url.scheme()));
    if (url.host().isEmpty())
        return invalid(tr("The connection string names no host"));

    ParsedConnection parsed;
    ServerProfile& p = parsed.profile;
    QUrl base;
    base.setScheme(httpScheme);
    base.setHost(url.host());
    if (url.port() != -1)
        base.setPort(url.port());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    p.fhirBase = base;
    p.name = url.host() + path;
    if (pacs)
        p.kind = ServerProfile::Kind::DicomWeb;

    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        // A bare server URL: keep its query, if any, as part of the address? FHIR bases have none.
        if (url.hasQuery())
            return invalid(
                tr("A plain server URL cannot carry parameters; use fhir://…?client_id=…"));
        return parsed;
    }

    static const QSet<QString> known{QStringLiteral("client_id"),
                                     QStringLiteral("client_secret"),
                                     QStringLiteral("client_secret_path"),
                                     QStringLiteral("token_url"),
                                     QStringLiteral("scope"),
                                     QStringLiteral("use_jwt_assertion"),
                                     QStringLiteral("token_endpoint_auth_method"),
                                     QStringLiteral("audience"),
                                     QStringLiteral("name"),
                                     QStringLiteral("auth"),
                                     QStringLiteral("user")};
    // A PACS without FHIR is open or takes Basic credentials: no SMART parameters.
    static const QSet<QString> knownForPacs{QStringLiteral("name"), QStringLiteral("auth"),
                                            QStringLiteral("user")};
    const QUrlQuery query(url);
    QSet<QString> seen;
    QString authOverride;
    bool jwt = false;
    for (const auto& [rawKey, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = rawKey;
        if (!known.contains(key))
            return invalid(tr("Unknown parameter \"%1\" in the connection string").arg(key));
        if (pacs && !knownForPacs.contains(key))
            return invalid(tr("A dicomweb:// connection string takes name, auth and user only, "
                              "not \"%1\"")
                               .arg(key));
        if (seen.contains(key))
            return invalid(tr("The parameter \"%1\" appears twice").arg(key));
        seen.insert(key);
        // Form-style '+' stands for a space in scope lists.
        const QString value = key == QLatin1String("scope")
                                  ? QString(rawValue).replace(QLatin1Char('+'), QLatin1Char(' '))
                                  : rawValue;
        if (key == QLatin1String("client_id")) {
            p.clientId = value;
        } else if (key == QLatin1String("client_secret")) {
            parsed.clientSecret = value.toUtf8();
        } else if (key == QLatin1String("client_secret_path")) {
            p.clientSecretPath = value;
        } else if (key == QLatin1String("token_url")) {
            p.tokenUrl = QUrl(value, QUrl::StrictMode);
            if (!isHttpUrl(p.tokenUrl))
                return invalid(tr("token_url must be an http(s) URL"), value);
        } else if (key == QLatin1String("scope")) {
            p.scopes = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("use_jwt_assertion")) {
            const auto flag = parseBool(value);
            if (!flag)
                return invalid(tr("use_jwt_assertion must be true or false"), value);
            jwt = *flag;
        } else if (key == QLatin1String("token_endpoint_auth_method")) {
            if (value != QLatin1String("client_secret_basic") &&
                value != QLatin1String("client_secret_post"))
                return invalid(tr("token_endpoint_auth_method must be client_secret_basic or "
                                  "client_secret_post"),
                               value);
            p.tokenEndpointAuthMethod = value;
        } else if (key == QLatin1String("audience")) {
            p.audience = value;
        } else if (key == QLatin1String("name")) {
            if (!value.isEmpty()) // an empty name keeps the one made from the address
                p.name = value;
        } else if (key == QLatin1String("auth")) {
            authOverride = value;
        } else if (key == QLatin1String("user")) {
            p.userName = value;
        }
    }

    if (!parsed.clientSecret.isEmpty() && !p.clientSecretPath.isEmpty())
        return invalid(tr("Give either client_secret or client_secret_path, not both"));
    if ((seen.contains(QStringLiteral("client_secret")) ||
         seen.contains(QStringLiteral("client_secret_path")) || jwt) &&
        p.clientId.isEmpty())
        return invalid(tr("Client credentials need a client_id"));
    if (jwt && !parsed.clientSecret.isEmpty())
        return invalid(tr("use_jwt_assertion signs with a private key: give its file as "
                          "client_secret_path, not a client_secret"));
    if (jwt && p.clientSecretPath.isEmpty())
        return invalid(tr("use_jwt_assertion=true needs client_secret_path, the private key file"));

    p.useJwtAssertion = jwt;
    if (!authOverride.isEmpty()) {
        p.authKind = ServerProfile::authKindFromName(authOverride);
        if (ServerProfile::authKindName(p.authKind) != authOverride)
            return invalid(
                tr("Unknown auth kind \"%1\"").arg(authOverride),
                QStringLiteral("none, basic, smart-public, smart-confidential, backend-services"));
    } else if (!p.userName.isEmpty()) {
        p.authKind = ServerProfile::AuthKind::Basic;
    } else if (jwt || !p.tokenUrl.isEmpty()) {
        p.authKind = ServerProfile::AuthKind::BackendServices;
    } else if (!parsed.clientSecret.isEmpty() || !p.clientSecretPath.isEmpty()) {
        p.authKind = ServerProfile::AuthKind::SmartConfidential;
    } else if (!p.clientId.isEmpty()) {
        p.authKind = ServerProfile::AuthKind::SmartPublic;
    }
    if (pacs && p.authKind != ServerProfile::AuthKind::None &&
        p.authKind != ServerProfile::AuthKind::Basic)
        return invalid(tr("A PACS without FHIR is open (auth=none) or takes a user name and "
                          "password (auth=basic)"));
    return parsed;
}

Result<ParsedConnection> ConnectionString::parseDicomNode(const QUrl& url) {
    ParsedConnection parsed;
    ServerProfile& p = parsed.profile;
    p.kind = ServerProfile::Kind::DicomNode;
    DicomNodeAddress& node = p.dicomNode;
    node.host = url.host();
    node.calledAeTitle = url.userName(QUrl::FullyDecoded);
    if (node.host.isEmpty())
        return invalid(tr("The connection string names no host"));
    if (const QString wrong = DicomNodeAddress::hostProblem(node.host); !wrong.isEmpty())
        return invalid(wrong);
    if (node.calledAeTitle.isEmpty())
        return invalid(tr("A dicom:// connection string names the node's AE title before the "
                          "host: dicom://PACS@host:104"));
    if (url.port() == 0)
        return invalid(tr("The port must be between 1 and 65535"));
    if (url.port() > 0)
        node.port = quint16(url.port());
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return invalid(tr("A dicom:// connection string has no path"));
    if (!url.password().isEmpty())
        return invalid(tr("A dicom:// connection string carries no password"));
    const QUrlQuery query(url);
    QSet<QString> seen;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            return invalid(tr("The parameter \"%1\" appears twice").arg(key));
        seen.insert(key);
        bool number = true;
        if (key == QLatin1String("calling"))
            node.callingAeTitle = value;
        else if (key == QLatin1String("name"))
            p.name = value;
        else if (key == QLatin1String("timeout"))
            node.responseTimeoutSeconds = value.toInt(&number);
        else if (key == QLatin1String("max_pdu"))
            node.maxPdu = value.toUInt(&number);
        else if (key == QLatin1String("retrieve") &&
                 (value == QLatin1String("get") || value == QLatin1String("move")))
            node.retrieve = value == QLatin1String("move") ? DicomNodeAddress::Retrieve::Move
                                                           : DicomNodeAddress::Retrieve::Get;
        else if (key == QLatin1String("retrieve"))
            return invalid(tr("retrieve is get or move, not \"%1\"").arg(value));
        else if (key == QLatin1String("tls") &&
                 (value == QLatin1String("1") || value == QLatin1String("0")))
            node.tls = value == QLatin1String("1");
        else if (key == QLatin1String("tls"))
            return invalid(tr("tls is 1 or 0, not \"%1\"").arg(value));
        else if (key == QLatin1String("ca") && !value.isEmpty())
            node.tlsCaFile = value;
        else if (key == QLatin1String("ca"))
            return invalid(tr("ca names a file of PEM certificates"));
        else
            return invalid(tr("A dicom:// connection string takes calling, name, timeout, "
                              "max_pdu, retrieve, tls and ca, not \"%1\"")
                               .arg(key));
        if (!number || (key == QLatin1String("timeout") && node.responseTimeoutSeconds <= 0) ||
            (key == QLatin1String("max_pdu") && (node.maxPdu < 4096 || node.maxPdu > 131072)))
            return invalid(tr("\"%1\" is not a valid value for %2").arg(value, key));
    }
    if (!node.tlsCaFile.isEmpty() && !node.tls)
        return invalid(tr("ca is for DICOM TLS: add tls=1"));
    for (const QString& title : {node.calledAeTitle, node.callingAeTitle}) {
        if (!DicomNodeAddress::isValidAeTitle(title))
            return invalid(
                tr("\"%1\" is not an AE title: 1 to 16 characters, no backslash").arg(title));
    }
    p.fhirBase = ServerProfile::dicomNodeUrl(node);
    if (p.name.isEmpty())
        p.name = node.display();
    return parsed;
}

QString ConnectionString::formatDicomNode(const ServerProfile& profile) {
    const DicomNodeAddress& node = profile.dicomNode;
    QUrl url = ServerProfile::dicomNodeUrl(node);
    QUrlQuery query;
    const DicomNodeAddress defaults;
    query.addQueryItem(QStringLiteral("calling"),
                       QString::fromLatin1(QUrl::toPercentEncoding(node.callingAeTitle)));
    if (!profile.name.isEmpty())
        query.addQueryItem(QStringLiteral("name"),
                           QString::fromLatin1(QUrl::toPercentEncoding(profile.name)));
    if (node.responseTimeoutSeconds != defaults.responseTimeoutSeconds)
        query.addQueryItem(QStringLiteral("timeout"), QString::number(node.responseTimeoutSeconds));
    if (node.maxPdu != defaults.maxPdu)
        query.addQueryItem(QStringLiteral("max_pdu"), QString::number(node.maxPdu));
    if (node.retrieve == DicomNodeAddress::Retrieve::Move)
        query.addQueryItem(QStringLiteral("retrieve"), QStringLiteral("move"));
    if (node.tls)
        query.addQueryItem(QStringLiteral("tls"), QStringLiteral("1"));
    if (node.tls && !node.tlsCaFile.isEmpty())
        query.addQueryItem(QStringLiteral("ca"),
                           QString::fromLatin1(QUrl::toPercentEncoding(node.tlsCaFile)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionString::format(const ServerProfile& profile) {
    if (profile.isDicomNode())
        return formatDicomNode(profile);
    QUrl url;
    const bool http = profile.fhirBase.scheme() == QLatin1String("http");
    if (profile.isDicomWebOnly())
        url.setScheme(http ? QStringLiteral("dicomweb+http") : QStringLiteral("dicomweb"));
    else
        url.setScheme(http ? QStringLiteral("fhir+http") : QStringLiteral("fhir"));
    url.setHost(profile.fhirBase.host());
    if (profile.fhirBase.port() != -1)
        url.setPort(profile.fhirBase.port());
    url.setPath(profile.fhirBase.path());
    QUrlQuery query;
    auto add = [&](const QString& key, const QString& value) {
        if (!value.isEmpty())
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("name"), profile.name);
    add(QStringLiteral("client_id"), profile.clientId);
    add(QStringLiteral("user"), profile.userName);
    add(QStringLiteral("client_secret_path"), profile.clientSecretPath);
    add(QStringLiteral("token_url"), profile.tokenUrl.toString());
    add(QStringLiteral("scope"), profile.scopes.join(QLatin1Char(' ')));
    if (profile.useJwtAssertion)
        add(QStringLiteral("use_jwt_assertion"), QStringLiteral("true"));
    add(QStringLiteral("token_endpoint_auth_method"), profile.tokenEndpointAuthMethod);
    add(QStringLiteral("audience"), profile.audience);
    add(QStringLiteral("auth"), ServerProfile::authKindName(profile.authKind));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace sightline
