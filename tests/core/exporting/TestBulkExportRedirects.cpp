#include "exporting/BulkExportJob.h"
#include "support/FakeNetworkAccessManager.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

namespace {

// A tiny HTTP/1.1 responder on 127.0.0.1: answers each request with what `route` returns and
// remembers the requests it saw (request line and headers).
class TinyHttpServer : public QTcpServer {
public:
    using Route = std::function<QByteArray(const QByteArray& requestHead)>;
    explicit TinyHttpServer(Route route)
        : m_route(std::move(route)) {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    const qsizetype end = m_buffers[socket].indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = m_buffers[socket].left(end);
                    m_buffers.remove(socket);
                    requests << head;
                    socket->write(m_route(head));
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString base() const { return QString("http://127.0.0.1:%1").arg(serverPort()); }
    QList<QByteArray> requests;

private:
    Route m_route;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray response(int status, const QByteArray& reason, const QByteArray& body,
                    const QList<QByteArray>& headers = {}) {
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray& h : headers)
        r += h + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
         body;
    return r;
}

} // namespace

// The token's route in a bulk export: to the server and to files that require it, but never to
// another origin a file URL redirects to.
class TestBulkExportRedirects : public QObject {
    Q_OBJECT

private slots:
    void tokenDoesNotFollowRedirectsElsewhere() {
        const QByteArray line = "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n";
        TinyHttpServer elsewhere([&](const QByteArray&) {
            return response(200, "OK", line, {"Content-Type: application/fhir+ndjson"});
        });
        TinyHttpServer fhir([&](const QByteArray& head) -> QByteArray {
            if (head.startsWith("GET /fhir/$export"))
                return response(202, "Accepted", "", {"Content-Location: /status/1"});
            if (head.startsWith("GET /status/1")) {
                const QByteArray manifest =
                    "{\"transactionTime\":\"2026-11-23T00:00:00Z\",\"requiresAccessToken\":true,"
                    "\"output\":[{\"type\":\"Patient\",\"url\":\"/files/"
                    "1.ndjson\",\"count\":1}],\"error\":[]}";
                return response(200, "OK", manifest, {"Content-Type: application/json"});
            }
            if (head.startsWith("GET /files/1.ndjson"))
                return response(302, "Found", "",
                                {"Location: " + elsewhere.base().toUtf8() + "/bucket/1.ndjson"});
            return response(404, "Not Found", "");
        });
        QTemporaryDir dir;
        QNetworkAccessManager network;
        BulkExportJob job(&network, QUrl(fhir.base() + "/fhir"), {}, dir.path());
        BulkExportJob::Options options;
        options.firstPollDelayMs = 10;
        job.setOptions(options);
        job.setAuthorization("Bearer secret-token-123");
        std::optional<Result<BulkExportSummary>> result;
        connect(&job, &BulkExportJob::finished, this,
                [&](const Result<BulkExportSummary>& r) { result = r; });
        job.start();
        QElapsedTimer timer;
        timer.start();
        while (!result && timer.elapsed() < 20000)
            QTest::qWait(20);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().toString()));
        QCOMPARE(result->value().lines.value("Patient"), 1);

        // The FHIR server saw the token on every request (kick-off, status, file).
        QCOMPARE(fhir.requests.size(), 3);
        for (const QByteArray& head : fhir.requests)
            QVERIFY2(head.contains("Authorization: Bearer secret-token-123"), head.constData());
        // The other origin never did.
        QCOMPARE(elsewhere.requests.size(), 1);
        QVERIFY2(!elsewhere.requests.first().toLower().contains("authorization"),
                 elsewhere.requests.first().constData());
        QFile file(dir.filePath("Patient.ndjson"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), line);
    }

    // A POST kick-off answered with a redirect is the server's refusal: followed, it would become
    // a GET without its parameters (an export of everything instead of what was asked for).
    void aRedirectedKickOffIsNotFollowed() {
        test::FakeNetworkAccessManager network;
        network.setHandler([](const test::RecordedRequest&) -> test::ScriptedReply {
            return {301, {{"Location", "https://fhir.example/fhir/moved/$export"}}, {}};
        });
        QTemporaryDir dir;
        BulkExportRequest request;
        request.usePost = true;
        request.types = {"Observation"};
        BulkExportJob job(&network, QUrl("https://fhir.example/fhir"), request, dir.path());
        std::optional<Result<BulkExportSummary>> result;
        connect(&job, &BulkExportJob::finished, this,
                [&](const Result<BulkExportSummary>& r) { result = r; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().httpStatus, 301);
        QCOMPARE(network.requests().size(), 1);
        QCOMPARE(network.requests().first().method, QByteArray("POST"));
    }

    // A file whose https address redirects to plain http is not fetched at all: the bytes would
    // cross the network unprotected. The download once followed any redirect it was given.
    void aFileIsNotFetchedOverPlainHttpAfterARedirect() {
        const QByteArray line = "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n";
        test::FakeNetworkAccessManager network;
        network.setHandler([&](const test::RecordedRequest& request) -> test::ScriptedReply {
            const QString path = request.url.path();
            if (path.endsWith("/$export"))
                return {202, {{"Content-Location", "https://fhir.example/status/1"}}, {}};
            if (path == "/status/1")
                return test::jsonReply(
                    200, "{\"transactionTime\":\"2026-11-23T00:00:00Z\",\"requiresAccessToken\":"
                         "false,\"output\":[{\"type\":\"Patient\",\"url\":\"https://"
                         "files.example/1.ndjson\"}],\"error\":[]}");
            if (request.url.scheme() == "https" && path == "/1.ndjson")
                return {302, {{"Location", "http://files.example/1.ndjson"}}, {}};
            return {200, {{"Content-Type", "application/fhir+ndjson"}}, line};
        });
        QTemporaryDir dir;
        BulkExportJob job(&network, QUrl("https://fhir.example/fhir"), {}, dir.path());
        BulkExportJob::Options options;
        options.firstPollDelayMs = 10;
        job.setOptions(options);
        std::optional<Result<BulkExportSummary>> result;
        connect(&job, &BulkExportJob::finished, this,
                [&](const Result<BulkExportSummary>& r) { result = r; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Error::Kind::Tls);
        QVERIFY2(result->error().message.contains("Patient.ndjson"),
                 qPrintable(result->error().message));
        for (const test::RecordedRequest& request : network.requests())
            QVERIFY2(request.url.scheme() == "https", qPrintable(request.url.toString()));
        QVERIFY(!QFile::exists(dir.filePath("Patient.ndjson")));
    }
};

QTEST_GUILESS_MAIN(TestBulkExportRedirects)
#include "TestBulkExportRedirects.moc"
