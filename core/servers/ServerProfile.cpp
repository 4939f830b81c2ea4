#include "servers/ServerProfile.h"

#include <QUuid>

namespace sightline {

namespace {
const struct {
    ServerProfile::AuthKind kind;
    const char* name;
} kAuthNames[] = {
    {ServerProfile::AuthKind::None, "none"},
    {ServerProfile::AuthKind::Basic, "basic"},
    {ServerProfile::AuthKind::SmartPublic, "smart-public"},
    {ServerProfile::AuthKind::SmartConfidential, "smart-confidential"},
    {ServerProfile::AuthKind::BackendServices, "backend-services"},
};
} // namespace

QString ServerProfile::authKindName(AuthKind kind) {
    for (const auto& entry : kAuthNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("none");
}

ServerProfile::AuthKind ServerProfile::authKindFromName(const QString& name) {
    for (const auto& entry : kAuthNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return AuthKind::None;
}

QString ServerProfile::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariantMap ServerProfile::toVariantMap() const {
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), kind == Kind::DicomWeb    ? QStringLiteral("dicomweb")
                                 : kind == Kind::DicomNode ? QStringLiteral("dicom")
                                                           : QStringLiteral("fhir")},
        {QStringLiteral("fhirBase"), fhirBase.toString()},
        {QStringLiteral("authKind"), authKindName(authKind)},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("scopes"), scopes.join(QLatin1Char(' '))},
        {QStringLiteral("tokenUrl"), tokenUrl.toString()},
        {QStringLiteral("audience"), audience},
        {QStringLiteral("useJwtAssertion"), useJwtAssertion},
        {QStringLiteral("tokenEndpointAuthMethod"), tokenEndpointAuthMethod},
        {QStringLiteral("clientSecretPath"), clientSecretPath},
        {QStringLiteral("caCertificatePath"), caCertificatePath},
        {QStringLiteral("redirectPort"), redirectPort},
        {QStringLiteral("embeddedLogin"), embeddedLogin},
        {QStringLiteral("forwardAudit"), forwardAudit},
        {QStringLiteral("quirks/quoteMultipartType"), quirks.quoteMultipartType},
        {QStringLiteral("quirks/repeatIncludeField"), quirks.repeatIncludeField},
        {QStringLiteral("dicom/host"), dicomNode.host},
        {QStringLiteral("dicom/port"), dicomNode.port},
        {QStringLiteral("dicom/calledAeTitle"), dicomNode.calledAeTitle},
        {QStringLiteral("dicom/callingAeTitle"), dicomNode.callingAeTitle},
        {QStringLiteral("dicom/connectTimeoutSeconds"), dicomNode.connectTimeoutSeconds},
        {QStringLiteral("dicom/responseTimeoutSeconds"), dicomNode.responseTimeoutSeconds},
        {QStringLiteral("dicom/maxPdu"), dicomNode.maxPdu},
        {QStringLiteral("dicom/retrieve"), dicomNode.retrieve == DicomNodeAddress::Retrieve::Move
                                               ? QStringLiteral("move")
                                               : QStringLiteral("get")},
        {QStringLiteral("dicom/tls"), dicomNode.tls},
        {QStringLiteral("dicom/tlsCaFile"), dicomNode.tlsCaFile},
        {QStringLiteral("dicom/tlsCertificateFile"), dicomNode.tlsCertificateFile},
        {QStringLiteral("dicom/tlsKeyName"), dicomNode.tlsKeyName},
    };
}

ServerProfile ServerProfile::fromVariantMap(const QVariantMap& map) {
    ServerProfile p;
    p.id = map.value(QStringLiteral("id")).toString();
    p.name = map.value(QStringLiteral("name")).toString();
    const QString kind = map.value(QStringLiteral("kind")).toString();
    p.kind = kind == QLatin1String("dicomweb") ? Kind::DicomWeb
             : kind == QLatin1String("dicom")  ? Kind::DicomNode
                                               : Kind::Fhir;
    p.fhirBase = QUrl(map.value(QStringLiteral("fhirBase")).toString());
    p.authKind = authKindFromName(map.value(QStringLiteral("authKind")).toString());
    p.clientId = map.value(QStringLiteral("clientId")).toString();
    p.userName = map.value(QStringLiteral("userName")).toString();
    p.scopes =
        map.value(QStringLiteral("scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.tokenUrl = QUrl(map.value(QStringLiteral("tokenUrl")).toString());
    p.audience = map.value(QStringLiteral("audience")).toString();
    p.useJwtAssertion = map.value(QStringLiteral("useJwtAssertion")).toBool();
    p.tokenEndpointAuthMethod = map.value(QStringLiteral("tokenEndpointAuthMethod")).toString();
    p.clientSecretPath = map.value(QStringLiteral("clientSecretPath")).toString();
    p.caCertificatePath = map.value(QStringLiteral("caCertificatePath")).toString();
    p.redirectPort = map.value(QStringLiteral("redirectPort")).toInt();
    p.embeddedLogin = map.value(QStringLiteral("embeddedLogin")).toBool();
    p.forwardAudit = map.value(QStringLiteral("forwardAudit")).toBool();
    p.quirks.quoteMultipartType =
        map.value(QStringLiteral("quirks/quoteMultipartType"), false).toBool();
    p.quirks.repeatIncludeField =
        map.value(QStringLiteral("quirks/repeatIncludeField"), true).toBool();
    const DicomNodeAddress defaults;
    DicomNodeAddress& node = p.dicomNode;
    node.host = map.value(QStringLiteral("dicom/host")).toString();
    node.port = quint16(map.value(QStringLiteral("dicom/port"), defaults.port).toUInt());
    node.calledAeTitle = map.value(QStringLiteral("dicom/calledAeTitle")).toString();
    node.callingAeTitle =
        map.value(QStringLiteral("dicom/callingAeTitle"), defaults.callingAeTitle).toString();
    node.connectTimeoutSeconds =
        map.value(QStringLiteral("dicom/connectTimeoutSeconds"), defaults.connectTimeoutSeconds)
            .toInt();
    node.responseTimeoutSeconds =
        map.value(QStringLiteral("dicom/responseTimeoutSeconds"), defaults.responseTimeoutSeconds)
            .toInt();
    node.maxPdu = map.value(QStringLiteral("dicom/maxPdu"), defaults.maxPdu).toUInt();
    node.retrieve = map.value(QStringLiteral("dicom/retrieve")).toString() == QLatin1String("move")
                        ? DicomNodeAddress::Retrieve::Move
                        : DicomNodeAddress::Retrieve::Get;
    node.tls = map.value(QStringLiteral("dicom/tls"), false).toBool();
    node.tlsCaFile = map.value(QStringLiteral("dicom/tlsCaFile")).toString();
    node.tlsCertificateFile = map.value(QStringLiteral("dicom/tlsCertificateFile")).toString();
    node.tlsKeyName = map.value(QStringLiteral("dicom/tlsKeyName")).toString();
    return p;
}

QUrl ServerProfile::dicomNodeUrl(const DicomNodeAddress& node) {
    QUrl url;
    url.setScheme(QStringLiteral("dicom"));
    url.setUserName(node.calledAeTitle);
    url.setHost(node.host);
    url.setPort(node.port);
    return url;
}

} // namespace sightline
