#include "network/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sightline {

const QByteArray Redactor::kMask = QByteArrayLiteral("[redacted]");

namespace {

const QByteArrayView kSensitiveNames[] = {
    "authorization", "proxy-authorization", "cookie",        "set-cookie",
    "access_token",  "refresh_token",       "id_token",      "token",
    "client_secret", "client_assertion",    "code_verifier", "password",
    "assertion",     "x-api-key",           "api_key",       "subject_token",
    "secret",
};

// An OAuth authorization code is a secret in token-request forms, but `code` is also an
// ordinary FHIR search parameter (Observation?code=…), so URLs keep it.
bool isSensitiveFormName(const QString& name) {
    return name == QLatin1String("code") || Redactor::isSensitiveName(name.toUtf8());
}

QJsonValue redactJson(const QJsonValue& value) {
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (Redactor::isSensitiveName(it.key().toUtf8()))
                it.value() = QString::fromLatin1(Redactor::kMask);
            else
                it.value() = redactJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactJson(*it);
        return array;
    }
    return value;
}

} // namespace

bool Redactor::isSensitiveName(QByteArrayView name) {
    const QByteArray lower = name.toByteArray().toLower();
    for (const auto& sensitive : kSensitiveNames) {
        if (lower == sensitive)
            return true;
    }
    return false;
}

QByteArray Redactor::headerValue(const QByteArray& name, const QByteArray& value) {
    if (!isSensitiveName(name))
        return value;
    // Keep the scheme so engineers can still see "Bearer" vs "Basic".
    const int space = value.indexOf(' ');
    if (name.compare("authorization", Qt::CaseInsensitive) == 0 && space > 0)
        return value.left(space + 1) + kMask;
    return kMask;
}

HeaderList Redactor::headers(const HeaderList& list) {
    HeaderList out;
    out.reserve(list.size());
    for (const auto& [name, value] : list)
        out.append({name, headerValue(name, value)});
    return out;
}

QUrl Redactor::url(const QUrl& input) {
    QUrl out = input;
    if (!out.password().isEmpty())
        out.setPassword(QString::fromLatin1(kMask));
    if (out.hasQuery()) {
        QUrlQuery query(out);
        auto items = query.queryItems(QUrl::FullyEncoded);
        bool changed = false;
        for (auto& [key, value] : items) {
            if (isSensitiveName(QUrl::fromPercentEncoding(key.toUtf8()).toUtf8())) {
                value = QString::fromLatin1(kMask);
                changed = true;
            }
        }
        if (changed) {
            QUrlQuery redacted;
            redacted.setQueryItems(items);
            out.setQuery(redacted.query(QUrl::FullyEncoded), QUrl::StrictMode);
        }
    }
    return out;
}

QByteArray Redactor::body(const QByteArray& body, const QByteArray& contentType) {
    if (body.isEmpty())
        return body;
    const QByteArray type = contentType.toLower();
    if (type.contains("json")) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return text(QString::fromUtf8(body)).toUtf8();
        if (doc.isObject())
            return QJsonDocument(redactJson(doc.object()).toObject())
                .toJson(QJsonDocument::Indented);
        return QJsonDocument(redactJson(doc.array()).toArray()).toJson(QJsonDocument::Indented);
    }
    if (type.contains("x-www-form-urlencoded")) {
        QUrlQuery form(QString::fromUtf8(body));
        auto items = form.queryItems(QUrl::FullyEncoded);
        for (auto& [key, value] : items) {
            if (isSensitiveFormName(QUrl::fromPercentEncoding(key.toUtf8())))
                value = QString::fromLatin1(kMask);
        }
        QUrlQuery redacted;
        redacted.setQueryItems(items);
        return redacted.query(QUrl::FullyEncoded).toUtf8();
    }
    return QByteArrayLiteral("[") + QByteArray::number(body.size()) +
           QByteArrayLiteral(" bytes of ") +
           (contentType.isEmpty() ? QByteArrayLiteral("unknown type") : contentType) +
           QByteArrayLiteral("]");
}

QString Redactor::text(const QString& input) {
    static const QRegularExpression bearer(
        QStringLiteral(R"((Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral(R"(eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)"));
    static const QRegularExpression keyValue(
        QStringLiteral(
            R"(\b(access_token|refresh_token|id_token|client_secret|client_assertion|code_verifier|password)(["']?\s*[:=]\s*["']?)[^"'&\s,}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = input;
    out.replace(bearer, QStringLiteral("\\1 [redacted]"));
    out.replace(jwt, QStringLiteral("[redacted-jwt]"));
    out.replace(keyValue, QStringLiteral("\\1\\2[redacted]"));
    return out;
}

} // namespace sightline
