#include "servers/ServerStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestServerStore : public QObject {
    Q_OBJECT
private slots:
    void saveLoadRemove() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("servers.ini"));
        ServerProfile p;
        p.name = QStringLiteral("Sandbox – Müller's clinic");
        p.fhirBase = QUrl(QStringLiteral("http://127.0.0.1:8080/fhir"));
        p.authKind = ServerProfile::AuthKind::SmartPublic;
        p.clientId = QStringLiteral("sightline-desktop");
        p.scopes = {QStringLiteral("openid"), QStringLiteral("patient/*.rs")};
        p.redirectPort = 7001;
        p.quirks.quoteMultipartType = true;
        {
            ServerStore store(path);
            QSignalSpy changed(&store, &ServerStore::changed);
            p = store.save(p);
            QVERIFY(!p.id.isEmpty());
            QCOMPARE(changed.size(), 1);
        }
        ServerStore reopened(path);
        QCOMPARE(reopened.profiles().size(), 1);
        QCOMPARE(reopened.profiles().first(), p);
        QCOMPARE(reopened.find(p.name)->id, p.id);
        QCOMPARE(reopened.find(QStringLiteral("http://127.0.0.1:8080/fhir/"))->id, p.id);
        QVERIFY(!reopened.find(QStringLiteral("nope")));
        reopened.remove(p.id);
        QVERIFY(ServerStore(path).profiles().isEmpty());
    }

    void defaultLocationFollowsXdg() {
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        ServerStore store;
        QVERIFY2(store.fileName().startsWith(dir.path()), qPrintable(store.fileName()));
        QVERIFY(store.fileName().endsWith(QLatin1String("Sightline/servers.ini")));
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "TestServerStore.moc"
