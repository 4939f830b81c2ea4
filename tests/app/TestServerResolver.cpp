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

        // Moving keeps what the string does not say: a SMART profile stays one (a bare address
        // with a name once reset it to no login), unless the string gives login settings.
        ServerProfile smart = store.save(moved->profile);
        smart.authKind = ServerProfile::AuthKind::SmartPublic;
        smart.clientId = QStringLiteral("sightline-desktop");
        smart.scopes = {QStringLiteral("launch/patient")};
        smart = store.save(smart);
        const auto movedAgain = ServerResolver::resolve(
            QStringLiteral("fhir+http://127.0.0.1:3000/fhir?name=Sandbox"), store);
        QCOMPARE(movedAgain->profile.fhirBase.port(), 3000);
        QCOMPARE(movedAgain->profile.authKind, ServerProfile::AuthKind::SmartPublic);
        QCOMPARE(movedAgain->profile.clientId, QStringLiteral("sightline-desktop"));
        QCOMPARE(movedAgain->profile.scopes, QStringList{QStringLiteral("launch/patient")});
        const auto relogged = ServerResolver::resolve(
            QStringLiteral("fhir+http://127.0.0.1:3000/fhir?name=Sandbox&client_id=other"), store);
        QCOMPARE(relogged->profile.clientId, QStringLiteral("other"));
        QVERIFY(relogged->profile.scopes.isEmpty());

        // Something new.
        const auto fresh =
            ServerResolver::resolve(QStringLiteral("https://hapi.example/baseR4"), store);
        QVERIFY(fresh->needsSave);
        QVERIFY(fresh->profile.id.isEmpty());

        const auto bad = ServerResolver::resolve(QStringLiteral("no such server"), store);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
    }

    // A DICOM node named again with other AE settings is the same node: the string's settings
    // apply to this use, nothing new is saved (a script calling with another calling AE title
    // once saved a copy per run); a name= never turns a FHIR server into a node.
    void dicomNodes() {
        QTemporaryDir dir;
        ServerStore store(dir.filePath(QStringLiteral("servers.ini")));
        const auto first = ServerResolver::resolve(
            QStringLiteral("dicom://PACS@pacs.example:104?name=Archive&calling=WS1"), store);
        QVERIFY(first.ok());
        QVERIFY(first->needsSave);
        const ServerProfile saved = store.save(first->profile);

        const auto again = ServerResolver::resolve(
            QStringLiteral("dicom://PACS@pacs.example:104?calling=WS2"), store);
        QVERIFY(again.ok());
        QVERIFY(!again->needsSave);
        QCOMPARE(again->profile.id, saved.id);
        QCOMPARE(again->profile.dicomNode.callingAeTitle, QStringLiteral("WS2"));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profile(saved.id)->dicomNode.callingAeTitle, QStringLiteral("WS1"));

        ServerProfile fhir;
        fhir.name = QStringLiteral("Clinic");
        fhir.fhirBase = QUrl(QStringLiteral("https://fhir.example/r4"));
        store.save(fhir);
        const auto named = ServerResolver::resolve(
            QStringLiteral("dicom://PACS@other.example?name=Clinic"), store);
        QVERIFY(named.ok());
        QVERIFY(named->profile.isDicomNode());
        QVERIFY(named->profile.id.isEmpty()); // a new node, not the FHIR server changed
    }
};

QTEST_GUILESS_MAIN(TestServerResolver)
#include "TestServerResolver.moc"
