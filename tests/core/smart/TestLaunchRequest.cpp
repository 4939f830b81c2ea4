#include "smart/LaunchRequest.h"

#include <QTest>

using namespace sightline;

class TestLaunchRequest : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("iss");
        QTest::addColumn<QString>("launch");
        QTest::newRow("link")
            << "sightline://launch?iss=https%3A%2F%2Fehr.example%2Ffhir%2F&launch=xyz123" << true
            << "https://ehr.example/fhir"
            << "xyz123";
        QTest::newRow("plain-http-loopback")
            << "sightline://launch?iss=http://127.0.0.1:8080/fhir&launch=a%20b" << true
            << "http://127.0.0.1:8080/fhir"
            << "a b";
        QTest::newRow("no-launch")
            << "sightline://launch?iss=https://ehr.example/fhir" << false << ""
            << "";
        QTest::newRow("no-iss") << "sightline://launch?launch=1" << false << ""
                                << "";
        QTest::newRow("file-iss") << "sightline://launch?iss=file:///etc/passwd&launch=1" << false
                                  << ""
                                  << "";
        QTest::newRow("iss-with-query")
            << "sightline://launch?iss=https%3A%2F%2Fehr.example%2Ffhir%3Fx%3D1&launch=1" << false
            << ""
            << "";
        QTest::newRow("other-scheme")
            << "https://launch?iss=https://ehr.example/fhir&launch=1" << false << ""
            << "";
        QTest::newRow("other-action")
            << "sightline://open?iss=https://ehr.example/fhir&launch=1" << false << ""
            << "";
    }
    void parse() {
        QFETCH(QString, link);
        QFETCH(bool, ok);
        QFETCH(QString, iss);
        QFETCH(QString, launch);
        const auto request = LaunchRequest::fromUrl(QUrl(link));
        QCOMPARE(request.ok(), ok);
        if (!ok) {
            QCOMPARE(request.error().kind, Error::Kind::InvalidInput);
            return;
        }
        QCOMPARE(request->iss.toString(), iss);
        QCOMPARE(request->launch, launch);
    }
};

QTEST_GUILESS_MAIN(TestLaunchRequest)
#include "TestLaunchRequest.moc"
