#include "ServerResolver.h"
#include "servers/ServerStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestServerResolver : public QObject {
    Q_OBJECT
private slots:
    void resolves() {
        QTemporaryDir dir;
        ServerStore store(dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile saved;
        saved.name = QStringLiteral("Sandbox");
        saved.fhirBase = QUrl(QStringLiteral("http://127.0.0.1:1000/fhir"));
        saved = store.save(saved);

        // By name, by URL, by a connection string naming the same address.
        QCOMPARE(ServerResolver::resolve(QStringLiteral("Sandbox"), store)->profile.id, saved.id);
        QCOMPARE(ServerResolver::resolve(QStringLiteral("http://127.0.0.1:1000/fhir"), store)
                     ->profile.id,
                 saved.id);
        QVERIFY(!ServerResolver::resolve(QStringLiteral("http://127.0.0.1:1000/fhir"), store)
                     ->needsSave);

        // The same name at a new address updates the saved entry instead of adding another.
        const auto moved = ServerResolver::resolve(
            QStringLiteral("fhir+http://127.0.0.1:2000/fhir?name=Sandbox"), store);
        QVERIFY(moved.ok());
        QCOMPARE(moved->profile.id, saved.id);
        QVERIFY(moved->needsSave);
        QCOMPARE(moved->profile.fhirBase.port(), 2000);

        // Something new.
        const auto fresh =
            ServerResolver::resolve(QStringLiteral("https://hapi.example/baseR4"), store);
        QVERIFY(fresh->needsSave);
        QVERIFY(fresh->profile.id.isEmpty());

        const auto bad = ServerResolver::resolve(QStringLiteral("no such server"), store);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestServerResolver)
#include "TestServerResolver.moc"
