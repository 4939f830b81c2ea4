#include "cache/ImageCache.h"
#include "gateway/DicomWebGateway.h"
#include "imaging/MultipartReader.h"
#include "imaging/StudyRetriever.h"
#include "support/MultipartBodies.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sightline;

// The local DICOMweb gateway in front of the sandbox's real Orthanc: answers equal the
// upstream's (QIDO semantically, WADO parts byte for byte), cached studies are served with the
// upstream down, credentials are added by the gateway, and nothing is served without the session
// prefix, to another Host, or cross-origin.
class TestGatewaySandbox : public QObject {
    Q_OBJECT

    struct Reply {
        int status = 0;
        QByteArray contentType;
        QByteArray warning;
        QByteArray body;
        QJsonArray json() const { return QJsonDocument::fromJson(body).array(); }
    };

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<DicomWebGateway> m_gateway;
    QString m_source;
    QString m_study;

    Reply get(const QUrl& url, const QByteArray& accept = {},
              const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
        QNetworkRequest request(url);
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
            return {};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                reply->rawHeader("Warning"), reply->readAll()};
    }

    // A raw request, to send headers QNetworkAccessManager would not (another Host).
    static QByteArray raw(quint16 port, const QByteArray& request) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        return answer;
    }

    static QList<QByteArray> parts(const Reply& reply) {
        return test::multipartBodies(reply.contentType, reply.body);
    }

    QUrl upstream(const QString& path) const {
        QUrl url = m_sandbox.dicomWeb();
        url.setPath(url.path() + path);
        return url;
    }
    QUrl through(const QString& path, const QString& source = {}) const {
        QUrl url = m_gateway->dicomWebRoot(source.isEmpty() ? m_source : source);
        const QString query = path.contains('?') ? path.section('?', 1) : QString();
        url.setPath(url.path() + path.section('?', 0, 0));
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }

    static QJsonValue value(const QJsonObject& o, const char* tag) {
        return o.value(tag).toObject().value("Value").toArray().first();
    }

    RetrieveOutcome retrieveIntoCache(const QString& study) {
        ImageCache cache(m_dir.filePath("cache"));
        StudyRetriever retriever(&m_network, nullptr, &cache);
        std::optional<RetrieveOutcome> outcome;
        connect(&retriever, &StudyRetriever::finished, this,
                [&](const RetrieveOutcome& o) { outcome = o; });
        RetrieveRequest request;
        request.studyUid = study;
        request.serviceBase = m_sandbox.dicomWeb();
        request.quirks.repeatIncludeField = true;
        retriever.start(request);
        (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 120000);
        return outcome.value_or(RetrieveOutcome{});
    }

    static quint16 deadPort() {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort(); // closed again when probe goes
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        GatewayOptions options;
        options.cache = CacheConnections(m_dir.filePath("cache"));
        options.upstreamTimeoutMs = 10000;
        m_gateway = std::make_unique<DicomWebGateway>(options);
        const Status started = m_gateway->start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().toString()));
        m_source = m_gateway->sources().add(m_sandbox.dicomWeb(), "Sandbox Orthanc");
        const Reply studies = get(upstream("/studies"), "application/dicom+json");
        QCOMPARE(studies.status, 200);
        QVERIFY(!studies.json().isEmpty());
        // The largest study, so the comparisons cover several series.
        int most = -1;
        for (const QJsonValue& s : studies.json()) {
            const int n = value(s.toObject(), "00201208").toVariant().toInt();
            if (n > most) {
                most = n;
                m_study = value(s.toObject(), "0020000D").toString();
            }
        }
        QVERIFY(!m_study.isEmpty());
    }

    void listensOnLoopbackOnly() {
        QVERIFY(m_gateway->baseUrl().host() == "127.0.0.1");
        QVERIFY(m_gateway->baseUrl().path().size() > 30); // the session prefix
        QTcpSocket outside;
        // Every address but loopback: nothing listens there.
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            outside.connectToHost(address, m_gateway->port());
            QVERIFY(!outside.waitForConnected(2000));
            outside.abort();
        }
    }

    void refusesRequestsWithoutThePrefix() {
        QUrl url = m_gateway->dicomWebRoot(m_source);
        const QString prefixed = url.path();
        url.setPath(prefixed.section('/', 2).prepend('/') + "/studies");
        QCOMPARE(get(url).status, 404);
        url.setPath("/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/dicomweb/" + m_source + "/studies");
        QCOMPARE(get(url).status, 404);
        QCOMPARE(get(through("/studies", "000000000000")).status, 404);
        QCOMPARE(get(through("/studies/not-a-uid/series")).status, 404);
    }

    void refusesOtherHostsOriginsAndWrites() {
        const QByteArray path = through("/studies").path(QUrl::FullyEncoded).toLatin1();
        const QByteArray rebinding =
            raw(m_gateway->port(), "GET " + path +
                                       " HTTP/1.1\r\nHost: evil.example\r\n"
                                       "Connection: close\r\n\r\n");
        QVERIFY2(rebinding.startsWith("HTTP/1.1 421"), rebinding.left(40).constData());
        QCOMPARE(get(through("/studies"), {}, {{"Origin", "http://evil.example"}}).status, 403);
        const QByteArray post =
            raw(m_gateway->port(), "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" +
                                       QByteArray::number(m_gateway->port()) +
                                       "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY2(post.startsWith("HTTP/1.1 405"), post.left(40).constData());
        // Cross-origin isolated: the viewer pages get SharedArrayBuffer, no other origin embeds.
        const QByteArray ok =
            raw(m_gateway->port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" +
                                       QByteArray::number(m_gateway->port()) +
                                       "\r\nConnection: close\r\n\r\n");
        QVERIFY2(ok.startsWith("HTTP/1.1 200"), ok.left(40).constData());
        QVERIFY(ok.contains("Cross-Origin-Opener-Policy: same-origin"));
        QVERIFY(ok.contains("Cross-Origin-Embedder-Policy: require-corp"));
        QVERIFY(!ok.contains("Access-Control-Allow-Origin"));
    }

    void qidoEqualsUpstream() {
        const QString path = "/studies/" + m_study + "/series";
        const Reply direct = get(upstream(path), "application/dicom+json");
        const Reply gateway = get(through(path), "application/dicom+json");
        QCOMPARE(gateway.status, 200);
        // Equal once the upstream's own URLs are read as the gateway's.
        QByteArray expected = direct.body;
        expected.replace(m_sandbox.dicomWeb().toString().toUtf8(),
                         m_gateway->dicomWebRoot(m_source).toString().toUtf8());
        QCOMPARE(gateway.json(), QJsonDocument::fromJson(expected).array());
        QVERIFY(!gateway.body.contains(m_sandbox.dicomWeb().toString().toUtf8()));
    }

    // A patient's viewer sees that patient only (OHIF's study list once showed every patient
    // in the PACS): its study search answers their studies, any other study is refused (403,
    // reported for the audit trail), and so is a series search across studies.
    void aPatientsViewerSeesThatPatientOnly() {
        const QJsonArray all = get(through("/studies"), "application/dicom+json").json();
        QVERIFY(all.size() >= 2);
        QString other;
        for (const QJsonValue& s : all) {
            if (value(s.toObject(), "0020000D").toString() != m_study)
                other = value(s.toObject(), "0020000D").toString();
        }
        QVERIFY(!other.isEmpty());
        const QString scoped = m_gateway->sources().addForPatient(
            m_sandbox.dicomWeb(), "Sandbox Orthanc", {}, "Patient/pat-mueller", {m_study});
        QVERIFY(scoped != m_source);
        QSignalSpy accessed(m_gateway.get(), &DicomWebGateway::accessed);

        const Reply studies =
            get(through("/studies?includefield=00100020", scoped), "application/dicom+json");
        QCOMPARE(studies.status, 200);
        QCOMPARE(studies.json().size(), 1);
        QCOMPARE(value(studies.json().first().toObject(), "0020000D").toString(), m_study);
        QCOMPARE(get(through("/studies/" + m_study + "/metadata", scoped), "application/dicom+json")
                     .status,
                 200);

        const Reply refused =
            get(through("/studies/" + other + "/metadata", scoped), "application/dicom+json");
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.contains("Patient/pat-mueller"));
        QCOMPARE(get(through("/series", scoped), "application/dicom+json").status, 403);
        QCOMPARE(
            get(through("/series?StudyInstanceUID=" + m_study, scoped), "application/dicom+json")
                .status,
            200);
        // Not around it: a second study named beside the patient's, by keyword or tag, or a
        // study search asked for in another form than the JSON that is filtered.
        QCOMPARE(get(through("/series?StudyInstanceUID=" + m_study + "&0020000D=" + other, scoped),
                     "application/dicom+json")
                     .status,
                 403);
        QCOMPARE(get(through("/series?StudyInstanceUID=" + m_study + "," + other, scoped),
                     "application/dicom+json")
                     .status,
                 403);
        const Reply xml =
            get(through("/studies", scoped), "multipart/related; type=\"application/dicom+xml\"");
        QCOMPARE(xml.status, 200);
        QCOMPARE(QJsonDocument::fromJson(xml.body).array().size(), 1);
        bool reported = false;
        for (const QList<QVariant>& signal : accessed)
            reported |= signal.first().value<GatewayAccess>().status == 403 &&
                        signal.first().value<GatewayAccess>().study == other;
        QVERIFY(reported);
        // The source without a patient still answers every study.
        QCOMPARE(get(through("/studies/" + other + "/metadata"), "application/dicom+json").status,
                 200);
    }

    // Another user of this computer who knows a viewer's URL (from `ps`, on a shared terminal
    // server) is refused, and that is reported for the audit trail; this user is served.
    void refusesOtherLocalUsers() {
        if (::getuid() != 0)
            QSKIP("Acting as another user needs root");
        const QString url = through("/studies").toString();
        QSignalSpy accessed(m_gateway.get(), &DicomWebGateway::accessed);
        QProcess other;
        other.start("setpriv", {"--reuid=65534", "--regid=65534", "--clear-groups", "curl", "-s",
                                "-o", "/dev/null", "-w", "%{http_code}", url});
        QVERIFY(other.waitForFinished(20000));
        QCOMPARE(other.readAllStandardOutput(), QByteArray("403"));
        bool reported = false;
        for (const QList<QVariant>& signal : accessed)
            reported |= signal.first().value<GatewayAccess>().resource == "other-user";
        QVERIFY(reported);
        QProcess self;
        self.start("curl", {"-s", "-o", "/dev/null", "-w", "%{http_code}", url});
        QVERIFY(self.waitForFinished(20000));
        QCOMPARE(self.readAllStandardOutput(), QByteArray("200"));
    }

    void includefieldListIsDecoded() {
        // Orthanc ignores "a,b"; the gateway sends the fields one by one.
        const Reply reply =
            get(through("/studies?includefield=00081030%2C00080061"), "application/dicom+json");
        QCOMPARE(reply.status, 200);
        bool described = false;
        for (const QJsonValue& s : reply.json())
            described |= s.toObject().contains("00080061") && s.toObject().contains("00081030");
        QVERIFY(described);
    }

    void wadoPartsAreByteIdentical() {
        const QString path = "/studies/" + m_study;
        const QByteArray accept =
            "multipart/related; type=\"application/dicom\"; transfer-syntax=*";
        const Reply direct = get(upstream(path), accept);
        const Reply gateway = get(through(path), accept);
        QCOMPARE(gateway.status, 200);
        const QList<QByteArray> expected = parts(direct);
        QVERIFY(expected.size() > 1);
        QCOMPARE(parts(gateway), expected);
    }

    void cachedStudyIsServedWithTheUpstreamDown() {
        const Reply upstreamSeries =
            get(upstream("/studies/" + m_study + "/series"), "application/dicom+json");
        const QString series =
            value(upstreamSeries.json().first().toObject(), "0020000E").toString();
        const QByteArray dicom = "multipart/related; type=\"application/dicom\"; transfer-syntax=*";
        const QList<QByteArray> expectedParts = parts(get(upstream("/studies/" + m_study), dicom));
        const Reply instances =
            get(upstream("/studies/" + m_study + "/series/" + series + "/instances"),
                "application/dicom+json");
        const QString sop = value(instances.json().first().toObject(), "00080018").toString();
        const QByteArray octets =
            "multipart/related; type=application/octet-stream; transfer-syntax=*";
        const QString framePath =
            "/studies/" + m_study + "/series/" + series + "/instances/" + sop + "/frames/1";
        const Reply upstreamFrame = get(upstream(framePath), octets);

        const RetrieveOutcome outcome = retrieveIntoCache(m_study);
        QVERIFY(outcome.complete());
        {
            ImageCache cache(m_dir.filePath("cache"));
            QVERIFY(cache.isSeriesComplete(series));
            QVERIFY(cache.isStudyComplete(m_study));
        }
        // The same study through a source whose server is gone: everything from the cache.
        QUrl gone("http://127.0.0.1/dicom-web");
        gone.setPort(deadPort());
        const QString offline = m_gateway->sources().add(gone, "Gone");
        QSignalSpy accessed(m_gateway.get(), &DicomWebGateway::accessed);

        const Reply study = get(through("/studies/" + m_study, offline), dicom);
        QCOMPARE(study.status, 200);
        QList<QByteArray> got = parts(study), want = expectedParts;
        std::sort(got.begin(), got.end());
        std::sort(want.begin(), want.end());
        QCOMPARE(got, want);

        const Reply metadata =
            get(through("/studies/" + m_study + "/series/" + series + "/metadata", offline),
                "application/dicom+json");
        QCOMPARE(metadata.status, 200);
        QVERIFY2(metadata.json().size() == instances.json().size(),
                 metadata.body.left(300).constData());
        const QJsonObject first = metadata.json().first().toObject();
        QVERIFY(first.contains("00080018"));
        const QString bulk = first.value("7FE00010").toObject().value("BulkDataURI").toString();
        QVERIFY2(bulk.startsWith(m_gateway->dicomWebRoot(offline).toString()), qPrintable(bulk));

        const Reply frame = get(through(framePath, offline), octets);
        QCOMPARE(frame.status, 200);
        QCOMPARE(parts(frame), parts(upstreamFrame));

        const Reply search =
            get(through("/studies/" + m_study + "/series", offline), "application/dicom+json");
        QCOMPARE(search.status, 200);
        QVERIFY(search.warning.startsWith("112"));
        QCOMPARE(search.json().size(), upstreamSeries.json().size());

        // The whole study as one ZIP (OsiriX/Horos DownloadURL), also with the upstream down.
        const Reply zip = get(m_gateway->studyArchiveUrl(m_study));
        QCOMPARE(zip.status, 200);
        QCOMPARE(zip.contentType, QByteArray("application/zip"));
        QVERIFY(zip.body.startsWith("PK\x03\x04"));
        qint64 total = 0;
        for (const QByteArray& part : want)
            total += part.size();
        QVERIFY(zip.body.size() > total); // every instance, plus the ZIP structure
        QCOMPARE(get(m_gateway->studyArchiveUrl("1.2.3.4.5")).status, 404);

        QVERIFY(QTest::qWaitFor([&] { return accessed.size() >= 4; }, 5000));
        const auto access = accessed.first().first().value<GatewayAccess>();
        QCOMPARE(access.study, m_study);
        QVERIFY(access.fromCache);
    }

    void uncachedStudyWithTheUpstreamDownIsAClearError() {
        QUrl gone("http://127.0.0.1/dicom-web");
        gone.setPort(deadPort());
        const QString offline = m_gateway->sources().add(gone, "Gone PACS");
        QSignalSpy failed(m_gateway.get(), &DicomWebGateway::upstreamFailed);
        const Reply reply = get(through("/studies/1.2.3.4.5/series/1.2.3.4.6/metadata", offline),
                                "application/dicom+json");
        QCOMPARE(reply.status, 502);
        QVERIFY2(reply.body.contains("Gone PACS"), reply.body.constData());
        QVERIFY(QTest::qWaitFor([&] { return failed.size() == 1; }, 5000));
    }

    void addsBasicCredentialsForTheUpstream() {
        test::SandboxFixture protectedSandbox;
        const QString error =
            protectedSandbox.start({"--orthanc-auth", "viewer:s3cret", "--quiet"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString withAuth =
            m_gateway->sources().add(protectedSandbox.dicomWeb(), "Protected",
                                     "Basic " + QByteArray("viewer:s3cret").toBase64());
        QCOMPARE(get(through("/studies", withAuth), "application/dicom+json").status, 200);
        m_gateway->sources().setAuthorization(withAuth, {});
        QSignalSpy rejected(m_gateway.get(), &DicomWebGateway::credentialsRejected);
        const Reply refused = get(through("/studies", withAuth), "application/dicom+json");
        QCOMPARE(refused.status, 401);
        QVERIFY(QTest::qWaitFor([&] { return rejected.size() == 1; }, 5000));
    }

    void stopsCleanlyAndTheSamePortIsRefusedWhileInUse() {
        GatewayOptions options;
        options.cache = CacheConnections(m_dir.filePath("cache"));
        options.port = m_gateway->port();
        DicomWebGateway second(options);
        const Status clash = second.start();
        QVERIFY(!clash);
        QVERIFY(clash.error().message.contains(QString::number(m_gateway->port())));
        const quint16 port = m_gateway->port();
        m_gateway->stop();
        QVERIFY(!m_gateway->isRunning());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(2000));
    }

    void cleanupTestCase() {
        m_gateway.reset();
        m_sandbox.stop();
    }
};

QTEST_GUILESS_MAIN(TestGatewaySandbox)
#include "TestGatewaySandbox.moc"
