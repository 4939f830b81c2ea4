// A node that answers a C-FIND with thousands of matches (dcmqrscp and Orthanc, each holding a
// series of 2,000 images; dcmqrscp keeps at most 500 studies, so the matches are images): every
// match arrives, a limit ends the query with a C-CANCEL and leaves the node answering, and the
// gateway pages them for a viewer (QIDO-RS limit and offset, with the Warning that says more
// exist) — the union of the pages is exactly what the node holds.

#include "dimse/DimseService.h"
#include "fhir/FhirClientFactory.h"
#include "gateway/DicomWebGateway.h"
#include "imaging/ImagingService.h"
#include "support/BothDicomNodes.h"
#include "support/DicomNodeFixture.h"
#include "support/SyntheticDicom.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sightline;
using namespace sightline::test;

namespace {

constexpr int kImages = 2000;
const QString kStudy = QStringLiteral("1.2.826.0.1.3680043.10.1042.9");
const QString kSeries = kStudy + QStringLiteral(".1");

QString sopUid(const QJsonValue& match) {
    return match.toObject()
        .value(QLatin1String("00080018"))
        .toObject()
        .value("Value")
        .toArray()
        .first()
        .toString();
}

} // namespace

class TestDimseManyMatchesSandbox : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    QSet<QString> m_images;
    BothDicomNodes m_nodes;

    DicomNodeFixture* node() const { return m_nodes.current(); }

    struct Found {
        Result<int> outcome = Error();
        QSet<QString> images;
        int matches = 0;
    };
    Found find(const DicomNodeAddress& address, int limit) {
        DimseService service;
        ServerProfile profile = DicomNodeFixture::profileFor(address);
        DimseQuery images;
        images.level = DimseQuery::Level::Image;
        images.studyUid = kStudy;
        images.seriesUid = kSeries;
        Found found;
        bool done = false;
        QObject context;
        service.find(
            profile, images, limit, &context,
            [&](const QJsonObject& match) {
                ++found.matches;
                found.images.insert(sopUid(match));
            },
            [&](const Result<int>& outcome) {
                found.outcome = outcome;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 120000))
            found.outcome = Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
        return found;
    }

private slots:
    void initTestCase_data() { BothDicomNodes::addRows(); }

    void initTestCase() {
        QStringList files;
        for (int i = 1; i <= kImages; ++i) {
            const QString sop = kSeries + QStringLiteral(".%1").arg(i);
            QVERIFY(!syntheticImage(kStudy, kSeries, sop, m_files.path()).isEmpty());
            files << m_files.filePath(sop + QStringLiteral(".dcm"));
            m_images.insert(sop);
        }
        const QString started = m_nodes.start(files, 240000);
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void everyMatchArrives() {
        const Found found = find(node()->address(), 0);
        QVERIFY2(found.outcome.ok(), qPrintable(found.outcome.error().toString()));
        QCOMPARE(found.outcome.value(), kImages);
        QCOMPARE(found.matches, kImages);
        QCOMPARE(found.images, m_images);
    }

    // Cut at 50: the node is told to stop (C-CANCEL), and answers the next query in full.
    void aLimitCancelsTheRest() {
        const Found cut = find(node()->address(), 50);
        QVERIFY2(cut.outcome.ok(), qPrintable(cut.outcome.error().toString()));
        QCOMPARE(cut.outcome.value(), 50);
        QCOMPARE(cut.matches, 50);
        const Found again = find(node()->address(), 0);
        QVERIFY2(again.outcome.ok(), qPrintable(again.outcome.error().toString()));
        QCOMPARE(again.matches, kImages);
    }

    // A viewer's search through the gateway: the first page says more exist, the pages together
    // are every study, none twice.
    void theGatewayPagesThem() {
        QTemporaryDir dir;
        QNetworkAccessManager unused;
        ImagingService imaging(FhirClientFactory(&unused, nullptr),
                               CacheConnections(dir.filePath("cache")));
        GatewayOptions options;
        options.cache = imaging.cache();
        DicomWebGateway gateway(options);
        QVERIFY(gateway.start());
        const ServerProfile profile = DicomNodeFixture::profileFor(node()->address());
        const QString source =
            gateway.sources().add(profile.fhirBase, node()->name(), {}, profile.dicomNode);
        QNetworkAccessManager network;
        const auto page = [&](const QString& query, QByteArray* warning) {
            QNetworkRequest request(QUrl(gateway.dicomWebRoot(source).toString() + "/studies/" +
                                         kStudy + "/series/" + kSeries + "/instances" + query));
            request.setRawHeader("Accept", "application/dicom+json");
            QNetworkReply* reply = network.get(request);
            QTest::qWaitFor([reply] { return reply->isFinished(); }, 120000);
            reply->deleteLater();
            *warning = reply->rawHeader("Warning");
            return QJsonDocument::fromJson(reply->readAll()).array();
        };
        QByteArray warning;
        QSet<QString> seen;
        QElapsedTimer clock;
        clock.start();
        const QJsonArray first = page({}, &warning);
        qInfo("First page of %d images in %lld ms", int(first.size()), clock.elapsed());
        QCOMPARE(first.size(), 1000);
        QVERIFY2(warning.startsWith("299"), warning.constData());
        for (const QJsonValue& match : first)
            seen.insert(sopUid(match));
        const QJsonArray second = page("?offset=1000&limit=1000", &warning);
        QCOMPARE(second.size(), kImages - 1000);
        QVERIFY2(warning.isEmpty(), warning.constData());
        for (const QJsonValue& match : second)
            seen.insert(sopUid(match));
        QCOMPARE(seen, m_images);
        // Matching narrows it at the node: two images by their UIDs.
        QCOMPARE(page("?SOPInstanceUID=" + kSeries + ".7," + kSeries + ".1999", &warning).size(),
                 2);
    }

    void cleanupTestCase() { m_nodes.stop(); }
};

QTEST_GUILESS_MAIN(TestDimseManyMatchesSandbox)
#include "TestDimseManyMatchesSandbox.moc"
