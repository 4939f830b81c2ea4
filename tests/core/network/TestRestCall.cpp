#include "network/NetworkRecorder.h"
#include "network/RestCall.h"
#include "support/FakeNetworkAccessManager.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace sightline;
using namespace sightline::test;

class TestRestCall : public QObject {
    Q_OBJECT

    Result<HttpResponse> run(FakeNetworkAccessManager& network, NetworkRecorder* recorder,
                             HttpRequestSpec spec,
                             std::function<void(RestCall*)> whileRunning = {}) {
        auto* call = new RestCall(&network, recorder, std::move(spec));
        std::optional<Result<HttpResponse>> result;
        connect(call, &RestCall::finished, this,
                [&](const Result<HttpResponse>& r) { result = r; });
        call->start();
        if (whileRunning)
            whileRunning(call);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(
            Result<HttpResponse>(Error::make(Error::Kind::None, QStringLiteral("no result"))));
    }

    // A real HTTP server on 127.0.0.1 that answers 200 with a 100 kB body, sent all at once or
    // one byte every 50 ms (a slow-loris server).
    struct TricklingServer {
        QTcpServer server;
        QList<QTimer*> timers;
        explicit TricklingServer(bool trickle) {
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this, trickle] {
                QTcpSocket* socket = server.nextPendingConnection();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                              "Content-Length: 100000\r\n\r\n");
                if (!trickle) {
                    socket->write(QByteArray(100000, 'x'));
                    return;
                }
                auto* timer = new QTimer(socket);
                QObject::connect(timer, &QTimer::timeout, socket,
                                 [socket] { socket->write("x", 1); });
                timer->start(50);
            });
            server.listen(QHostAddress::LocalHost);
        }
        QUrl url() const {
            return QUrl(QStringLiteral("http://127.0.0.1:%1/body").arg(server.serverPort()));
        }
    };

    Result<HttpResponse> stream(const QUrl& url, qint64* streamed) {
        QNetworkAccessManager network;
        HttpRequestSpec spec;
        spec.url = url;
        spec.timeoutMs = 10000; // idle: every trickled byte restarts it
        spec.lowSpeed = {200, 500};
        auto* call = new RestCall(&network, nullptr, spec);
        call->setBodySink([streamed](const QByteArray&, QIODevice& body) -> Status {
            *streamed += body.readAll().size();
            return Done{};
        });
        std::optional<Result<HttpResponse>> result;
        connect(call, &RestCall::finished, this,
                [&](const Result<HttpResponse>& r) { result = r; });
        call->start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 8000); }();
        return result.value_or(
            Result<HttpResponse>(Error::make(Error::Kind::None, QStringLiteral("no result"))));
    }

