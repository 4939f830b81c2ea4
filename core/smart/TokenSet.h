#pragma once
// What a SMART token endpoint granted: the tokens (held as SecretBytes), when the access token
// expires, the scopes actually granted, the launch context (patient, encounter, fhirContext …)
// and who logged in (fhirUser from the id_token). Value type; thread-safe to copy.

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "smart/SmartScope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace sightline {

struct TokenSet {
    SecretBytes accessToken;
    SecretBytes refreshToken;
    SecretBytes idToken;
    QString tokenType;
    QDateTime expiresUtc; // invalid when the server gave no expires_in
    SmartScopeSet scopes;
    QString patient;
    QString encounter;
    QJsonArray fhirContext; // e.g. [{"reference":"ImagingStudy/123"}]
    bool needPatientBanner = false;
    QString intent;
    QString tenant;
    QString smartStyleUrl;
    QString fhircastHub;   // FHIRcast hub.url, when the EHR offers context sync
    QString fhircastTopic; // FHIRcast hub.topic: the EHR session to follow
    QString fhirUser;      // from the id_token's claims
    QString subject;
    QString tokenId; // jti when the token is a JWT, else a fingerprint: what audit records

    // Parses a token endpoint's JSON. `now` turns expires_in into an instant.
    static Result<TokenSet> fromTokenResponse(const QJsonObject& json, const QDateTime& nowUtc);
    // Error responses (RFC 6749 §5.2) as a typed Error.
    static Error fromErrorResponse(int httpStatus, const QByteArray& body);
    // A refresh answer replaces what it carries and keeps the rest (e.g. the old refresh token).
    void mergeRefresh(const TokenSet& refreshed);
    bool expiresWithin(qint64 seconds, const QDateTime& nowUtc) const;
    // The payload of a JWT, unverified (it came straight from the token endpoint over TLS).
    static QJsonObject jwtClaims(const QByteArray& jwt);
};

} // namespace sightline
