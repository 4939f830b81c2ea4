#include "fhir/FhirClient.h"
#include "fhir/FhirSearchPager.h"
#include "fhir/OperationOutcome.h"
#include "network/RestCall.h"
#include "support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

namespace {
const QUrl kBase(QStringLiteral("http://fhir.example/fhir"));

QByteArray bundlePage(int firstId, int count, const QString& next) {
    QJsonArray entries;
    for (int i = 0; i < count; ++i) {
        entries.append(
            QJsonObject{{QStringLiteral("resource"),
                         QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                                     {QStringLiteral("id"), QString::number(firstId + i)}}},
                        {QStringLiteral("search"),
                         QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")}}}});
    }
    QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                       {QStringLiteral("type"), QStringLiteral("searchset")},
                       {QStringLiteral("entry"), entries}};
    if (!next.isEmpty())
        bundle.insert(QStringLiteral("link"),
                      QJsonArray{QJsonObject{{QStringLiteral("relation"), QStringLiteral("next")},
                                             {QStringLiteral("url"), next}}});
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}
} // namespace

class TestFhirClient : public QObject {
    Q_OBJECT

    Result<FhirReply> wait(std::function<void(FhirCallback)> start) {
        std::optional<Result<FhirReply>> result;
        start([&](const Result<FhirReply>& r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(Result<FhirReply>(Error{}));
    }

    Result<int> runPager(FhirSearchPager& pager) {
        std::optional<Result<int>> result;
        connect(&pager, &FhirSearchPager::finished, this,
                [&](const Result<int>& r) { result = r; });
        pager.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(Result<int>(Error{}));
    }

private slots:
    void readSendsFhirJsonAccept() {
        FakeNetworkAccessManager network;
        network.enqueue(
            "GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient/p%201")),
            jsonReply(200, R"({"resourceType":"Patient","id":"p 1"})", {{"ETag", "W/\"3\""}}));
        FhirClient client(&network, nullptr, QUrl(QStringLiteral("http://fhir.example/fhir/")));
        const auto reply = wait([&](FhirCallback cb) {
            client.read(QStringLiteral("Patient"), QStringLiteral("p 1"), this, cb);
        });
        QVERIFY2(reply.ok(), qPrintable(reply.error().toString()));
        QCOMPARE(reply->resource.value(QLatin1String("id")).toString(), QStringLiteral("p 1"));
        QCOMPARE(reply->etag, QByteArray("W/\"3\""));
        QCOMPARE(network.requests().first().header("Accept"), QByteArray("application/fhir+json"));
    }

