// A DICOM node that fails mid-transfer, as real ones do (dcmqrscp and Orthanc behind a relay that
// misbehaves on the node's side, DimseFaultRelay): an A-ABORT or a dropped connection in the
// middle of a C-GET keeps what arrived whole, leaves nothing half-written and the study
// incomplete, and the next retrieval brings only the rest; a node that stops answering is given
// up within its response timeout, for a retrieval and for a query alike.

#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "dimse/DimseService.h"
#include "fhir/FhirClientFactory.h"
#include "imaging/ImagingService.h"
#include "support/BothDicomNodes.h"
#include "support/DicomNodeFixture.h"
#include "support/DimseFaultRelay.h"
#include "support/FindAndRetrieve.h"
#include "support/GeneratedCtStudy.h"
#include "support/SandboxFixture.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sightline;
using namespace sightline::test;

class TestDimseFaultsSandbox : public QObject {
    Q_OBJECT

    BothDicomNodes m_nodes;
    QString m_study;
    int m_instances = 0;
    qint64 m_bytes = 0; // of the study's files
    QNetworkAccessManager m_unused;
    DimseService m_dimse;

    DicomNodeFixture* node() const { return m_nodes.current(); }

    // The node as Sightline reaches it through `relay`.
    ServerProfile throughRelay(const DimseFaultRelay& relay, int responseTimeoutSeconds = 10) {
        DicomNodeAddress address = node()->address();
        address.port = relay.port();
        address.responseTimeoutSeconds = responseTimeoutSeconds;
        return DicomNodeFixture::profileFor(address);
    }

    RetrieveOutcome retrieve(ImagingService& imaging, const ServerProfile& server,
                             const ImagingStudyRecord& record, const PatientIdentity& patient) {
        Retrieval* retrieval = imaging.retrieve(server, record, patient);
        RetrieveOutcome outcome;
        if (!retrieval)
            return outcome;
        bool done = false;
        connect(retrieval, &Retrieval::finished, this, [&](const RetrieveOutcome& o) {
            outcome = o;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 120000))
            outcome.errors << Error::make(Error::Kind::Timeout, QStringLiteral("no outcome"));
        return outcome;
    }

private slots:
    void initTestCase_data() { BothDicomNodes::addRows(); }

    void initTestCase() {
        qRegisterMetaType<RetrieveOutcome>();
        QString error;
        const GeneratedCtStudy ct = GeneratedCtStudy::make(&error);
        QVERIFY2(!ct.uid.isEmpty(), qPrintable(error));
        m_study = ct.uid;
        const QStringList files = ct.allFiles();
        for (const QString& file : files)
            m_bytes += QFileInfo(file).size();
        m_instances = int(files.size());
        QVERIFY2(m_instances >= 20, "the sandbox's CT study is missing");
        const QString started = m_nodes.start(files);
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void aFaultMidRetrievalKeepsWhatArrived_data() {
        QTest::addColumn<int>("fault");
        QTest::newRow("A-ABORT") << int(DimseFaultRelay::Fault::Abort);
        QTest::newRow("connection dropped") << int(DimseFaultRelay::Fault::Close);
    }

    void aFaultMidRetrievalKeepsWhatArrived() {
        QFETCH(int, fault);
        QTemporaryDir dir;
        ImagingService imaging(FhirClientFactory(&m_unused, nullptr),
                               CacheConnections(dir.filePath("cache")));
        imaging.setDimse(&m_dimse);
        const ServerProfile direct = DicomNodeFixture::profileFor(node()->address());
        PatientIdentity patient;
        const ImagingStudyRecord record = findStudy(imaging, direct, m_study, &patient);
        QCOMPARE(record.studyUid, m_study);

        // About a third of the study's bytes pass, then the node fails.
        DimseFaultRelay relay(node()->address().port, DimseFaultRelay::Fault(fault), m_bytes / 3);
        const RetrieveOutcome broken = retrieve(imaging, throughRelay(relay), record, patient);
        QVERIFY(relay.faulted());
        QVERIFY(!broken.complete());
        QVERIFY(!broken.errors.isEmpty());
        QVERIFY2(broken.errors.first().message.contains("ended the association"),
                 qPrintable(broken.errors.first().message));
        QVERIFY2(broken.stored > 0 && broken.stored < m_instances,
                 qPrintable(QString::number(broken.stored)));

        // What is kept is whole; nothing half-written lies in the cache's folders.
        ImageCache& cache = imaging.cache().forThisThread();
        const QList<CachedInstance> kept = cache.instancesOf(m_study);
        QCOMPARE(kept.size(), broken.stored);
        for (const CachedInstance& instance : kept)
            QVERIFY2(DicomParser::parseFile(instance.path).ok(), qPrintable(instance.path));
        int files = 0;
        for (QDirIterator it(ImageCache::studyFolder(imaging.cacheRoot(), m_study), QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext(); it.next())
            ++files;
        QCOMPARE(files, int(kept.size()));
        QVERIFY(!cache.isStudyComplete(m_study));

        // The next retrieval brings the rest only.
        const RetrieveOutcome rest = retrieve(imaging, direct, record, patient);
        QVERIFY2(rest.complete(),
                 qPrintable(rest.errors.isEmpty() ? QString() : rest.errors.first().message));
        QCOMPARE(rest.alreadyCached, broken.stored);
        QCOMPARE(rest.stored, m_instances - broken.stored);
        QVERIFY(cache.isStudyComplete(m_study));
    }

    // The node stops answering mid-C-GET: the retrieval ends within the response timeout (and
    // a little), says so, and keeps what came.
    void aNodeThatStopsAnsweringIsGivenUp() {
        QTemporaryDir dir;
        ImagingService imaging(FhirClientFactory(&m_unused, nullptr),
                               CacheConnections(dir.filePath("cache")));
        imaging.setDimse(&m_dimse);
        const ServerProfile direct = DicomNodeFixture::profileFor(node()->address());
        PatientIdentity patient;
        const ImagingStudyRecord record = findStudy(imaging, direct, m_study, &patient);
        DimseFaultRelay relay(node()->address().port, DimseFaultRelay::Fault::Stall, m_bytes / 3);
        QElapsedTimer clock;
        clock.start();
        const RetrieveOutcome outcome = retrieve(imaging, throughRelay(relay, 3), record, patient);
        QVERIFY(relay.faulted());
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!outcome.complete());
        QVERIFY(!outcome.errors.isEmpty());
        QVERIFY2(outcome.errors.first().message.contains("stopped answering"),
                 qPrintable(outcome.errors.first().message));
        QCOMPARE(imaging.cache().forThisThread().instancesOf(m_study).size(), outcome.stored);
    }

    // A query whose answers stop coming: given up within the response timeout, with a reason.
    void aQueryThatStopsIsGivenUp() {
        DimseFaultRelay relay(node()->address().port, DimseFaultRelay::Fault::Stall, 1);
        QElapsedTimer clock;
        clock.start();
        std::optional<Result<int>> outcome;
        QObject context;
        m_dimse.find(
            throughRelay(relay, 3), DimseQuery{}, 0, &context, [](const QJsonObject&) {},
            [&](const Result<int>& r) { outcome = r; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 60000));
        QVERIFY(relay.faulted());
        QVERIFY(clock.elapsed() < 30000);
        QVERIFY(!outcome->ok());
        QVERIFY2(outcome->error().message.contains("stopped answering"),
                 qPrintable(outcome->error().message));
    }

    void cleanupTestCase() { m_nodes.stop(); }
};

QTEST_GUILESS_MAIN(TestDimseFaultsSandbox)
#include "TestDimseFaultsSandbox.moc"
