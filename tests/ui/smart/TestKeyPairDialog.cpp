#include "capabilities/ServerDialog.h"
#include "smart/KeyPairDialog.h"
#include "smart/SigningKey.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// The server dialog's "Create key pair…" for Backend Services clients: a real key is written
// (0600), the public JWKS is shown, and the profile points at the new key.
class TestKeyPairDialog : public QObject {
    Q_OBJECT
private slots:
    void createFromServerDialog() {
        QTemporaryDir dir;
        ServerProfile profile;
        profile.name = QStringLiteral("Backend");
        profile.fhirBase = QUrl(QStringLiteral("https://fhir.example.org/r4"));
        profile.authKind = ServerProfile::AuthKind::BackendServices;
        profile.clientId = QStringLiteral("sightline-backend");
        ServerDialog serverDialog(profile);
        serverDialog.show();
        auto* button = serverDialog.findChild<QPushButton*>(QStringLiteral("createKeyPair"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = serverDialog.findChild<KeyPairDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("keyPath"))
                    ->text()
                    .contains(QLatin1String("sightline-backend")));
        const QString path = dir.filePath(QStringLiteral("keys/backend.pem"));
        dialog->findChild<QLineEdit*>(QStringLiteral("keyPath"))->setText(path);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createKey")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->keyPath().isEmpty(), 20000);

        const auto perms = QFile::permissions(path); // 0600: nobody but the owner
        QVERIFY(perms.testFlag(QFile::ReadOwner) && perms.testFlag(QFile::WriteOwner));
        QCOMPARE(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
        const auto key = SigningKey::fromFile(path);
        QVERIFY(key.ok());
        const QJsonObject jwks = QJsonDocument::fromJson(dialog->jwks().toUtf8()).object();
        const QJsonObject jwk = jwks.value(QLatin1String("keys")).toArray().first().toObject();
        QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(jwk.value(QLatin1String("crv")).toString(), QStringLiteral("P-384"));
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), key->keyId());
        QVERIFY(!jwk.contains(QLatin1String("d"))); // public parts only
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("copyJwks"))->isEnabled());

        // The profile now uses the key.
        QCOMPARE(serverDialog.profile().clientSecretPath, path);
        QVERIFY(serverDialog.profile().useJwtAssertion);

        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog->grab().save(QString::fromLocal8Bit(shots) +
                                        QStringLiteral("/key-pair-dialog.png")));

        // A second key at the same place is refused: keys are never overwritten.
        KeyPairDialog again(path);
        QTest::mouseClick(again.findChild<QPushButton*>(QStringLiteral("createKey")),
                          Qt::LeftButton);
        QVERIFY(again.findChild<QLabel*>(QStringLiteral("keyMessage"))
                    ->text()
                    .contains(QLatin1String("exists already")));
        QVERIFY(again.keyPath().isEmpty());
    }

    void rsaKeyToo() {
        QTemporaryDir dir;
        KeyPairDialog dialog(dir.filePath(QStringLiteral("rsa.pem")));
        auto* algorithm = dialog.findChild<QComboBox*>(QStringLiteral("keyAlgorithm"));
        algorithm->setCurrentIndex(algorithm->findData(QStringLiteral("RS384")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createKey")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.keyPath().isEmpty(), 30000);
        QVERIFY(dialog.jwks().contains(QLatin1String("\"RSA\"")));
        QCOMPARE(SigningKey::fromFile(dialog.keyPath())->algorithmName(), QStringLiteral("RS384"));
    }
};

QTEST_MAIN(TestKeyPairDialog)
#include "TestKeyPairDialog.moc"
