#include "network/NetworkSettings.h"

#include <QFile>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using sightline::NetworkSettings;

// Proxy and extra CA settings: kept, checked before use, and really applied to Qt's networking.
class TestNetworkSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // A self-signed CA certificate in PEM, made by the openssl tool.
    QString makeCertificate() {
        const QString pem = m_dir.filePath("hospital-ca.pem");
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                  "-subj", "/CN=Sightline Test Hospital CA", "-keyout",
                                  m_dir.filePath("ca.key"), "-out", pem});
        return openssl.waitForFinished(30000) && openssl.exitCode() == 0 ? pem : QString();
    }

private slots:
    void keptAcrossStarts() {
        NetworkSettings s;
        s.proxy = NetworkSettings::Proxy::Manual;
        s.proxyHost = "proxy.hospital.example";
        s.proxyPort = 3128;
        s.caBundle = "/etc/ssl/hospital.pem";
        const QString ini = m_dir.filePath("network.ini");
        QVERIFY(s.save(ini));
        QCOMPARE(NetworkSettings::load(ini), s);
        QCOMPARE(NetworkSettings::load(m_dir.filePath("missing.ini")), NetworkSettings());
    }

    void problems_data() {
        QTest::addColumn<int>("proxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("problem");
        const int manual = int(NetworkSettings::Proxy::Manual);
        const int system = int(NetworkSettings::Proxy::System);
        QTest::newRow("system") << system << "" << 0 << ""
                                << "";
        QTest::newRow("manual") << manual << "proxy.example" << 8080 << ""
                                << "";
        QTest::newRow("no host") << manual << " " << 8080 << ""
                                 << "host name";
        QTest::newRow("URL for host") << manual << "http://proxy" << 8080 << ""
                                      << "host name";
        QTest::newRow("no port") << manual << "proxy" << 0 << ""
                                 << "port";
        QTest::newRow("port too big") << manual << "proxy" << 70000 << ""
                                      << "port";
        QTest::newRow("missing CA") << system << "" << 0 << "/nonexistent/ca.pem"
                                    << "does not exist";
        QTest::newRow("CA not PEM")
            << system << "" << 0 << QString(SIGHTLINE_TEST_DATA_DIR) << "does not exist";
    }
    void problems() {
        QFETCH(int, proxy);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, ca);
        QFETCH(QString, problem);
        NetworkSettings s;
        s.proxy = NetworkSettings::Proxy(proxy);
        s.proxyHost = host;
        s.proxyPort = port;
        s.caBundle = ca;
        if (problem.isEmpty()) {
            QCOMPARE(s.problem(), QString());
        } else {
            QVERIFY2(s.problem().contains(problem), qPrintable(s.problem()));
            QVERIFY(!s.apply()); // nothing changed
        }
    }

    void aFileWithoutCertificatesIsRefused() {
        const QString notPem = m_dir.filePath("notes.pem");
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        NetworkSettings s;
        s.caBundle = notPem;
        QVERIFY(s.problem().contains("no PEM certificate"));
    }

    void appliedToQtNetworking() {
        NetworkSettings manual;
        manual.proxy = NetworkSettings::Proxy::Manual;
        manual.proxyHost = "proxy.hospital.example";
        manual.proxyPort = 3128;
        QVERIFY(manual.apply());
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QString("proxy.hospital.example"));
        QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(3128));

        NetworkSettings none;
        none.proxy = NetworkSettings::Proxy::None;
        QVERIFY(none.apply());
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);

        const QString pem = makeCertificate();
        QVERIFY(!pem.isEmpty());
        const QSslCertificate ca = QSslCertificate::fromPath(pem).value(0);
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(ca));
        const qsizetype before = QSslConfiguration::defaultConfiguration().caCertificates().size();
        NetworkSettings withCa;
        withCa.caBundle = pem;
        QVERIFY(withCa.apply());
        const auto after = QSslConfiguration::defaultConfiguration().caCertificates();
        QVERIFY(after.contains(ca));
        QCOMPARE(after.size(), before + 1); // added to the system's, not instead of them
        QVERIFY(withCa.describe().contains("hospital-ca.pem"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkSettings)
#include "TestNetworkSettings.moc"