    void operationOutcomeBecomesTypedError() {
        FakeNetworkAccessManager network;
        network.enqueue(
            "POST", QUrl(QStringLiteral("http://fhir.example/fhir/Patient")),
            jsonReply(
                400,
                R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"structure",
                            "details":{"text":"Invalid date format"},"expression":["Patient.birthDate"]}]})"));
        FhirClient client(&network, nullptr, kBase);
        const QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                                  {QStringLiteral("birthDate"), QStringLiteral("yesterday")}};
        const auto reply = wait([&](FhirCallback cb) { client.create(patient, this, cb); });
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, Error::Kind::Fhir);
        QCOMPARE(reply.error().httpStatus, 400);
        QVERIFY(reply.error().message.contains(QLatin1String("Invalid date format")));
        QVERIFY(reply.error().details.contains(QLatin1String("Patient.birthDate")));
    }

    void plainHttpErrorKeepsStatus() {
        FakeNetworkAccessManager network;
        ScriptedReply html;
        html.status = 502;
        html.body = "<html>Bad gateway</html>";
        html.headers = {{"Content-Type", "text/html"}};
        network.enqueue("GET", QUrl(QStringLiteral("http://fhir.example/fhir/metadata")), html);
        FhirClient client(&network, nullptr, kBase);
        const auto reply = wait([&](FhirCallback cb) { client.capabilities(this, cb); });
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, Error::Kind::Http);
        QCOMPARE(reply.error().httpStatus, 502);
        QVERIFY(reply.error().details.contains(QLatin1String("Bad gateway")));
    }

    void malformedJson_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated")
            << QByteArray(R"({"resourceType":"Patient","id":)") << QStringLiteral("not valid JSON");
        QTest::newRow("html") << QByteArray("<html>login</html>")
                              << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("not-fhir") << QByteArray(R"({"hello":"world"})")
                                  << QStringLiteral("not a FHIR resource");
    }
    void malformedJson() {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        FakeNetworkAccessManager network;
        network.enqueue("GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient/1")),
                        jsonReply(200, body));
        FhirClient client(&network, nullptr, kBase);
        const auto reply = wait([&](FhirCallback cb) {
            client.read(QStringLiteral("Patient"), QStringLiteral("1"), this, cb);
        });
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().kind, Error::Kind::MalformedData);
        QVERIFY2(reply.error().message.contains(messagePart), qPrintable(reply.error().message));
    }

    void retryAfterOn429ThenSuccess() {
        FakeNetworkAccessManager network;
        const QUrl url(QStringLiteral("http://fhir.example/fhir/Patient?name=M%C3%BCller"));
        network.enqueue(
            "GET", url,
            jsonReply(
                429,
                R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"throttled"}]})",
                {{"Retry-After", "1"}}));
        network.enqueue("GET", url, jsonReply(200, bundlePage(1, 1, {})));
        FhirClient client(&network, nullptr, kBase);
        QElapsedTimer timer;
        timer.start();
        const auto reply = wait([&](FhirCallback cb) {
            client.search(QStringLiteral("Patient"),
                          {{QStringLiteral("name"), QStringLiteral("Müller")}},
                          FhirClient::SearchMethod::Get, this, cb);
        });
        QVERIFY2(reply.ok(), qPrintable(reply.error().toString()));
        QCOMPARE(network.requests().size(), 2);
        QVERIFY2(timer.elapsed() >= 900, "Retry-After: 1 must be honoured");
    }

    void pagerFollowsNextLinks() {
        FakeNetworkAccessManager network;
        network.enqueue(
            "GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient?_count=2")),
            jsonReply(200, bundlePage(1, 2,
                                      QStringLiteral(
                                          "http://fhir.example/fhir/Patient?_count=2&_offset=2"))));
        network.enqueue(
            "GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient?_count=2&_offset=2")),
            jsonReply(200, bundlePage(3, 2,
                                      QStringLiteral(
                                          "http://fhir.example/fhir/Patient?_count=2&_offset=4"))));
        network.enqueue("GET",
                        QUrl(QStringLiteral("http://fhir.example/fhir/Patient?_count=2&_offset=4")),
                        jsonReply(200, bundlePage(5, 1, {})));
        FhirClient client(&network, nullptr, kBase);
        FhirSearchPager pager(&client, QStringLiteral("Patient"),
                              {{QStringLiteral("_count"), QStringLiteral("2")}});
        QSignalSpy pages(&pager, &FhirSearchPager::pageReady);
        const auto result = runPager(pager);
        QCOMPARE(pages.size(), 3);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 5);
    }

    void pagerStopsAtPageLimit() {
        FakeNetworkAccessManager network;
        // A server whose next link never ends must not keep Sightline busy forever.
        network.setHandler([](const RecordedRequest& r) {
            return jsonReply(200, bundlePage(1, 1, r.url.toString() + QStringLiteral("&p=1")));
        });
        FhirClient client(&network, nullptr, kBase);
        FhirSearchPager pager(&client, QStringLiteral("Patient"),
                              {{QStringLiteral("x"), QStringLiteral("1")}}, 4);
        QVERIFY(runPager(pager).ok());
        QCOMPARE(pager.pagesFetched(), 4);
    }

    void nextLinkToOtherOriginIsRefused() {
        FakeNetworkAccessManager network;
        network.enqueue(
            "GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient")),
            jsonReply(200, bundlePage(1, 1, QStringLiteral("http://evil.example/steal?page=2"))));
        FhirClient client(&network, nullptr, kBase);
        client.setDefaultHeaders({{"Authorization", "Bearer SECRET"}});
        FhirSearchPager pager(&client, QStringLiteral("Patient"), {});
        const auto result = runPager(pager);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QLatin1String("another origin")));
        QCOMPARE(network.requests().size(), 1);
    }

    void conditionalCreateSendsIfNoneExist() {
        FakeNetworkAccessManager network;
        network.enqueue("POST", QUrl(QStringLiteral("http://fhir.example/fhir/Patient")),
                        jsonReply(200, R"({"resourceType":"Patient","id":"existing"})"));
        FhirClient client(&network, nullptr, kBase);
        const QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")}};
        const auto reply = wait([&](FhirCallback cb) {
            client.create(patient, this, cb, QStringLiteral("identifier=urn:x|1"));
        });
        QVERIFY(reply.ok());
        QCOMPARE(network.requests().first().header("If-None-Exist"),
                 QByteArray("identifier=urn:x|1"));
        QVERIFY(
            network.requests().first().header("Content-Type").startsWith("application/fhir+json"));
    }

    void postSearchUsesForm() {
        FakeNetworkAccessManager network;
        network.enqueue("POST", QUrl(QStringLiteral("http://fhir.example/fhir/Consent/_search")),
                        jsonReply(200, bundlePage(1, 1, {})));
        FhirClient client(&network, nullptr, kBase);
        const auto reply = wait([&](FhirCallback cb) {
            client.search(QStringLiteral("Consent"),
                          {{QStringLiteral("patient"), QStringLiteral("Patient/1")}},
                          FhirClient::SearchMethod::Post, this, cb);
        });
        QVERIFY(reply.ok());
        QCOMPARE(network.requests().first().body, QByteArray("patient=Patient%2F1"));
        QCOMPARE(network.requests().first().header("Content-Type"),
                 QByteArray("application/x-www-form-urlencoded"));
    }

    void operationWithParametersPosts() {
        FakeNetworkAccessManager network;
        network.enqueue("POST",
                        QUrl(QStringLiteral("http://fhir.example/fhir/Patient/1/$everything")),
                        jsonReply(200, bundlePage(1, 1, {})));
        FhirClient client(&network, nullptr, kBase);
        const QJsonObject params{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}};
        const auto reply = wait([&](FhirCallback cb) {
            client.operation(QStringLiteral("Patient/1/$everything"), {}, params, this, cb);
        });
        QVERIFY2(reply.ok(), qPrintable(reply.error().toString()));
    }

    void contextDestroyedCancelsCall() {
        FakeNetworkAccessManager network;
        ScriptedReply slow = jsonReply(200, R"({"resourceType":"Patient"})");
        slow.delayMs = 3000;
        network.enqueue("GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient/1")), slow);
        FhirClient client(&network, nullptr, kBase);
        bool called = false;
        auto* context = new QObject;
        QPointer<RestCall> call = client.read(QStringLiteral("Patient"), QStringLiteral("1"),
                                              context, [&](const auto&) { called = true; });
        delete context;
        QTRY_VERIFY(call.isNull()); // cancelled and cleaned up, long before the reply would come
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestFhirClient)
#include "TestFhirClient.moc"
