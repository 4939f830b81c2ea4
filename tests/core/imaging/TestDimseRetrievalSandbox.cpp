// A DICOM node's imaging through ImagingService, as the Studies panel and `sightline retrieve`
// use it: patients and studies found by C-FIND, studies retrieved by C-GET into the image cache.
// Against DCMTK's dcmqrscp and Orthanc, both loaded with pydicom's DICOMDIR test studies (data
// Sightline did not make); every expectation is read from those files with DCMTK (the oracle).

#include "cache/CacheConnections.h"
#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "dimse/DimseService.h"
#include "dimse/ReceivingNode.h"
#include "fhir/FhirClientFactory.h"
#include "imaging/ImagingService.h"
#include "support/DicomNodeFixture.h"
#include "support/FindAndRetrieve.h"
#include "support/LargeDicomFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dctk.h>

#include <map>
#include <memory>
#include <optional>

using namespace sightline;
using namespace sightline::test;

namespace {

// One file of the corpus as DCMTK reads it.
struct FileFacts {
    QString patientId;
    QString study;
    QString series;
    QString sop;
    QByteArray pixels;
};

std::optional<FileFacts> factsOf(DcmFileFormat& file) {
    DcmDataset* data = file.getDataset();
    OFString patient, study, series, sop;
    data->findAndGetOFString(DCM_PatientID, patient);
    data->findAndGetOFString(DCM_StudyInstanceUID, study);
    data->findAndGetOFString(DCM_SeriesInstanceUID, series);
    data->findAndGetOFString(DCM_SOPInstanceUID, sop);
    if (sop.empty())
        return std::nullopt;
    const Uint8* pixels = nullptr;
    unsigned long length = 0;
    data->findAndGetUint8Array(DCM_PixelData, pixels, &length);
    return FileFacts{QString::fromLatin1(patient.c_str()), QString::fromLatin1(study.c_str()),
                     QString::fromLatin1(series.c_str()), QString::fromLatin1(sop.c_str()),
                     QByteArray(reinterpret_cast<const char*>(pixels), qsizetype(length))};
}

std::optional<FileFacts> factsOfFile(const QString& path) {
    DcmFileFormat file;
    if (file.loadFile(path.toLocal8Bit().constData()).bad())
        return std::nullopt;
    return factsOf(file);
}

// Three patients' studies from pydicom's DICOMDIR tests: one study of four series (three CR, a
// CT of four images) for patient 77654033; four studies for patient 98890234, one of them of
// two CT series (five and two images).
QStringList corpus() {
    QStringList files;
    for (const QString& folder :
         {QStringLiteral("77654033"), QStringLiteral("98892001"), QStringLiteral("98892003")}) {
        QDirIterator it(
            DicomNodeFixture::pydicomFile(QStringLiteral("test_files/dicomdirtests/") + folder),
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

const QString kTwoSeriesStudy = QStringLiteral("1.3.6.1.4.1.5962.1.1.0.0.0.1194734704.16302.0.1");

// SOP Instance UID → what the file says, for the corpus files of `study`.
std::map<QString, FileFacts> filesOfStudy(const QString& study) {
    std::map<QString, FileFacts> out;
    for (const QString& path : corpus()) {
        if (const auto facts = factsOfFile(path); facts && facts->study == study)
            out[facts->sop] = *facts;
    }
    return out;
}

} // namespace

class TestDimseRetrievalSandbox : public QObject {
    Q_OBJECT

    std::map<DicomNodeFixture::Kind, std::unique_ptr<DicomNodeFixture>> m_nodes;
    quint16 m_movePort = 0; // where both nodes send C-MOVE's images (SIGHTLINE registered)

    DicomNodeFixture* node() {
        QFETCH_GLOBAL(int, kind);
        return m_nodes.at(DicomNodeFixture::Kind(kind)).get();
    }

    // ImagingService as AppServices builds it for DICOM nodes, on a cache of its own.
    struct Imaging {
        explicit Imaging(const QString& cacheRoot)
            : imaging(FhirClientFactory(&network, nullptr), CacheConnections(cacheRoot))
            , receivingNode(imaging.cache()) {
            imaging.setDimse(&dimse);
            imaging.setReceivingNode(&receivingNode);
        }
        QNetworkAccessManager network;
        DimseService dimse;
        ImagingService imaging;
        ReceivingNode receivingNode;
    };

    // The node's profile set to retrieve by C-MOVE, and Sightline's receiving node listening
    // where the node sends (as `aeTitle`).
    ServerProfile moveProfile(Imaging& s, const QString& aeTitle = QStringLiteral("SIGHTLINE"),
                              quint16 port = 0) {
        StorageScpSettings settings;
        settings.aeTitle = aeTitle;
        settings.port = port ? port : m_movePort;
        const Status started = s.receivingNode.start(settings);
        if (!started)
            qWarning() << started.error().toString();
        ServerProfile server = DicomNodeFixture::profileFor(node()->address());
        server.dicomNode.retrieve = DicomNodeAddress::Retrieve::Move;
        return server;
    }

    static Result<PatientStudies> findStudies(ImagingService& imaging, const ServerProfile& node,
                                              const QString& patientId) {
        std::optional<Result<PatientStudies>> found;
        QObject context;
        imaging.findStudies(node, patientId, &context,
                            [&](const Result<PatientStudies>& r) { found = r; });
        if (!QTest::qWaitFor([&] { return found.has_value(); }, 30000))
            return Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *found;
    }

    // Retrieves `study` (found first, as a user would) and waits for the outcome.
    static RetrieveOutcome retrieve(ImagingService& imaging, const ServerProfile& node,
                                    const QString& study, const QStringList& series = {},
                                    const PatientIdentity& patient = {},
                                    bool cancelAtOnce = false) {
        return findAndRetrieve(imaging, node, study, series, patient, cancelAtOnce);
    }

    static QString problems(const RetrieveOutcome& outcome) {
        QStringList out;
        for (const Error& e : outcome.errors)
            out << e.toString();
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("dcmqrscp") << int(DicomNodeFixture::Kind::Dcmqrscp);
        QTest::newRow("Orthanc") << int(DicomNodeFixture::Kind::Orthanc);
    }

    void initTestCase() {
        qRegisterMetaType<RetrieveOutcome>();
        {
            QTcpServer probe; // a free port for Sightline's receiving node
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            m_movePort = probe.serverPort();
        }
        for (auto kind : {DicomNodeFixture::Kind::Dcmqrscp, DicomNodeFixture::Kind::Orthanc}) {
            auto fixture = std::make_unique<DicomNodeFixture>(kind, m_movePort);
            const QString started = fixture->start();
            QVERIFY2(started.isEmpty(), qPrintable(started));
            const QString loaded = fixture->load(corpus());
            QVERIFY2(loaded.isEmpty(), qPrintable(fixture->name() + ": " + loaded));
            m_nodes[kind] = std::move(fixture);
        }
    }

    // Patients found by name are grouped by PatientID; a patient's studies are those of the
    // files with that PatientID, each with the series the files hold, and point at the node.
    void patientsAndTheirStudies() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const ServerProfile server = DicomNodeFixture::profileFor(node()->address());

        std::optional<Result<PatientSearch::Found>> patients;
        s.imaging.findPatients(server, QStringLiteral("doe"), this,
                               [&](const Result<PatientSearch::Found>& r) { patients = r; });
        QTRY_VERIFY_WITH_TIMEOUT(patients.has_value(), 30000);
        QVERIFY2(patients->ok(), qPrintable(patients->error().toString()));
        QStringList ids;
        for (const QJsonObject& patient : patients->value().patients)
            ids << patient.value(QLatin1String("id")).toString();
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("77654033"), QStringLiteral("98890234")}));

