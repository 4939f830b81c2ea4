#include "smart/TokenSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace sightline;

namespace {
QByteArray jwt(const QJsonObject& claims) {
    const QByteArray header =
        QByteArray(R"({"alg":"RS256"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload =
        QJsonDocument(claims)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return header + '.' + payload + ".c2ln";
}
} // namespace

class TestTokenSet : public QObject {
    Q_OBJECT
private slots:
    void parsesLaunchContext() {
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc());
        QJsonObject json{
            {QStringLiteral("access_token"),
             QString::fromLatin1(jwt({{QStringLiteral("jti"), QStringLiteral("tok-1")}}))},
            {QStringLiteral("token_type"), QStringLiteral("bearer")},
            {QStringLiteral("expires_in"), 300},
            {QStringLiteral("scope"), QStringLiteral("launch/patient patient/ImagingStudy.rs")},
            {QStringLiteral("refresh_token"), QStringLiteral("R1")},
            {QStringLiteral("id_token"),
             QString::fromLatin1(
                 jwt({{QStringLiteral("sub"), QStringLiteral("dr-rad")},
                      {QStringLiteral("fhirUser"), QStringLiteral("Practitioner/dr-rad")}}))},
            {QStringLiteral("patient"), QStringLiteral("pat-1")},
            {QStringLiteral("encounter"), QStringLiteral("enc-9")},
            {QStringLiteral("fhirContext"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("reference"), QStringLiteral("ImagingStudy/123")}}}},
            {QStringLiteral("need_patient_banner"), true},
            {QStringLiteral("intent"), QStringLiteral("reconcile")},
            {QStringLiteral("tenant"), QStringLiteral("t1")}};
        const auto t = TokenSet::fromTokenResponse(json, now);
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        QCOMPARE(t->expiresUtc, now.addSecs(300));
        QVERIFY(t->expiresWithin(300, now));
        QVERIFY(!t->expiresWithin(299, now));
        QCOMPARE(t->patient, QStringLiteral("pat-1"));
        QCOMPARE(t->encounter, QStringLiteral("enc-9"));
        QCOMPARE(t->fhirContext.first().toObject().value(QLatin1String("reference")).toString(),
                 QStringLiteral("ImagingStudy/123"));
        QVERIFY(t->needPatientBanner);
        QCOMPARE(t->intent, QStringLiteral("reconcile"));
        QCOMPARE(t->tenant, QStringLiteral("t1"));
        QCOMPARE(t->fhirUser, QStringLiteral("Practitioner/dr-rad"));
        QCOMPARE(t->tokenId, QStringLiteral("tok-1"));
        QVERIFY(t->scopes.covers(QStringLiteral("ImagingStudy"), SmartScope::Search));

        // Opaque tokens are identified by a fingerprint, never by the token.
        json.insert(QStringLiteral("access_token"), QStringLiteral("opaque-secret"));
        const auto opaque = TokenSet::fromTokenResponse(json, now);
        QVERIFY(opaque->tokenId.startsWith(QLatin1String("sha256:")));
        QVERIFY(!opaque->tokenId.contains(QLatin1String("opaque-secret")));
    }

    void refreshKeepsOldRefreshToken() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto first =
            TokenSet::fromTokenResponse({{QStringLiteral("access_token"), QStringLiteral("A1")},
                                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                         {QStringLiteral("refresh_token"), QStringLiteral("R1")},
                                         {QStringLiteral("patient"), QStringLiteral("p")},
                                         {QStringLiteral("expires_in"), 60}},
                                        now)
                .value();
        const auto second =
            TokenSet::fromTokenResponse({{QStringLiteral("access_token"), QStringLiteral("A2")},
                                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                         {QStringLiteral("expires_in"), 600}},
                                        now)
                .value();
        first.mergeRefresh(second);
        QCOMPARE(first.accessToken.reveal(), QByteArray("A2"));
        QCOMPARE(first.refreshToken.reveal(), QByteArray("R1"));
        QCOMPARE(first.patient, QStringLiteral("p")); // launch context stays
        QCOMPARE(first.expiresUtc, now.addSecs(600));
    }

    void badResponses_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::newRow("no-token") << QByteArray(R"({"token_type":"Bearer"})")
                                  << int(Error::Kind::MalformedData);
        QTest::newRow("mac-token") << QByteArray(R"({"access_token":"x","token_type":"mac"})")
                                   << int(Error::Kind::Unsupported);
    }
    void badResponses() {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        const auto t = TokenSet::fromTokenResponse(QJsonDocument::fromJson(json).object(),
                                                   QDateTime::currentDateTimeUtc());
        QVERIFY(!t.ok());
        QCOMPARE(int(t.error().kind), kind);
    }

    void errorResponses() {
        const Error grant = TokenSet::fromErrorResponse(
            400, R"({"error":"invalid_grant","error_description":"grant request is invalid"})");
        QCOMPARE(grant.kind, Error::Kind::Authorization);
        QVERIFY(grant.message.contains(QLatin1String("log in again")));
        QCOMPARE(grant.details, QStringLiteral("grant request is invalid"));
        const Error client = TokenSet::fromErrorResponse(401, R"({"error":"invalid_client"})");
        QVERIFY(client.message.contains(QLatin1String("invalid_client")));
        const Error html = TokenSet::fromErrorResponse(502, "<html>gateway</html>");
        QCOMPARE(html.kind, Error::Kind::Http);
        QCOMPARE(html.httpStatus, 502);
    }

    void secretsWipe() {
        SecretBytes a(QByteArray("top-secret"));
        SecretBytes b = a;
        a.clear();
        QCOMPARE(b.reveal(), QByteArray("top-secret")); // a shared buffer is not wiped under b
        b.clear();
        QVERIFY(b.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenSet)
#include "TestTokenSet.moc"
