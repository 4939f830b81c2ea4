#include "cache/ImageCache.h"
#include "imaging/StudyRetriever.h"
#include "support/FakeNetworkAccessManager.h"
#include "support/ScriptedPacs.h"
#include "support/SyntheticDicom.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace sightline;
using namespace sightline::test;

// StudyRetriever against a scripted PACS: what it asks for, what it stores, and what it does
// with answers the sandbox's servers never give (a body cut off mid-part, another study's
// instance in the answer, a second run that needs only what is missing).
class TestStudyRetriever : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    ScriptedPacs m_pacs;

    RetrieveOutcome retrieve(FakeNetworkAccessManager& network, ImageCache& cache,
                             const QStringList& series = {}) {
        StudyRetriever retriever(&network, nullptr, &cache);
        QSignalSpy finished(&retriever, &StudyRetriever::finished);
        RetrieveRequest request;
        request.studyUid = kStudy;
        request.seriesUids = series;
        request.serviceBase = QUrl(QStringLiteral("https://pacs.example/dicom-web"));
        request.authorization = "Bearer T0KEN";
        request.sourceServer = QStringLiteral("scripted");
        retriever.start(request);
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<RetrieveOutcome>();
    }

    static int filesUnder(const QString& root) {
        int n = 0;
        for (QDirIterator it(root + QStringLiteral("/instances"), QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext(); it.next())
            ++n;
        return n;
    }

private slots:
    void initTestCase() {
        qRegisterMetaType<RetrieveOutcome>();
        for (int i = 1; i <= 3; ++i) {
            const QString series = i < 3 ? kSeriesA : kSeriesB;
            const QString sop = series + QStringLiteral(".%1").arg(i);
            m_pacs.instances.append({series, sop, instance(kStudy, series, sop, m_files.path())});
            QVERIFY(!m_pacs.instances.last().bytes.isEmpty());
        }
    }

    // Nothing cached: one streamed request for the study and one count, with the token.
    void aNewStudyComesInOneRequest() {
        QTemporaryDir root;
        ImageCache cache(root.path());
        FakeNetworkAccessManager network;
        network.setHandler([this](const RecordedRequest& r) { return m_pacs.answer(r); });
        const RetrieveOutcome outcome = retrieve(network, cache);
        QVERIFY2(outcome.complete(),
                 qPrintable(outcome.errors.isEmpty() ? QString("incomplete")
                                                     : outcome.errors.first().toString()));
        QCOMPARE(outcome.stored, 3);
        QCOMPARE(cache.cachedInstanceCount(kStudy), 3);
        int wado = 0;
        for (const RecordedRequest& r : network.requests()) {
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer T0KEN"));
            wado += r.url.path().endsWith(kStudy) ? 1 : 0;
            QVERIFY2(!r.url.path().contains("/instances"), qPrintable(r.url.toString()));
        }
        QCOMPARE(wado, 1);
    }

    // A second run asks only for what is missing, instance by instance.
    void aSecondRunFetchesOnlyWhatIsMissing() {
        QTemporaryDir root;
        ImageCache cache(root.path());
        {
            FakeNetworkAccessManager network;
            network.setHandler([this](const RecordedRequest& r) { return m_pacs.answer(r); });
            QCOMPARE(retrieve(network, cache).stored, 3);
        }
        const QString dropped = m_pacs.instances[1].sop;
        // The file goes; verify(repair) takes it out of the index, as after a disk problem.
        QVERIFY(QFile::remove(cache.instancePath(dropped)));
        QVERIFY(cache.verify(true).repaired);
        FakeNetworkAccessManager network;
        network.setHandler([this](const RecordedRequest& r) { return m_pacs.answer(r); });
        const RetrieveOutcome outcome = retrieve(network, cache);
        QVERIFY(outcome.complete());
        QCOMPARE(outcome.stored, 1);
        QCOMPARE(outcome.alreadyCached, 2);
        QStringList retrieved;
        for (const RecordedRequest& r : network.requests()) {
            if (r.header("Accept").contains("multipart/related"))
                retrieved << r.url.path();
        }
        QVERIFY2(retrieved.size() == 1, qPrintable(retrieved.join(", ")));
        QVERIFY2(retrieved.first().endsWith("/instances/" + dropped),
                 qPrintable(retrieved.first()));
    }

    // The answer breaks off inside the second part: the first is kept, nothing half-written
    // stays, the failure is reported, and what is missing is known.
    void aBodyCutShortKeepsTheWholeParts() {
        QTemporaryDir root;
        ImageCache cache(root.path());
        ScriptedPacs cut = m_pacs;
        const int firstPart = int(ScriptedPacs::multipart({m_pacs.instances[0].bytes}).size()) - 14;
        cut.cutStudyAfterBytes = firstPart + 200;
        FakeNetworkAccessManager network;
        network.setHandler([&](const RecordedRequest& r) {
            ScriptedReply reply = cut.answer(r);
            // The listing that follows the broken answer finds the rest, but WADO stays down.
            if (r.url.path().contains("/instances/") || r.url.path().endsWith(kSeriesA) ||
                r.url.path().endsWith(kSeriesB))
                return ScriptedReply{503, {}, {}};
            return reply;
        });
        const RetrieveOutcome outcome = retrieve(network, cache);
        QVERIFY(!outcome.complete());
        QVERIFY(!outcome.errors.isEmpty());
        QVERIFY(cache.contains(m_pacs.instances[0].sop));
        QVERIFY(!cache.contains(m_pacs.instances[1].sop));
        QCOMPARE(outcome.missing, 2);
        QCOMPARE(filesUnder(root.path()), 1); // no partial file left behind
    }

    // An instance of another study in the answer is refused, not filed under this one.
    void anotherStudysInstanceIsRefused() {
        QTemporaryDir root;
        ImageCache cache(root.path());
        ScriptedPacs mixed = m_pacs;
        const QString strangerStudy = QStringLiteral("1.2.826.0.1.3680043.10.99.9");
        mixed.foreignPart =
            instance(strangerStudy, strangerStudy + ".1", strangerStudy + ".1.1", m_files.path());
        FakeNetworkAccessManager network;
        network.setHandler([&](const RecordedRequest& r) { return mixed.answer(r); });
        const RetrieveOutcome outcome = retrieve(network, cache);
        QVERIFY(!cache.contains(strangerStudy + ".1.1"));
        QCOMPARE(cache.cachedInstanceCount(strangerStudy), 0);
        QVERIFY(!outcome.errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStudyRetriever)
#include "TestStudyRetriever.moc"
