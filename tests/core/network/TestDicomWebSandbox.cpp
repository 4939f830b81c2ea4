#include "imaging/DicomWebClient.h"
#include "network/RestCall.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace sightline;

// Every generated study answers QIDO-RS and WADO-RS on the sandbox Orthanc, with the instance
// counts, transfer syntaxes and patient identity the roster promises.
class TestDicomWebSandbox : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;

    HttpResponse get(const QUrl& url, const QByteArray& accept) {
        HttpRequestSpec spec;
        spec.url = url;
        spec.setHeader("Accept", accept);
        spec.timeoutMs = 60000;
        auto* call = new RestCall(&m_network, nullptr, spec);
        std::optional<Result<HttpResponse>> result;
        connect(call, &RestCall::finished, this,
                [&](const Result<HttpResponse>& r) { result = r; });
        call->start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000); }();
        if (!result || !result->ok()) {
            qWarning() << "request failed" << url
                       << (result ? result->error().toString() : QString());
            return {};
        }
        return result->value();
    }

    QJsonArray qido(const QString& path) {
        const HttpResponse r =
            get(QUrl(m_sandbox.dicomWeb().toString() + path), "application/dicom+json");
        return QJsonDocument::fromJson(r.body).array();
    }

    static QString tagValue(const QJsonObject& dataset, const char* tag) {
        return DicomWebClient::value(dataset, tag);
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void everyStudyAnswers_data() {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("instances");
        QTest::addColumn<bool>("mismatched");
        for (const auto& v : m_sandbox.state().value(QLatin1String("studies")).toArray()) {
            const QJsonObject s = v.toObject();
            QTest::newRow(qPrintable(s.value(QLatin1String("modality")).toString() +
                                     QLatin1Char(' ') +
                                     s.value(QLatin1String("transferSyntax")).toString() +
                                     QLatin1Char(' ') + s.value(QLatin1String("uid")).toString()))
                << s.value(QLatin1String("uid")).toString()
                << s.value(QLatin1String("series")).toInt()
                << s.value(QLatin1String("instances")).toInt()
                << s.value(QLatin1String("mismatchedHeader")).toBool();
        }
    }
    void everyStudyAnswers() {
        QFETCH(QString, uid);
        QFETCH(int, series);
        QFETCH(int, instances);
        QFETCH(bool, mismatched);

        // QIDO-RS: the study, its series, its instances; includefield repeated, not comma-joined.
        const QJsonArray studies =
            qido(QStringLiteral(
                     "/studies?StudyInstanceUID=%1&includefield=00201206&includefield=00201208")
                     .arg(uid));
        QCOMPARE(studies.size(), 1);
        const QJsonObject study = studies.first().toObject();
        QCOMPARE(tagValue(study, "00201206"), QString::number(series));
        QCOMPARE(tagValue(study, "00201208"), QString::number(instances));
        QCOMPARE(qido(QStringLiteral("/studies/%1/series").arg(uid)).size(), series);
        QCOMPARE(qido(QStringLiteral("/studies/%1/instances?limit=1000").arg(uid)).size(),
                 instances);
        QCOMPARE(tagValue(study, "00100020") == QLatin1String("SL-9999"), mismatched);

        // WADO-RS metadata and the whole study as stored (transfer-syntax=*).
        const HttpResponse metadata = get(
            QUrl(m_sandbox.dicomWeb().toString() + QStringLiteral("/studies/%1/metadata").arg(uid)),
            "application/dicom+json");
        QCOMPARE(metadata.status, 200);
        QCOMPARE(QJsonDocument::fromJson(metadata.body).array().size(), instances);
        const HttpResponse retrieve =
            get(QUrl(m_sandbox.dicomWeb().toString() + QStringLiteral("/studies/%1").arg(uid)),
                "multipart/related; type=\"application/dicom\"; transfer-syntax=*");
        QCOMPARE(retrieve.status, 200);
        const QByteArray contentType = retrieve.header("Content-Type");
        QVERIFY2(contentType.startsWith("multipart/related"), contentType.constData());
        const int at = contentType.indexOf("boundary=");
        QVERIFY(at > 0);
        QByteArray boundary = contentType.mid(at + 9).split(';').first().trimmed();
        boundary.replace('"', "");
        QCOMPARE(retrieve.body.count("--" + boundary) - 1, instances); // parts + closing delimiter
        QVERIFY(retrieve.body.contains("DICM"));
    }

    void basicAuthWhenEnabled() {
        // A second sandbox with Orthanc behind Basic auth: refused without, served with
        // credentials.
        test::SandboxFixture secured;
        const QString error =
            secured.start({QStringLiteral("--orthanc-auth"), QStringLiteral("viewer:s3cret")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QUrl studies(secured.dicomWeb().toString() + QStringLiteral("/studies"));
        HttpRequestSpec spec;
        spec.url = studies;
        spec.setHeader("Accept", "application/dicom+json");
        auto fetch = [&](const HttpRequestSpec& s) {
            auto* call = new RestCall(&m_network, nullptr, s);
            std::optional<Result<HttpResponse>> result;
            connect(call, &RestCall::finished, this,
                    [&](const Result<HttpResponse>& r) { result = r; });
            call->start();
            QTest::qWaitFor([&] { return result.has_value(); }, 20000);
            return result && result->ok() ? result->value().status : 0;
        };
        QCOMPARE(fetch(spec), 401);
        spec.setHeader("Authorization", "Basic " + QByteArray("viewer:s3cret").toBase64());
        QCOMPARE(fetch(spec), 200);
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestDicomWebSandbox)
#include "TestDicomWebSandbox.moc"