        std::map<QString, QSet<QString>> expected; // study → series, from the files
        for (const QString& path : corpus()) {
            const auto facts = factsOfFile(path);
            QVERIFY(facts);
            if (facts->patientId == QLatin1String("98890234"))
                expected[facts->study].insert(facts->series);
        }
        const auto found = findStudies(s.imaging, server, QStringLiteral("98890234"));
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        std::map<QString, QSet<QString>> answered;
        for (const ImagingStudyRecord& study : found->studies) {
            QVERIFY2(study.retrievable(), qPrintable(study.problem));
            QCOMPARE(study.endpoint->connectionType, QStringLiteral("dicom-dimse"));
            QCOMPARE(study.endpoint->serviceBase, server.fhirBase);
            for (const ImagingSeriesRecord& series : study.series)
                answered[study.studyUid].insert(series.uid);
        }
        QCOMPARE(answered, expected);
        QCOMPARE(found->identity.identifiers.value(0).second, QStringLiteral("98890234"));
    }

    // The whole study by C-GET: every instance of the files, with the files' pixels, indexed,
    // with thumbnails, and the study marked complete from the node's own listing.
    void retrievesAStudy() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const ServerProfile server = DicomNodeFixture::profileFor(node()->address());
        const RetrieveOutcome outcome = retrieve(s.imaging, server, kTwoSeriesStudy);
        QVERIFY2(outcome.complete(), qPrintable(problems(outcome)));
        const auto files = filesOfStudy(kTwoSeriesStudy);
        QCOMPARE(outcome.stored, int(files.size()));
        QCOMPARE(outcome.alreadyCached, 0);
        QVERIFY(!outcome.mismatch.isMismatch());

        ImageCache& cache = s.imaging.cache().forThisThread();
        QCOMPARE(cache.cachedInstanceCount(kTwoSeriesStudy), qint64(files.size()));
        for (const auto& [sop, facts] : files) {
            DcmFileFormat cached;
            QVERIFY2(cached.loadFile(cache.instancePath(sop).toLocal8Bit().constData()).good(),
                     qPrintable(sop));
            const auto read = factsOf(cached);
            QVERIFY(read);
            QCOMPARE(read->series, facts.series);
            QCOMPARE(read->pixels, facts.pixels);
        }
        QVERIFY(cache.isStudyComplete(kTwoSeriesStudy));
    }

    // A later run asks only for what is missing, and the study is whole again.
    void resumesWhatIsMissing() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const ServerProfile server = DicomNodeFixture::profileFor(node()->address());
        QVERIFY(retrieve(s.imaging, server, kTwoSeriesStudy).complete());
        ImageCache& cache = s.imaging.cache().forThisThread();
        const auto files = filesOfStudy(kTwoSeriesStudy);
        int removed = 0;
        for (const auto& [sop, facts] : files) {
            if (removed == 3)
                break;
            QVERIFY(QFile::remove(cache.instancePath(sop)));
            ++removed;
        }
        (void)cache.verify(true); // the index forgets the files gone
        QCOMPARE(cache.cachedInstanceCount(kTwoSeriesStudy), qint64(files.size()) - 3);

        const RetrieveOutcome again = retrieve(s.imaging, server, kTwoSeriesStudy);
        QVERIFY2(again.complete(), qPrintable(problems(again)));
        QCOMPARE(again.stored, 3);
        QCOMPARE(again.alreadyCached, int(files.size()) - 3);
        QCOMPARE(cache.cachedInstanceCount(kTwoSeriesStudy), qint64(files.size()));
        QVERIFY(cache.isStudyComplete(kTwoSeriesStudy));
    }

    // One series asked for: that series alone, complete; the study is not.
    void onlyTheSeriesAskedFor() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const auto files = filesOfStudy(kTwoSeriesStudy);
        const QString series = files.begin()->second.series;
        int inSeries = 0;
        for (const auto& [sop, facts] : files)
            inSeries += facts.series == series ? 1 : 0;
        const RetrieveOutcome outcome = retrieve(
            s.imaging, DicomNodeFixture::profileFor(node()->address()), kTwoSeriesStudy, {series});
        QVERIFY2(outcome.complete(), qPrintable(problems(outcome)));
        QCOMPARE(outcome.stored, inSeries);
        ImageCache& cache = s.imaging.cache().forThisThread();
        QCOMPARE(cache.cachedInstances(series).size(), inSeries);
        QVERIFY(cache.isSeriesComplete(series));
        QVERIFY(!cache.isStudyComplete(kTwoSeriesStudy));
    }

    // The whole study asked for while one of its series is on its way (a viewer's on-demand
    // retrieval, then Retrieve in the Studies panel): the asker's view lasts until the rest has
    // followed, and its outcome is the whole study's — not the series' "complete".
    void aWholeStudyAskedDuringASeriesRetrievalFollowsIt() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const ServerProfile server = DicomNodeFixture::profileFor(node()->address());
        PatientIdentity patient;
        const ImagingStudyRecord study = findStudy(s.imaging, server, kTwoSeriesStudy, &patient);
        QVERIFY(!study.studyUid.isEmpty());
        const QString series = filesOfStudy(kTwoSeriesStudy).begin()->second.series;
        QList<RetrieveOutcome> announced; // what observers of every retrieval (the panel) see
        QObject context;
        connect(&s.imaging, &ImagingService::finished, &context,
                [&](const QString&, const RetrieveOutcome& o) { announced << o; });
        Retrieval* seriesOnly = s.imaging.retrieve(server, study, patient, {series});
        Retrieval* whole = s.imaging.retrieve(server, study, patient);
        QVERIFY(seriesOnly && whole);
        std::optional<RetrieveOutcome> outcome;
        connect(whole, &Retrieval::finished, &context,
                [&](const RetrieveOutcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
        QVERIFY2(outcome->complete(), qPrintable(problems(*outcome)));
        ImageCache& cache = s.imaging.cache().forThisThread();
        QVERIFY(cache.isStudyComplete(kTwoSeriesStudy));
        QCOMPARE(cache.cachedInstanceCount(kTwoSeriesStudy),
                 int(filesOfStudy(kTwoSeriesStudy).size()));
        QVERIFY(!s.imaging.isRetrieving(kTwoSeriesStudy));
        // The series' end is announced as a part that more follows, then the study's.
        QCOMPARE(announced.size(), 2);
        QVERIFY(announced.first().followedUp);
        QVERIFY(!announced.last().followedUp);
        QCOMPARE(announced.last().stored + announced.last().alreadyCached,
                 int(filesOfStudy(kTwoSeriesStudy).size()));
    }

    // The study's images name another patient than the one the user has open: reported.
    void patientMismatchReported() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        PatientIdentity other;
        other.identifiers = {{QString(), QStringLiteral("SOMEONE-ELSE")}};
        other.family = QStringLiteral("Other");
        other.names = {{QStringLiteral("Other"), {QStringLiteral("Someone")}}};
        const RetrieveOutcome outcome = retrieve(
            s.imaging, DicomNodeFixture::profileFor(node()->address()), kTwoSeriesStudy, {}, other);
        QVERIFY(outcome.mismatch.isMismatch());
    }

    // Stopped at once: nothing is called complete, and the outcome says it was cancelled.
    void cancelled() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const RetrieveOutcome outcome =
            retrieve(s.imaging, DicomNodeFixture::profileFor(node()->address()), kTwoSeriesStudy,
                     {}, {}, true);
        QVERIFY(outcome.cancelled);
        QVERIFY(!s.imaging.cache().forThisThread().isStudyComplete(kTwoSeriesStudy));
    }

    // By C-MOVE: the node sends the study to Sightline's receiving node, which stores it; the
    // retrieval counts it as it appears in the cache, with the files' pixels, and the study is
    // complete from the node's listing.
    void retrievesByMove() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const RetrieveOutcome outcome = retrieve(s.imaging, moveProfile(s), kTwoSeriesStudy);
        QVERIFY2(outcome.complete(), qPrintable(problems(outcome)));
        const auto files = filesOfStudy(kTwoSeriesStudy);
        QCOMPARE(outcome.stored, int(files.size()));
        ImageCache& cache = s.imaging.cache().forThisThread();
        for (const auto& [sop, facts] : files) {
            DcmFileFormat cached;
            QVERIFY2(cached.loadFile(cache.instancePath(sop).toLocal8Bit().constData()).good(),
                     qPrintable(sop));
            QCOMPARE(factsOf(cached)->pixels, facts.pixels);
        }
        QVERIFY(cache.isStudyComplete(kTwoSeriesStudy));
    }

    // A move destination the node does not know: the sentence says what to register.
    void moveDestinationUnknown() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const RetrieveOutcome outcome =
            retrieve(s.imaging, moveProfile(s, QStringLiteral("NOT_REGISTERED")), kTwoSeriesStudy);
        QVERIFY(!outcome.complete());
        QVERIFY2(problems(outcome).contains(QLatin1String("NOT_REGISTERED")),
                 qPrintable(problems(outcome)));
        QCOMPARE(outcome.stored, 0);
    }

    // Registered at one port, listening at another: nothing arrives, and the sentence says
    // where the node sends and what to check.
    void nothingArrives() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 elsewhere = probe.serverPort();
        probe.close();
        const RetrieveOutcome outcome = retrieve(
            s.imaging, moveProfile(s, QStringLiteral("SIGHTLINE"), elsewhere), kTwoSeriesStudy);
        QVERIFY(!outcome.complete());
        QCOMPARE(outcome.stored, 0);
        QVERIFY2(problems(outcome).contains(QLatin1String("registered as a move destination")) &&
                     problems(outcome).contains(QString::number(s.receivingNode.port())),
                 qPrintable(problems(outcome)));
    }

    // A node on another computer cannot reach a receiving node that listens on this one only:
    // said before anything is asked of the node, with the way out.
    void moveFromElsewhereNeedsRemoteAccess() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        ServerProfile server = DicomNodeFixture::profileFor(node()->address());
        server.dicomNode.host = QStringLiteral("pacs.example");
        server.dicomNode.retrieve = DicomNodeAddress::Retrieve::Move;
        ImagingStudyRecord study;
        study.studyUid = kTwoSeriesStudy;
        study.endpoint = ImagingEndpoint{};
        study.endpoint->connectionType = QStringLiteral("dicom-dimse");
        study.endpoint->serviceBase = ServerProfile::dicomNodeUrl(server.dicomNode);
        Retrieval* retrieval = s.imaging.retrieve(server, study, {});
        QVERIFY(retrieval);
        std::optional<RetrieveOutcome> outcome;
        connect(retrieval, &Retrieval::finished, this,
                [&](const RetrieveOutcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY2(problems(*outcome).contains(QLatin1String("accept-remote")),
                 qPrintable(problems(*outcome)));
        QVERIFY(!s.receivingNode.isRunning()); // nothing opened for a move that cannot work
    }

    // A study the node does not have: found nowhere, with a sentence that says so.
    void unknownStudy() {
        QTemporaryDir dir;
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const RetrieveOutcome outcome =
            retrieve(s.imaging, DicomNodeFixture::profileFor(node()->address()),
                     QStringLiteral("1.2.3.4.5.6.7"));
        QVERIFY(!outcome.complete());
        QVERIFY2(problems(outcome).contains(QLatin1String("has no study with UID")),
                 qPrintable(problems(outcome)));
    }

    // A large object (a long multi-frame series in one file) comes by C-GET without being held
    // in memory: it is streamed to disk as it arrives, so Sightline's peak memory grows by far
    // less than the object, and the cached file holds the object as the node has it (DCMTK's
    // reading of the file the node was loaded with is the oracle). Last: it adds a study.
    void aLargeImageIsStreamedToDisk() {
        QTemporaryDir dir;
        const QString large = dir.filePath(QStringLiteral("large.dcm"));
        constexpr quint32 largeBytes = 160u << 20;
        QVERIFY(writeWithPixelData(
            DicomNodeFixture::pydicomFile(QStringLiteral("test_files/CT_small.dcm")), large,
            largeBytes));
        const QString loaded = node()->load({large});
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        const auto header = DicomParser::parseFile(large); // its pixel data left on disk
        QVERIFY(header);
        Imaging s(dir.filePath(QStringLiteral("cache")));
        const ServerProfile server = DicomNodeFixture::profileFor(node()->address());
        resetPeakResidentBytes();
        const qint64 peakBefore = peakResidentBytes();
        const RetrieveOutcome outcome = retrieve(s.imaging, server, header->studyInstanceUid);
        QVERIFY2(outcome.complete(), qPrintable(problems(outcome)));
        const qint64 grown = peakResidentBytes() - peakBefore;
        if (kPeakMemoryMeaningful)
            QVERIFY2(grown < qint64(largeBytes) / 4, qPrintable(QString::number(grown)));
        const QString cached =
            s.imaging.cache().forThisThread().instancePath(header->sopInstanceUid);
        QCOMPARE(datasetElements(cached), datasetElements(large));
        const QByteArray sentPixels = pixelDataSha256(large);
        QVERIFY(!sentPixels.isEmpty());
        QCOMPARE(pixelDataSha256(cached), sentPixels);
        QCOMPARE(QDir(ImageCache::incomingFolder(dir.filePath(QStringLiteral("cache"))))
                     .entryList(QDir::Files | QDir::Hidden),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDimseRetrievalSandbox)
#include "TestDimseRetrievalSandbox.moc"
