#include "imaging/DicomWebClient.h"
#include "support/FakeNetworkAccessManager.h"

#include <QBuffer>
#include <QTest>
#include <QUrlQuery>

using namespace sightline;
using test::FakeNetworkAccessManager;
using test::ScriptedReply;

// The DICOMweb client against scripted replies: the Accept header per quirk, streamed
// multipart parts, truncated and cut-off bodies, answers that are not multipart, HTTP errors
// with their meaning, 503 + Retry-After, QIDO parameters, and credentials in one place.
class TestDicomWebClient : public QObject {
    Q_OBJECT

    const QUrl m_base{"https://pacs.example/dicom-web"};

    static QByteArray multipart(const QByteArray& boundary, const QList<QByteArray>& parts,
                                bool closed = true) {
        QByteArray body;
        for (const QByteArray& p : parts)
            body += "--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n" + p + "\r\n";
        if (closed)
            body += "--" + boundary + "--\r\n";
        return body;
    }

    struct Retrieved {
        Status status = Done{};
        int parts = 0;
        bool partial = false;
        QList<QByteArray> bodies;
    };
    Retrieved retrieve(FakeNetworkAccessManager& network, const ServerQuirks& quirks = {}) {
        DicomWebClient client(&network, nullptr, m_base);
        client.setQuirks(quirks);
        client.setAuthorization("Bearer abc");
        Retrieved out;
        bool done = false;
        client.retrieve(
            "1.2", "1.2.3", {},
            [&](MultipartPart&& p) {
                out.bodies << p.body;
                return Status(Done{});
            },
            this,
            [&](const Status& s, int parts, bool partial) {
                out.status = s;
                out.parts = parts;
                out.partial = partial;
                done = true;
            });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out;
    }

