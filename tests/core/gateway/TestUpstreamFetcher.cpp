#include "gateway/UpstreamFetcher.h"
#include "gateway/UpstreamPipe.h"
#include "support/FakeNetworkAccessManager.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sightline;
using namespace sightline::test;
using namespace std::chrono_literals;

// The gateway's upstream side against a scripted network: what it sends, what reaches the
// viewer's pipe (status, headers, every byte), redirects handed on rather than followed, a body
// larger than the pipe delivered as the viewer drains it, and failures before and after the
// head told apart.
class TestUpstreamFetcher : public QObject {
    Q_OBJECT

    struct Received {
        std::optional<UpstreamHead> head;
        UpstreamPipe::Failure failure;
        QByteArray body;
        UpstreamPipe::Read end = UpstreamPipe::Read::TimedOut;
    };

    // Drains the pipe the way the gateway's HTTP worker does, while the event loop runs.
    Received drain(UpstreamPipe& pipe) {
        Received r;
        QElapsedTimer timer;
        timer.start();
        while (!r.head && timer.elapsed() < 5000) {
            QTest::qWait(5);
            r.head = pipe.waitHead(0ms, &r.failure);
            if (!r.failure.reason.isEmpty())
                return r;
        }
        while (timer.elapsed() < 10000) {
            QByteArray chunk;
            r.end = pipe.read(&chunk, 0ms);
            if (r.end == UpstreamPipe::Read::Data)
                r.body += chunk;
            else if (r.end != UpstreamPipe::Read::TimedOut)
                break;
            else
                QTest::qWait(2);
        }
        return r;
    }

    static UpstreamRequest request(const QString& url) {
        UpstreamRequest r;
        r.url = QUrl(url);
        r.headers = {{"Accept", "application/dicom+json"}, {"Authorization", "Bearer T0KEN"}};
        return r;
    }

private slots:
    void passesTheAnswerThrough() {
        FakeNetworkAccessManager network;
        const QByteArray json = R"([{"0020000D":{"vr":"UI","Value":["1.2.3"]}}])";
        network.enqueue(
            "GET", QUrl("https://pacs.example/dicom-web/studies?PatientID=7"),
            {200, {{"Content-Type", "application/dicom+json"}, {"X-Server", "p"}}, json});
        UpstreamFetcher fetcher(&network);
        auto pipe = std::make_shared<UpstreamPipe>();
        fetcher.fetch(request("https://pacs.example/dicom-web/studies?PatientID=7"), pipe);
        const Received r = drain(*pipe);
        QVERIFY(r.head);
        QCOMPARE(r.head->status, 200);
        QCOMPARE(r.head->header("Content-Type"), QByteArray("application/dicom+json"));
        QCOMPARE(r.head->header("X-Server"), QByteArray("p"));
        QCOMPARE(r.body, json);
        QCOMPARE(r.end, UpstreamPipe::Read::End);
        QCOMPARE(network.requests().size(), 1);
        QCOMPARE(network.requests()[0].header("Authorization"), QByteArray("Bearer T0KEN"));
        QCOMPARE(network.requests()[0].header("Accept"), QByteArray("application/dicom+json"));
    }

    // A redirect goes to the viewer as it came; the fetcher never carries the token on.
    void aRedirectIsHandedOnNotFollowed() {
        FakeNetworkAccessManager network;
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies/1.2.3"),
                        {302, {{"Location", "https://elsewhere.example/x"}}, {}});
        UpstreamFetcher fetcher(&network);
        auto pipe = std::make_shared<UpstreamPipe>();
        fetcher.fetch(request("https://pacs.example/dicom-web/studies/1.2.3"), pipe);
        const Received r = drain(*pipe);
        QVERIFY(r.head);
        QCOMPARE(r.head->status, 302);
        QCOMPARE(network.requests().size(), 1);
    }

    // A body four times the pipe's size arrives whole, read from the network only as the viewer
    // makes room.
    void aLargeBodyFlowsAsThePipeDrains() {
        FakeNetworkAccessManager network;
        QByteArray body(1 << 20, '\0');
        for (int i = 0; i < body.size(); ++i)
            body[i] = char(i * 7 + (i >> 9));
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies/1.2.3"),
                        {200, {{"Content-Type", "application/octet-stream"}}, body});
        UpstreamFetcher fetcher(&network);
        auto pipe = std::make_shared<UpstreamPipe>(256 * 1024);
        fetcher.fetch(request("https://pacs.example/dicom-web/studies/1.2.3"), pipe);
        const Received r = drain(*pipe);
        QCOMPARE(r.end, UpstreamPipe::Read::End);
        QCOMPARE(r.body.size(), body.size());
        QVERIFY(r.body == body);
    }

    void failuresBeforeAndAfterTheHeadDiffer() {
        FakeNetworkAccessManager network;
        ScriptedReply refused;
        refused.error = QNetworkReply::ConnectionRefusedError;
        network.enqueue("GET", QUrl("https://down.example/dicom-web/studies"), refused);
        ScriptedReply cut{
            200, {{"Content-Type", "application/octet-stream"}}, QByteArray(5000, 'x')};
        cut.cutAfterBytes = 1000;
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies/1.2.3"), cut);
        UpstreamFetcher fetcher(&network);

        auto unreachable = std::make_shared<UpstreamPipe>();
        fetcher.fetch(request("https://down.example/dicom-web/studies"), unreachable);
        const Received none = drain(*unreachable);
        QVERIFY(!none.head);
        QVERIFY(none.failure.transport);

        auto broken = std::make_shared<UpstreamPipe>();
        fetcher.fetch(request("https://pacs.example/dicom-web/studies/1.2.3"), broken);
        const Received partial = drain(*broken);
        QVERIFY(partial.head);
        QCOMPARE(partial.end, UpstreamPipe::Read::Failed);
        QVERIFY2(broken->failureReason().contains("stopped sending"),
                 qPrintable(broken->failureReason()));
    }
};

QTEST_GUILESS_MAIN(TestUpstreamFetcher)
#include "TestUpstreamFetcher.moc"
