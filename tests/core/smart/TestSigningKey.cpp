#include "smart/ClientAssertion.h"
#include "smart/SigningKey.h"
#include "smart/TokenSet.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sightline;

class TestSigningKey : public QObject {
    Q_OBJECT
private slots:
    void keysAndAssertions_data() {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("signatureBytes");
        QTest::newRow("RS384") << int(SigningKey::Algorithm::RS384) << 384;
        QTest::newRow("ES384") << int(SigningKey::Algorithm::ES384) << 96; // raw r||s, not DER
    }
    void keysAndAssertions() {
        QFETCH(int, algorithm);
        QFETCH(int, signatureBytes);
        const auto key = SigningKey::generate(SigningKey::Algorithm(algorithm));
        QVERIFY2(key.ok(), qPrintable(key.error().toString()));
        const QJsonObject jwk = key->publicJwk();
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), key->keyId());
        QVERIFY(!jwk.contains(QLatin1String("d"))); // nothing private is published
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), key->algorithmName());

        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
        const auto assertion =
            ClientAssertion::create(*key, QStringLiteral("client-1"),
                                    QUrl(QStringLiteral("https://auth.example/token")), now, 3600);
        QVERIFY(assertion.ok());
        const QList<QByteArray> parts = assertion->split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), key->algorithmName());
        QCOMPARE(header.value(QLatin1String("kid")).toString(), key->keyId());
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("JWT"));
        const QJsonObject claims = TokenSet::jwtClaims(assertion.value());
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), QStringLiteral("client-1"));
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("client-1"));
        QCOMPARE(claims.value(QLatin1String("aud")).toString(),
                 QStringLiteral("https://auth.example/token"));
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger() - now.toSecsSinceEpoch(),
                 300); // capped at five minutes
        QVERIFY(claims.value(QLatin1String("jti")).toString().size() >= 32);
        QCOMPARE(QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding).size(),
                 signatureBytes);

        // The private key survives a PEM round trip and is written for its owner only.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(key->writePrivateKey(path).ok());
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const auto reread = SigningKey::fromFile(path);
        QVERIFY(reread.ok());
        QCOMPARE(reread->keyId(), key->keyId());
        QCOMPARE(reread->algorithm(), key->algorithm());
    }

    void rejectsUnusableKeys() {
        QVERIFY(!SigningKey::fromPem("not a key").ok());
        QVERIFY(!SigningKey::fromFile(QStringLiteral("/nonexistent/key.pem")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSigningKey)
#include "TestSigningKey.moc"