    static ScriptedReply multipartReply(const QByteArray& contentType, const QByteArray& body) {
        ScriptedReply r;
        r.headers = {{"Content-Type", contentType}};
        r.body = body;
        return r;
    }

private slots:
    void streamedRetrieve_data() {
        QTest::addColumn<bool>("quote");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("unquoted") << false
                                  << QByteArray(
                                         "multipart/related; type=application/dicom; boundary=xyz");
        QTest::newRow("quoted")
            << true
            << QByteArray("multipart/related; type=\"application/dicom\"; boundary=\"xyz\"");
    }
    void streamedRetrieve() {
        QFETCH(bool, quote);
        QFETCH(QByteArray, contentType);
        FakeNetworkAccessManager network;
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies/1.2/series/1.2.3"),
                        multipartReply(contentType, multipart("xyz", {"first", "second"})));
        ServerQuirks quirks;
        quirks.quoteMultipartType = quote;
        const Retrieved r = retrieve(network, quirks);
        QVERIFY2(r.status.ok(), qPrintable(r.status.error().toString()));
        QCOMPARE(r.bodies, (QList<QByteArray>{"first", "second"}));
        const QByteArray accept = network.requests().first().header("Accept");
        QCOMPARE(accept.contains("type=\"application/dicom\""), quote);
        QVERIFY(accept.contains("transfer-syntax=*"));
        QCOMPARE(network.requests().first().header("Authorization"), QByteArray("Bearer abc"));
        QVERIFY(!r.partial);
    }

    void partialContentIsSaidSo() {
        // 206: the server sent what it could and left some instances out (DICOMweb's warning).
        FakeNetworkAccessManager network;
        ScriptedReply reply =
            multipartReply("multipart/related; boundary=b", multipart("b", {"one", "two"}));
        reply.status = 206;
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies/1.2/series/1.2.3"),
                        reply);
        const Retrieved r = retrieve(network);
        QVERIFY2(r.status.ok(), qPrintable(r.status.error().toString()));
        QCOMPARE(r.bodies, (QList<QByteArray>{"one", "two"}));
        QVERIFY(r.partial);
    }

    void truncatedBody() {
        FakeNetworkAccessManager network;
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies/1.2/series/1.2.3"),
                        multipartReply("multipart/related; boundary=b",
                                       multipart("b", {"kept", "lost"}, false)));
        const Retrieved r = retrieve(network);
        QVERIFY(!r.status.ok());
        QCOMPARE(r.status.error().kind, Error::Kind::MalformedData);
        QCOMPARE(r.bodies, QList<QByteArray>{"kept"}); // what arrived whole is handed on
    }

    void serverVanishesMidBody() {
        FakeNetworkAccessManager network;
        ScriptedReply reply = multipartReply("multipart/related; boundary=b",
                                             multipart("b", {"whole", QByteArray(5000, 'x')}));
        reply.cutAfterBytes = 2000;
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies/1.2/series/1.2.3"),
                        reply);
        const Retrieved r = retrieve(network);
        QVERIFY(!r.status.ok());
        QCOMPARE(r.status.error().kind, Error::Kind::Network);
        QCOMPARE(r.bodies, QList<QByteArray>{"whole"});
        QCOMPARE(network.requests().size(), 1); // data arrived: no blind retry
    }

    void notMultipart() {
        FakeNetworkAccessManager network;
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies/1.2/series/1.2.3"),
                        multipartReply("application/json", "[]"));
        const Retrieved r = retrieve(network);
        QCOMPARE(r.status.error().kind, Error::Kind::MalformedData);
        QVERIFY(r.status.error().message.contains("multipart"));
    }

    void httpErrors_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << int(Error::Kind::Authorization);
        QTest::newRow("403") << 403 << int(Error::Kind::Authorization);
        QTest::newRow("404") << 404 << int(Error::Kind::NotFound);
        QTest::newRow("406") << 406 << int(Error::Kind::Unsupported);
        QTest::newRow("500") << 500 << int(Error::Kind::Http);
    }
    void httpErrors() {
        QFETCH(int, status);
        QFETCH(int, kind);
        FakeNetworkAccessManager network;
        ScriptedReply reply;
        reply.status = status;
        reply.body = "{\"error\":\"no\"}";
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies/1.2/series/1.2.3"),
                        reply);
        const Retrieved r = retrieve(network);
        QCOMPARE(int(r.status.error().kind), kind);
        QCOMPARE(r.status.error().httpStatus, status);
    }

    void busyThenServed() {
        FakeNetworkAccessManager network;
        ScriptedReply busy;
        busy.status = 503;
        busy.headers = {{"Retry-After", "0"}};
        const QUrl url("https://pacs.example/dicom-web/studies/1.2/series/1.2.3");
        network.enqueue("GET", url, busy);
        network.enqueue("GET", url,
                        multipartReply("multipart/related; boundary=b", multipart("b", {"late"})));
        const Retrieved r = retrieve(network);
        QVERIFY(r.status.ok());
        QCOMPARE(r.bodies, QList<QByteArray>{"late"});
        QCOMPARE(network.requests().size(), 2);
    }

    void qidoParameters_data() {
        QTest::addColumn<bool>("repeat");
        QTest::newRow("repeated includefield") << true;
        QTest::newRow("comma-joined includefield") << false;
    }
    void qidoParameters() {
        QFETCH(bool, repeat);
        FakeNetworkAccessManager network;
        network.setHandler([](const test::RecordedRequest&) {
            return test::jsonReply(200, R"([{"0020000D":{"vr":"UI","Value":["1.2"]},
                "00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^Jane"}]}}])");
        });
        DicomWebClient client(&network, nullptr, m_base);
        ServerQuirks quirks;
        quirks.repeatIncludeField = repeat;
        client.setQuirks(quirks);
        QidoQuery query;
        query.match = {{"PatientID", "SL-1001"}};
        query.includeFields = {"StudyDescription", "00080061"};
        query.limit = 25;
        query.offset = 50;
        std::optional<Result<QList<QJsonObject>>> result;
        client.searchStudies(query, this, [&](const auto& r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(DicomWebClient::value(result->value().first(), "0020000D"), QStringLiteral("1.2"));
        QCOMPARE(DicomWebClient::value(result->value().first(), "00100010"),
                 QStringLiteral("Doe^Jane"));
        const QUrlQuery sent(network.requests().first().url);
        QCOMPARE(sent.queryItemValue("PatientID"), QStringLiteral("SL-1001"));
        QCOMPARE(sent.queryItemValue("limit"), QStringLiteral("25"));
        QCOMPARE(sent.queryItemValue("offset"), QStringLiteral("50"));
        QCOMPARE(sent.allQueryItemValues("includefield").size(), repeat ? 2 : 1);
        QCOMPARE(network.requests().first().header("Accept"), QByteArray("application/dicom+json"));
    }

    void renderedImage() {
        FakeNetworkAccessManager network;
        QImage image(64, 32, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        ScriptedReply reply;
        reply.headers = {{"Content-Type", "image/png"}};
        reply.body = png;
        network.enqueue("GET",
                        QUrl("https://pacs.example/dicom-web/studies/1.2/series/1.2.3/instances/"
                             "1.2.3.4/rendered?viewport=128,128"),
                        reply);
        network.enqueue("GET",
                        QUrl("https://pacs.example/dicom-web/studies/1.2/series/1.2.3/instances/"
                             "1.2.3.5/rendered?viewport=128,128"),
                        multipartReply("image/png", "not a png"));
        DicomWebClient client(&network, nullptr, m_base);
        std::optional<Result<QImage>> good, bad;
        client.rendered("1.2", "1.2.3", "1.2.3.4", 128, "image/png", this,
                        [&](const auto& r) { good = r; });
        client.rendered("1.2", "1.2.3", "1.2.3.5", 128, "image/png", this,
                        [&](const auto& r) { bad = r; });
        QTRY_VERIFY(good.has_value() && bad.has_value());
        QVERIFY(good->ok());
        QCOMPARE(good->value().size(), QSize(64, 32));
        QCOMPARE(bad->error().kind, Error::Kind::MalformedData);
        // One type per request: Orthanc answers 400 to "image/jpeg, image/png".
        QCOMPARE(network.requests().first().header("Accept"), QByteArray("image/png"));
    }

    void renderedRefusalInOneTypeMayTryAnother() {
        FakeNetworkAccessManager network;
        network.enqueue("GET",
                        QUrl("https://pacs.example/dicom-web/studies/1.2/series/1.2.3/instances/"
                             "1.2.3.4/rendered?viewport=128,128"),
                        test::jsonReply(400, "{}"));
        DicomWebClient client(&network, nullptr, m_base);
        std::optional<Result<QImage>> refused;
        client.rendered("1.2", "1.2.3", "1.2.3.4", 128, "image/jpeg", this,
                        [&](const auto& r) { refused = r; });
        QTRY_VERIFY(refused.has_value());
        QCOMPARE(refused->error().httpStatus, 400);
        QVERIFY(DicomWebClient::mayRenderInAnotherType(refused->error()));
        QCOMPARE(DicomWebClient::renderedMediaTypes().size(), 2);
        QVERIFY(!DicomWebClient::mayRenderInAnotherType(
            Error::make(Error::Kind::NotFound, QStringLiteral("gone"), {}, 404)));
    }

    void qidoNoMatchesAndBadJson() {
        FakeNetworkAccessManager network;
        ScriptedReply none;
        none.status = 204;
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies"), none);
        network.enqueue("GET", QUrl("https://pacs.example/dicom-web/studies"),
                        test::jsonReply(200, "{not json"));
        DicomWebClient client(&network, nullptr, m_base);
        std::optional<Result<QList<QJsonObject>>> first, second;
        client.searchStudies({}, this, [&](const auto& r) { first = r; });
        QTRY_VERIFY(first.has_value());
        QVERIFY(first->ok() && first->value().isEmpty());
        client.searchStudies({}, this, [&](const auto& r) { second = r; });
        QTRY_VERIFY(second.has_value());
        QCOMPARE(second->error().kind, Error::Kind::MalformedData);
    }
};

QTEST_GUILESS_MAIN(TestDicomWebClient)
#include "TestDicomWebClient.moc"
