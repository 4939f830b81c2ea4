#include "servers/ConnectionString.h"

#include <QTest>

using namespace sightline;
using AuthKind = ServerProfile::AuthKind;

class TestConnectionString : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QStringList>("scopes");
        QTest::newRow("backend-jwt")
            << QStringLiteral("fhir://fhir.hospital.org/r4?client_id=app&client_secret_path=/keys/"
                              "app.pem&token_url=https://auth.hospital.org/token&scope=system/"
                              "*.rs&use_jwt_assertion=true")
            << QStringLiteral("https://fhir.hospital.org/r4") << int(AuthKind::BackendServices)
            << QStringLiteral("app") << QStringList{QStringLiteral("system/*.rs")};
        QTest::newRow("secret")
            << QStringLiteral(
                   "fhir://h:8443/fhir/?client_id=c&client_secret=s3cr%26t&token_url=https://h/"
                   "token&scope=system/Patient.rs+system/ImagingStudy.rs")
            << QStringLiteral("https://h:8443/fhir") << int(AuthKind::BackendServices)
            << QStringLiteral("c")
            << QStringList{QStringLiteral("system/Patient.rs"),
                           QStringLiteral("system/ImagingStudy.rs")};
        QTest::newRow("public")
            << QStringLiteral(
                   "fhir://ehr.example/api?client_id=sightline&scope=openid%20patient/*.rs")
            << QStringLiteral("https://ehr.example/api") << int(AuthKind::SmartPublic)
            << QStringLiteral("sightline")
            << QStringList{QStringLiteral("openid"), QStringLiteral("patient/*.rs")};
        QTest::newRow("loopback-http")
            << QStringLiteral("fhir+http://127.0.0.1:8080/fhir?name=Sandbox")
            << QStringLiteral("http://127.0.0.1:8080/fhir") << int(AuthKind::None) << QString()
            << QStringList{};
        QTest::newRow("plain-url") << QStringLiteral("https://hapi.example/baseR4/")
                                   << QStringLiteral("https://hapi.example/baseR4")
                                   << int(AuthKind::None) << QString() << QStringList{};
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(QString, base);
        QFETCH(int, auth);
        QFETCH(QString, clientId);
        QFETCH(QStringList, scopes);
        const auto parsed = ConnectionString::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->profile.fhirBase.toString(), base);
        QCOMPARE(int(parsed->profile.authKind), auth);
        QCOMPARE(parsed->profile.clientId, clientId);
        QCOMPARE(parsed->profile.scopes, scopes);
    }

    void secretIsSeparatedFromProfile() {
        const auto parsed = ConnectionString::parse(QStringLiteral(
            "fhir://h/fhir?client_id=c&client_secret=s3cr%26t&token_url=https://h/token"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->clientSecret, QByteArray("s3cr&t"));
        // The profile (what goes to settings) carries no trace of it.
        const QVariantMap map = parsed->profile.toVariantMap();
        for (const QVariant& value : map)
            QVERIFY(!value.toString().contains(QLatin1String("s3cr")));
        QVERIFY(!ConnectionString::format(parsed->profile).contains(QLatin1String("s3cr")));
    }

    // An empty name= keeps the name made from the address, so the string written back reads
    // the same (found by FuzzConnectionString).
    void emptyNameKeepsTheAddressName() {
        const auto parsed =
            ConnectionString::parse(QStringLiteral("dicomweb://pacs.hospital.org/dw?name"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->profile.name, QStringLiteral("pacs.hospital.org/dw"));
        const auto again = ConnectionString::parse(ConnectionString::format(parsed->profile));
        QVERIFY(again.ok());
        QCOMPARE(again->profile, parsed->profile);
    }

    void roundTrip() {
        const QString text = QStringLiteral(
            "fhir://fhir.hospital.org:9443/r4?name=Main%20EHR&client_id=app&client_secret_path=/"
            "keys/app.pem&token_url=https://auth.hospital.org/token&scope=system/*.rs%20system/"
            "Consent.rs&use_jwt_assertion=true&audience=https://fhir.hospital.org/r4");
        const auto first = ConnectionString::parse(text);
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        const QString formatted = ConnectionString::format(first->profile);
        const auto second = ConnectionString::parse(formatted);
        QVERIFY2(second.ok(),
                 qPrintable(formatted + QStringLiteral(" → ") + second.error().toString()));
        QCOMPARE(second->profile, first->profile);
        QCOMPARE(first->profile.name, QStringLiteral("Main EHR"));
        QCOMPARE(first->profile.audience, QStringLiteral("https://fhir.hospital.org/r4"));
    }

    // Found by FuzzConnectionString: a path of empty segments followed by bytes that are not
    // UTF-8 (each read as U+FFFD) came back as another profile when written and read again.
    void roundTripOfOddPaths_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("fuzz-d5246fba")
            << QByteArray("dicomweb://0////////////////") + QByteArray(53, char(0xbf)) +
                   QByteArray(21, char(0xf3)) + QByteArray(30, char(0xbf));
        QTest::newRow("empty segments") << QByteArray("fhir://host//a//b/");
        QTest::newRow("not UTF-8") << QByteArray("fhir://host/r4") + QByteArray(3, char(0xbf));
        QTest::newRow("noncharacter") << QByteArray("fhir://host/r4\xf3\xbf\xbf\xbf");
        QTest::newRow("encoded noncharacter") << QByteArray("fhir://host/r4%F3%BF%BF%BF");
        QTest::newRow("encoded, not UTF-8") << QByteArray("fhir://host/r4%BF?name=%F3");
    }
    void roundTripOfOddPaths() {
        QFETCH(QByteArray, text);
        const auto first = ConnectionString::parse(QString::fromUtf8(text));
        if (!first) {
            // Refusing is fine (with the reason); changing on the way round is not.
            QVERIFY(first.error().message.contains(QStringLiteral("not valid text")));
            return;
        }
        const QString formatted = ConnectionString::format(first->profile);
        const auto second = ConnectionString::parse(formatted);
        QVERIFY2(second.ok(), qPrintable(formatted));
        QCOMPARE(second->profile.fhirBase, first->profile.fhirBase);
        QCOMPARE(second->profile.name, first->profile.name);
        QCOMPARE(second->profile, first->profile);
    }

    void pacsWithoutFhir() {
        const auto parsed = ConnectionString::parse(
            QStringLiteral("dicomweb://pacs.hospital.org/dicom-web/?name=Main%20PACS&user=viewer"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        const ServerProfile& p = parsed->profile;
        QVERIFY(p.isDicomWebOnly());
        QCOMPARE(p.fhirBase.toString(), QStringLiteral("https://pacs.hospital.org/dicom-web"));
        QCOMPARE(p.authKind, AuthKind::Basic);
        QCOMPARE(p.userName, QStringLiteral("viewer"));
        QCOMPARE(p.name, QStringLiteral("Main PACS"));
        const auto again = ConnectionString::parse(ConnectionString::format(p));
        QVERIFY(again.ok());
        QCOMPARE(again->profile, p);

        const auto open =
            ConnectionString::parse(QStringLiteral("dicomweb+http://127.0.0.1:8042/dicom-web"));
        QVERIFY(open.ok());
        QVERIFY(open->profile.isDicomWebOnly());
        QCOMPARE(open->profile.authKind, AuthKind::None);
        QCOMPARE(open->profile.fhirBase.scheme(), QStringLiteral("http"));
        QVERIFY(!ConnectionString::parse(QStringLiteral("fhir://h/x"))
                     .value()
                     .profile.isDicomWebOnly());
    }

    // A DICOM node: its AE title before the host, port 104 unless given, Sightline's calling AE
    // title SIGHTLINE unless given; written back the same, and kept in the server list.
    void dicomNode() {
        const auto parsed = ConnectionString::parse(QStringLiteral(
            "dicom://ORTHANC@pacs.hospital.org:4242?calling=SL_WS1&name=Main%20PACS&timeout=5"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        const ServerProfile& p = parsed->profile;
        QVERIFY(p.isDicomNode());
        QVERIFY(!p.isFhir());
        QCOMPARE(p.dicomNode.host, QStringLiteral("pacs.hospital.org"));
        QCOMPARE(p.dicomNode.port, quint16(4242));
        QCOMPARE(p.dicomNode.calledAeTitle, QStringLiteral("ORTHANC"));
        QCOMPARE(p.dicomNode.callingAeTitle, QStringLiteral("SL_WS1"));
        QCOMPARE(p.dicomNode.responseTimeoutSeconds, 5);
        QCOMPARE(p.name, QStringLiteral("Main PACS"));
        QCOMPARE(p.fhirBase.toString(), QStringLiteral("dicom://ORTHANC@pacs.hospital.org:4242"));
        const auto again = ConnectionString::parse(ConnectionString::format(p));
        QVERIFY2(again.ok(), qPrintable(ConnectionString::format(p)));
        QCOMPARE(again->profile, p);
        QCOMPARE(ServerProfile::fromVariantMap(p.toVariantMap()), p);

        const auto plain = ConnectionString::parse(QStringLiteral("dicom://PACS@10.0.0.5"));
        QVERIFY(plain.ok());
        QCOMPARE(plain->profile.dicomNode.port, quint16(104));
        QCOMPARE(plain->profile.dicomNode.callingAeTitle, QStringLiteral("SIGHTLINE"));
        QCOMPARE(plain->profile.name, QStringLiteral("PACS@10.0.0.5:104"));
        QCOMPARE(plain->profile.dicomNode.retrieve, DicomNodeAddress::Retrieve::Get);

        // C-MOVE as the way studies come: kept in the string and in the saved profile.
        const auto move =
            ConnectionString::parse(QStringLiteral("dicom://PACS@10.0.0.5?retrieve=move"));
        QVERIFY(move.ok());
        QCOMPARE(move->profile.dicomNode.retrieve, DicomNodeAddress::Retrieve::Move);
        QVERIFY(ConnectionString::format(move->profile).contains(QLatin1String("retrieve=move")));
        QCOMPARE(ServerProfile::fromVariantMap(move->profile.toVariantMap()), move->profile);

        // DICOM TLS with a hospital's own CA: kept in the string and in the saved profile.
        const auto tls = ConnectionString::parse(QStringLiteral(
            "dicom://PACS@pacs.hospital.org:2762?tls=1&ca=/etc/ssl/hospital%20ca.pem"));
        QVERIFY2(tls.ok(), qPrintable(tls.ok() ? QString() : tls.error().toString()));
        QVERIFY(tls->profile.dicomNode.tls);
        QCOMPARE(tls->profile.dicomNode.tlsCaFile, QStringLiteral("/etc/ssl/hospital ca.pem"));
        const auto tlsAgain = ConnectionString::parse(ConnectionString::format(tls->profile));
        QVERIFY(tlsAgain.ok());
        QCOMPARE(tlsAgain->profile, tls->profile);
        QCOMPARE(ServerProfile::fromVariantMap(tls->profile.toVariantMap()), tls->profile);
        QVERIFY(!ConnectionString::format(plain->profile).contains(QLatin1String("tls")));
    }

    void badStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("scheme") << QStringLiteral("ftp://h/x") << QStringLiteral("starts with");
        QTest::newRow("no-host") << QStringLiteral("fhir:///path") << QStringLiteral("no host");
        QTest::newRow("unknown-param")
            << QStringLiteral("fhir://h/x?client_idd=a") << QStringLiteral("Unknown parameter");
        QTest::newRow("duplicate")
            << QStringLiteral("fhir://h/x?client_id=a&client_id=b") << QStringLiteral("twice");
        QTest::newRow("both-secrets")
            << QStringLiteral("fhir://h/x?client_id=a&client_secret=s&client_secret_path=/p")
            << QStringLiteral("not both");
        QTest::newRow("secret-no-id")
            << QStringLiteral("fhir://h/x?client_secret=s") << QStringLiteral("client_id");
        QTest::newRow("bad-bool")
            << QStringLiteral(
                   "fhir://h/x?client_id=a&client_secret_path=/p&use_jwt_assertion=maybe")
            << QStringLiteral("true or false");
        QTest::newRow("jwt-no-key")
            << QStringLiteral("fhir://h/x?client_id=a&use_jwt_assertion=true")
            << QStringLiteral("client_secret_path");
        QTest::newRow("jwt-secret")
            << QStringLiteral("fhir://h/x?client_id=a&client_secret=s&use_jwt_assertion=true")
            << QStringLiteral("private key");
        QTest::newRow("token-url") << QStringLiteral("fhir://h/x?client_id=a&token_url=not-a-url")
                                   << QStringLiteral("token_url");
        QTest::newRow("auth-kind")
            << QStringLiteral("fhir://h/x?auth=magic") << QStringLiteral("Unknown auth kind");
        QTest::newRow("pacs-smart") << QStringLiteral("dicomweb://h/x?client_id=a")
                                    << QStringLiteral("name, auth and user");
        QTest::newRow("pacs-auth")
            << QStringLiteral("dicomweb://h/x?auth=smart-public") << QStringLiteral("auth=basic");
        QTest::newRow("node-no-ae")
            << QStringLiteral("dicom://pacs:104") << QStringLiteral("AE title before the host");
        QTest::newRow("node-long-ae") << QStringLiteral("dicom://ABCDEFGHIJKLMNOPQ@pacs:104")
                                      << QStringLiteral("not an AE title");
        QTest::newRow("node-backslash-calling")
            << QStringLiteral("dicom://PACS@pacs:104?calling=A%5CB")
            << QStringLiteral("not an AE title");
        QTest::newRow("node-unknown") << QStringLiteral("dicom://PACS@pacs:104?client_id=x")
                                      << QStringLiteral("calling, name, timeout");
        QTest::newRow("node-retrieve") << QStringLiteral("dicom://PACS@pacs:104?retrieve=fetch")
                                       << QStringLiteral("get or move");
        QTest::newRow("node-tls") << QStringLiteral("dicom://PACS@pacs:104?tls=yes")
                                  << QStringLiteral("tls is 1 or 0");
        QTest::newRow("node-ca-without-tls")
            << QStringLiteral("dicom://PACS@pacs:104?ca=/etc/ca.pem")
            << QStringLiteral("add tls=1");
        QTest::newRow("node-empty-ca") << QStringLiteral("dicom://PACS@pacs:104?tls=1&ca=")
                                       << QStringLiteral("PEM certificates");
        QTest::newRow("node-timeout") << QStringLiteral("dicom://PACS@pacs:104?timeout=soon")
                                      << QStringLiteral("not a valid value");
        QTest::newRow("node-path")
            << QStringLiteral("dicom://PACS@pacs:104/studies") << QStringLiteral("no path");
        QTest::newRow("node-ipv6")
            << QStringLiteral("dicom://PACS@[fd00::5]:104") << QStringLiteral("IPv6");
        QTest::newRow("node-password")
            << QStringLiteral("dicom://PACS:secret@pacs:104") << QStringLiteral("no password");
        QTest::newRow("plain-with-query")
            << QStringLiteral("https://h/x?client_id=a") << QStringLiteral("plain server URL");
    }
    void badStrings() {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto parsed = ConnectionString::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestConnectionString)
#include "TestConnectionString.moc"
