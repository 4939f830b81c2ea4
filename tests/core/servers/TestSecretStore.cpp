#include "servers/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcessEnvironment>
#include <QTest>

using namespace sightline;

// Runs without a Secret Service (no session bus): the store must fail clearly and must not
// fall back to writing the secret anywhere on disk.
class TestSecretStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sightline-test-bus");
    }

    void noKeychainIsAClearError() {
        SecretStore store(QStringLiteral("SightlineTest"));
        std::optional<Status> result;
        store.write(QStringLiteral("server/x/secret"), "TOP-SECRET-VALUE", this,
                    [&](const Status& s) { result = s; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Error::Kind::Storage);
        QVERIFY2(result->error().message.contains(QLatin1String("No OS keychain")),
                 qPrintable(result->error().toString()));

        // Nothing under HOME holds the secret (no plain-text fallback).
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains("TOP-SECRET-VALUE"), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