private slots:
    // A server trickling its body is stopped once it stays under the speed limit for a window;
    // the idle timeout alone would wait forever. A fast body is not affected.
    void slowLorisBodyIsStopped() {
        TricklingServer slow(true);
        qint64 streamed = 0;
        QElapsedTimer clock;
        clock.start();
        const auto result = stream(slow.url(), &streamed);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
        QVERIFY2(result.error().message.contains(QLatin1String("too slowly")),
                 qPrintable(result.error().toString()));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(streamed < 100);

        TricklingServer fast(false);
        streamed = 0;
        const auto whole = stream(fast.url(), &streamed);
        QVERIFY2(whole.ok(), qPrintable(whole.error().toString()));
        QCOMPARE(streamed, qint64(100000));
    }

    void redirectToOtherOriginDropsAuthorization() {
        FakeNetworkAccessManager network;
        NetworkRecorder recorder;
        ScriptedReply redirect;
        redirect.status = 302;
        redirect.headers = {{"Location", "http://files.example:9000/blob/1"}};
        network.enqueue("GET", QUrl(QStringLiteral("http://fhir.example/fhir/Binary/1")), redirect);
        network.enqueue("GET", QUrl(QStringLiteral("http://files.example:9000/blob/1")),
                        jsonReply(200, "{}"));

        HttpRequestSpec spec;
        spec.url = QUrl(QStringLiteral("http://fhir.example/fhir/Binary/1"));
        spec.setHeader("Authorization", "Bearer SECRET");
        const auto result = run(network, &recorder, spec);
        QVERIFY(result.ok());
        QCOMPARE(network.requests().size(), 2);
        QCOMPARE(network.requests()[0].header("Authorization"), QByteArray("Bearer SECRET"));
        QVERIFY(network.requests()[1].header("Authorization").isEmpty());
        QCOMPARE(result->finalUrl, QUrl(QStringLiteral("http://files.example:9000/blob/1")));
        QVERIFY(recorder.exchanges().first().note.contains(QLatin1String("Authorization dropped")));
    }

    // maxRedirects 0: the redirect is the answer (a DELETE or a kick-off must not change).
    void withoutRedirectsTheRedirectIsTheAnswer() {
        FakeNetworkAccessManager network;
        ScriptedReply moved;
        moved.status = 301;
        moved.headers = {{"Location", "http://fhir.example/elsewhere"}};
        network.enqueue("DELETE", QUrl(QStringLiteral("http://fhir.example/status/1")), moved);
        HttpRequestSpec spec;
        spec.method = "DELETE";
        spec.url = QUrl(QStringLiteral("http://fhir.example/status/1"));
        spec.maxRedirects = 0;
        const auto result = run(network, nullptr, spec);
        QVERIFY(result.ok());
        QCOMPARE(result->status, 301);
        QCOMPARE(network.requests().size(), 1);
    }

    void sameOriginRedirectKeepsAuthorization() {
        FakeNetworkAccessManager network;
        ScriptedReply redirect;
        redirect.status = 307;
        redirect.headers = {{"Location", "/fhir/Patient/2"}};
        network.enqueue("GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient/1")),
                        redirect);
        network.enqueue("GET", QUrl(QStringLiteral("http://fhir.example/fhir/Patient/2")),
                        jsonReply(200, "{}"));
        HttpRequestSpec spec;
        spec.url = QUrl(QStringLiteral("http://fhir.example/fhir/Patient/1"));
        spec.setHeader("Authorization", "Bearer SECRET");
        QVERIFY(run(network, nullptr, spec).ok());
        QCOMPARE(network.requests()[1].header("Authorization"), QByteArray("Bearer SECRET"));
    }

    void refusesHttpsToHttpRedirect() {
        FakeNetworkAccessManager network;
        ScriptedReply redirect;
        redirect.status = 301;
        redirect.headers = {{"Location", "http://fhir.example/fhir/metadata"}};
        network.enqueue("GET", QUrl(QStringLiteral("https://fhir.example/fhir/metadata")),
                        redirect);
        HttpRequestSpec spec;
        spec.url = QUrl(QStringLiteral("https://fhir.example/fhir/metadata"));
        const auto result = run(network, nullptr, spec);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Tls);
        QCOMPARE(network.requests().size(), 1);
    }

    void retriesAfter429WithRetryAfter() {
        FakeNetworkAccessManager network;
        NetworkRecorder recorder;
        const QUrl url(QStringLiteral("http://fhir.example/fhir/Patient"));
        network.enqueue("GET", url, jsonReply(429, "{}", {{"Retry-After", "0"}}));
        network.enqueue("GET", url, jsonReply(503, "{}", {{"Retry-After", "0"}}));
        network.enqueue("GET", url, jsonReply(200, R"({"resourceType":"Bundle"})"));
        HttpRequestSpec spec;
        spec.url = url;
        const auto result = run(network, &recorder, spec);
        QVERIFY(result.ok());
        QCOMPARE(result->status, 200);
        QCOMPARE(result->attempts, 3);
        QCOMPARE(network.requests().size(), 3);
        QCOMPARE(recorder.exchanges().size(), 3);
        QCOMPARE(recorder.exchanges()[0].status, 429);
    }

    void givesUpAfterMaxAttempts() {
        FakeNetworkAccessManager network;
        const QUrl url(QStringLiteral("http://fhir.example/fhir/Patient"));
        network.setHandler([](const RecordedRequest&) {
            return jsonReply(503, "{}", {{"Retry-After", "0"}});
        });
        HttpRequestSpec spec;
        spec.url = url;
        spec.retry.maxAttempts = 2;
        const auto result = run(network, nullptr, spec);
        QVERIFY(result.ok()); // the final 503 is an answer, not a transport failure
        QCOMPARE(result->status, 503);
        QCOMPARE(network.requests().size(), 2);
    }

    void timeout() {
        FakeNetworkAccessManager network;
        ScriptedReply slow = jsonReply(200, "{}");
        slow.delayMs = 5000;
        const QUrl url(QStringLiteral("http://fhir.example/slow"));
        network.enqueue("GET", url, slow);
        HttpRequestSpec spec;
        spec.url = url;
        spec.timeoutMs = 100;
        const auto result = run(network, nullptr, spec);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
    }

    void cancel() {
        FakeNetworkAccessManager network;
        ScriptedReply slow = jsonReply(200, "{}");
        slow.delayMs = 5000;
        const QUrl url(QStringLiteral("http://fhir.example/slow"));
        network.enqueue("GET", url, slow);
        HttpRequestSpec spec;
        spec.url = url;
        const auto result = run(network, nullptr, spec, [](RestCall* call) { call->cancel(); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Cancelled);
    }

    void transportErrorsAreTyped() {
        FakeNetworkAccessManager network;
        ScriptedReply refused;
        refused.error = QNetworkReply::ConnectionRefusedError;
        const QUrl url(QStringLiteral("http://down.example/fhir/metadata"));
        network.enqueue("GET", url, refused);
        HttpRequestSpec spec;
        spec.url = url;
        const auto result = run(network, nullptr, spec);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Network);
        QVERIFY(result.error().message.contains(QLatin1String("down.example")));
    }

    void rejectsNonHttpUrls() {
        FakeNetworkAccessManager network;
        HttpRequestSpec spec;
        spec.url = QUrl(QStringLiteral("file:///etc/passwd"));
        const auto result = run(network, nullptr, spec);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::InvalidInput);
        QVERIFY(network.requests().isEmpty());
    }

    void recorderRedacts() {
        FakeNetworkAccessManager network;
        NetworkRecorder recorder;
        const QUrl url(QStringLiteral("http://auth.example/token"));
        network.enqueue("POST", url,
                        jsonReply(200, R"({"access_token":"AT-SECRET","token_type":"Bearer"})",
                                  {{"Content-Type", "application/json"}}));
        HttpRequestSpec spec;
        spec.method = "POST";
        spec.url = url;
        spec.setHeader("Content-Type", "application/x-www-form-urlencoded");
        spec.body = "grant_type=refresh_token&refresh_token=RT-SECRET";
        QVERIFY(run(network, &recorder, spec).ok());
        const HttpExchange e = recorder.exchanges().first();
        QVERIFY(!e.requestBody.contains("RT-SECRET"));
        QVERIFY(!e.responseBody.contains("AT-SECRET"));
        QVERIFY(e.responseBody.contains("Bearer"));
    }
};

QTEST_GUILESS_MAIN(TestRestCall)
#include "TestRestCall.moc"
