// The gateway in front of a DICOM node — DCMTK's dcmqrscp and Orthanc, each loaded with the
// sandbox's two-series CT study and pydicom's files — as a viewer reads it: QIDO-RS searches are
// answered by C-FIND with what the files hold (the files read with DCMTK are the oracle), and
// retrieval requests bring each series into the cache as the viewer asks for it, the series asked
// for first. Images that name another patient than the viewer's are held back until confirmed.

#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "dimse/DimseService.h"
#include "fhir/FhirClientFactory.h"
#include "gateway/DicomWebGateway.h"
#include "imaging/ImagingService.h"
#include "support/BothDicomNodes.h"
#include "support/DicomNodeFixture.h"
#include "support/DimseFaultRelay.h"
#include "support/FindAndRetrieve.h"
#include "support/GeneratedCtStudy.h"
#include "support/SandboxFixture.h"
#include "viewers/OnDemandRetrieval.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <memory>
#include <thread>

using namespace sightline;
using namespace sightline::test;

namespace {

QString firstValue(const QJsonValue& match, const char* tag) {
    const QJsonValue value = match.toObject().value(QLatin1String(tag)).toObject().value("Value");
    const QJsonValue first = value.toArray().first();
    return first.isObject() ? first.toObject().value("Alphabetic").toString() : first.toString();
}

// A number the match gives for `tag` (IS: a JSON number, or a string from some encoders); -1
// when it gives none.
qsizetype numberOf(const QJsonValue& match, const char* tag) {
    const QJsonArray value =
        match.toObject().value(QLatin1String(tag)).toObject().value("Value").toArray();
    if (value.isEmpty())
        return -1;
    return value.first().isString() ? value.first().toString().toLongLong()
                                    : qsizetype(value.first().toDouble());
}

QSet<QString> valuesOf(const QJsonArray& matches, const char* tag) {
    QSet<QString> out;
    for (const QJsonValue& match : matches)
        out.insert(firstValue(match, tag));
    return out;
}

QStringList pydicomFiles() {
    return {DicomNodeFixture::pydicomFile(QStringLiteral("test_files/CT_small.dcm")),
            DicomNodeFixture::pydicomFile(QStringLiteral("test_files/MR_small.dcm")),
            DicomNodeFixture::pydicomFile(QStringLiteral("charset_files/chrFren.dcm"))};
}

// A GET on a thread of its own (no event loop): the HTTP status, or 0.
int plainGet(quint16 port, const QByteArray& path) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 0;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                 "\r\nAccept: application/dicom+json\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(120000))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

struct Reply {
    int status = 0;
    QByteArray warning;
    QByteArray body;
    QJsonArray json() const { return QJsonDocument::fromJson(body).array(); }
};

} // namespace

class TestGatewayNodeSandbox : public QObject {
    Q_OBJECT

    BothDicomNodes m_nodes;
    QString m_study; // the sandbox's CT study: two series of 30 images
    QStringList m_series;
    QMap<QString, QStringList> m_files;         // by series
    QSet<QString> m_studies;                    // every study the nodes hold
    QMap<QString, QSet<QString>> m_seriesOf;    // study → its series, as the files hold them
    QMap<QString, QSet<QString>> m_instancesOf; // study or series → SOP Instance UIDs

    QNetworkAccessManager m_fhirNetwork; // unused: a node has no FHIR
    QNetworkAccessManager m_network;
    DimseService m_dimse;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ImagingService> m_imaging;
    std::unique_ptr<DicomWebGateway> m_gateway;
    std::unique_ptr<OnDemandRetrieval> m_onDemand;

    DicomNodeFixture* node() const { return m_nodes.current(); }

    // A viewer's source on the node, as StudyOpener makes it: the patient's studies (all the
    // node holds, here), served on demand, expecting `patient` in the images.
    QString viewerSource(const PatientIdentity& patient = {}, bool mismatchConfirmed = false,
                         const DicomNodeAddress* address = nullptr) {
        const ServerProfile server =
            DicomNodeFixture::profileFor(address ? *address : node()->address());
        ImagingStudyRecord record;
        record.studyUid = m_study;
        record.endpoint = ImagingEndpoint();
        record.endpoint->serviceBase = server.fhirBase;
        const QString id = m_gateway->sources().addForPatient(server.fhirBase, node()->name(), {},
                                                              QStringLiteral("the patient"),
                                                              m_studies, server.dicomNode);
        m_onDemand->serve(id, {server, record, patient, mismatchConfirmed});
        return id;
    }

    Reply get(const QString& source, const QString& path,
              const QByteArray& accept = "application/dicom+json") {
        QNetworkRequest request(QUrl(m_gateway->dicomWebRoot(source).toString() + path));
        request.setRawHeader("Accept", accept);
        QNetworkReply* reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 120000))
            return {};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->rawHeader("Warning"), reply->readAll()};
    }

    QSet<QString> sopUidsOfFiles(const QString& series) {
        QSet<QString> out;
        for (const QString& file : m_files.value(series))
            out.insert(DicomParser::parseFile(file).value().sopInstanceUid);
        return out;
    }

private slots:
    void initTestCase_data() { BothDicomNodes::addRows(); }

    void initTestCase() {
        qRegisterMetaType<RetrieveOutcome>();
        QString error;
        const GeneratedCtStudy ct = GeneratedCtStudy::make(&error);
        QVERIFY2(!ct.uid.isEmpty(), qPrintable(error));
        m_study = ct.uid;
        m_series = ct.series;
        m_files = ct.files;
        const QStringList files = pydicomFiles() + ct.allFiles();
        for (const QString& file : files) {
            const DicomHeader header = DicomParser::parseFile(file).value();
            m_studies.insert(header.studyInstanceUid);
            m_seriesOf[header.studyInstanceUid].insert(header.seriesInstanceUid);
            m_instancesOf[header.studyInstanceUid].insert(header.sopInstanceUid);
            m_instancesOf[header.seriesInstanceUid].insert(header.sopInstanceUid);
        }
        const QString started = m_nodes.start(files);
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_imaging = std::make_unique<ImagingService>(FhirClientFactory(&m_fhirNetwork, nullptr),
                                                     CacheConnections(m_dir->filePath("cache")));
        m_imaging->setDimse(&m_dimse);
        GatewayOptions options;
        options.cache = m_imaging->cache();
        m_gateway = std::make_unique<DicomWebGateway>(options);
        QVERIFY(m_gateway->start());
        m_onDemand = std::make_unique<OnDemandRetrieval>(m_imaging.get());
        m_gateway->setSeriesFetcher(m_onDemand->fetcher());
    }

    void cleanup() {
        m_gateway.reset();
        m_onDemand.reset();
        m_imaging.reset();
        m_dir.reset();
    }

    // /studies is a C-FIND: every study of the node, with its patient as the files name them;
    // matching, limit (with the Warning QIDO-RS gives) and offset as a viewer sends them; and
    // nothing comes into the cache for a search.
    void studySearchesAreCFinds() {
        const QString source = viewerSource();
        const Reply all = get(source, "/studies");
        QCOMPARE(all.status, 200);
        QCOMPARE(valuesOf(all.json(), "0020000D"), m_studies);
        const DicomHeader ct = DicomParser::parseFile(pydicomFiles().first()).value();
        for (const QJsonValue& match : all.json()) {
            if (firstValue(match, "0020000D") == ct.studyInstanceUid) {
                QCOMPARE(firstValue(match, "00100010"), ct.patientName);
                QCOMPARE(firstValue(match, "00100020"), ct.patientId);
            }
        }

        // How many series and images each study has, as the files say — also from a node
        // that keeps no such counts (dcmqrscp): a viewer's study list shows them.
        for (const QJsonValue& match : all.json()) {
            const QString study = firstValue(match, "0020000D");
            QCOMPARE(numberOf(match, "00201206"), m_seriesOf.value(study).size());
            QCOMPARE(numberOf(match, "00201208"), m_instancesOf.value(study).size());
        }

        const Reply byName = get(source, "/studies?PatientName=CompressedSamples*");
        QCOMPARE(byName.status, 200);
        QSet<QString> expected;
        for (const QString& file : pydicomFiles().mid(0, 2))
            expected.insert(DicomParser::parseFile(file).value().studyInstanceUid);
        QCOMPARE(valuesOf(byName.json(), "0020000D"), expected);
        QCOMPARE(valuesOf(get(source, "/studies?00100020=" + ct.patientId).json(), "0020000D"),
                 QSet<QString>{ct.studyInstanceUid});

        const Reply one = get(source, "/studies?limit=1");
        QCOMPARE(one.json().size(), 1);
        QVERIFY2(one.warning.startsWith("299"), one.warning.constData());
        QCOMPARE(get(source, "/studies?offset=1").json().size(), m_studies.size() - 1);
        QVERIFY(get(source, "/studies?limit=100").warning.isEmpty());
        QCOMPARE(m_imaging->cache().forThisThread().cachedInstanceCount(m_study), 0);
    }

    // A study's series and a series' instances are C-FINDs below the study level; what a node
    // cannot be asked is refused with a reason before anything is sent.
    void seriesAndInstanceSearches() {
        const QString source = viewerSource();
        const Reply series = get(source, "/studies/" + m_study + "/series");
        QCOMPARE(series.status, 200);
        QCOMPARE(valuesOf(series.json(), "0020000E"),
                 QSet<QString>(m_series.begin(), m_series.end()));
        for (const QJsonValue& s : series.json()) {
            QCOMPARE(firstValue(s, "00080060"), QString("CT"));
            QCOMPARE(numberOf(s, "00201209"),
                     m_instancesOf.value(firstValue(s, "0020000E")).size());
        }
        const Reply instances =
            get(source, "/studies/" + m_study + "/series/" + m_series.first() + "/instances");
        QCOMPARE(instances.status, 200);
        QCOMPARE(valuesOf(instances.json(), "00080018"), sopUidsOfFiles(m_series.first()));
        QCOMPARE(get(source, "/series?StudyInstanceUID=" + m_study).json().size(), m_series.size());

        const Reply unknown = get(source, "/studies?NoSuchAttribute=1");
        QCOMPARE(unknown.status, 400);
        QVERIFY2(unknown.body.contains("NoSuchAttribute"), unknown.body.constData());
        QCOMPARE(get(source, "/studies?ReferencedStudySequence.ReferencedSOPClassUID=1").status,
                 400);
        QCOMPARE(get(source, "/studies?limit=many").status, 400);
    }

    // The viewer asks for the second series first: it is retrieved (alone) while the request
    // waits, and answered from the cache; the first series comes when it is asked for.
    void theSeriesAskedForComesFirst() {
        const QString source = viewerSource();
        QSignalSpy retrievals(m_imaging.get(), &ImagingService::finished);
        const QString second = m_series.at(1);
        const Reply metadata =
            get(source, "/studies/" + m_study + "/series/" + second + "/metadata");
        QCOMPARE(metadata.status, 200);
        QCOMPARE(valuesOf(metadata.json(), "00080018"), sopUidsOfFiles(second));
        ImageCache& cache = m_imaging->cache().forThisThread();
        QVERIFY(cache.isSeriesComplete(second));
        QCOMPARE(cache.instancesOf(m_study, m_series.first()).size(), 0);
        QCOMPARE(retrievals.size(), 1);

        const QString sop = *sopUidsOfFiles(m_series.first()).cbegin();
        const Reply frame = get(source,
                                "/studies/" + m_study + "/series/" + m_series.first() +
                                    "/instances/" + sop + "/frames/1",
                                "multipart/related; type=\"application/octet-stream\"");
        QCOMPARE(frame.status, 200);
        QVERIFY(cache.isSeriesComplete(m_series.first()));
        QCOMPARE(retrievals.size(), 2);
        // Asked again: answered from the cache, nothing retrieved.
        QCOMPARE(get(source, "/studies/" + m_study + "/metadata").status, 200);
        QCOMPARE(retrievals.size(), 2);
    }

    // Requests made together share retrievals: no series is retrieved twice (one retrieval
    // when they reach the gateway together, two when the second comes after the first began).
    void requestsTogetherShareRetrievals() {
        const QString source = viewerSource();
        QSignalSpy retrievals(m_imaging.get(), &ImagingService::finished);
        QList<QNetworkReply*> replies;
        for (const QString& series : {m_series.at(0), m_series.at(0), m_series.at(1)}) {
            QNetworkRequest request(QUrl(m_gateway->dicomWebRoot(source).toString() + "/studies/" +
                                         m_study + "/series/" + series + "/metadata"));
            replies << m_network.get(request);
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(replies.cbegin(), replies.cend(),
                                   [](QNetworkReply* r) { return r->isFinished(); });
            },
            120000));
        for (QNetworkReply* reply : replies) {
            reply->deleteLater();
            QVERIFY2(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200,
                     reply->readAll().constData());
        }
        QVERIFY2(retrievals.size() >= 1 && retrievals.size() <= 2,
                 qPrintable(QString::number(retrievals.size())));
    }

    // A viewer asking for two series at once: one retrieval brings both, in the order asked,
    // and the first is served as soon as it is whole — here while the node hangs in the middle
    // of the second (a relay stops passing anything on once the first series has come through).
    void aSeriesIsServedOnceItIsWhole() {
        qint64 firstSeriesBytes = 0;
        for (const QString& file : m_files.value(m_series.first()))
            firstSeriesBytes += QFileInfo(file).size();
        DimseFaultRelay relay(node()->address().port, DimseFaultRelay::Fault::Stall,
                              firstSeriesBytes + (1 << 20));
        DicomNodeAddress hanging = node()->address();
        hanging.port = relay.port();
        hanging.responseTimeoutSeconds = 3;
        const QString source = viewerSource({}, false, &hanging);
        QSignalSpy retrievals(m_imaging.get(), &ImagingService::finished);
        // Both requests reach the gateway before this thread (where retrievals start) turns.
        const auto ask = [&](const QString& series) {
            return std::async(std::launch::async,
                              [port = m_gateway->port(),
                               path = m_gateway->dicomWebRoot(source).path() + "/studies/" +
                                      m_study + "/series/" + series +
                                      "/metadata"] { return plainGet(port, path.toUtf8()); });
        };
        auto first = ask(m_series.at(0));
        std::this_thread::sleep_for(std::chrono::milliseconds(500)); // asked first
        auto second = ask(m_series.at(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(1000));
        QVERIFY(QTest::qWaitFor(
            [&] { return first.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
            60000));
        QCOMPARE(first.get(), 200);
        // The node hangs in the second series: the retrieval is still running.
        QVERIFY(QTest::qWaitFor([&] { return relay.faulted(); }, 20000));
        QCOMPARE(retrievals.size(), 0);
        ImageCache& cache = m_imaging->cache().forThisThread();
        QVERIFY(cache.isSeriesComplete(m_series.at(0)));
        QVERIFY(!cache.isSeriesComplete(m_series.at(1)));
        QVERIFY(second.wait_for(std::chrono::seconds(0)) != std::future_status::ready);
        QVERIFY(QTest::qWaitFor([&] { return retrievals.size() == 1; }, 60000)); // timed out
        QCOMPARE(retrievals.first().first().toString(), m_study);
        second.wait();
    }

    // Requests waiting for a node each hold one of the gateway's workers, but never all of them:
    // beyond the limit a request is told at once to ask again (503, Retry-After), and another
    // viewer's search is answered meanwhile. Here with 6 workers, at most 3 waiting, and 6
    // requests for a node that hangs.
    void waitingRequestsLeaveWorkersFree() {
        QFETCH_GLOBAL(int, kind);
        if (DicomNodeFixture::Kind(kind) != DicomNodeFixture::Kind::Dcmqrscp)
            QSKIP("The gateway's limit does not depend on the node");
        GatewayOptions options;
        options.cache = m_imaging->cache();
        options.workers = 6;
        options.mostWaitingForNodes = 3;
        DicomWebGateway gateway(options);
        QVERIFY(gateway.start());
        gateway.setSeriesFetcher(m_onDemand->fetcher());
        DimseFaultRelay relay(node()->address().port, DimseFaultRelay::Fault::Stall, 1);
        DicomNodeAddress hanging = node()->address();
        hanging.port = relay.port();
        hanging.connectTimeoutSeconds = 8;
        hanging.responseTimeoutSeconds = 8;
        const auto sourceOn = [&](const DicomNodeAddress& address, const QString& patient) {
            const ServerProfile server = DicomNodeFixture::profileFor(address);
            ImagingStudyRecord record;
            record.studyUid = m_study;
            record.endpoint = ImagingEndpoint();
            record.endpoint->serviceBase = server.fhirBase;
            const QString id = gateway.sources().addForPatient(
                server.fhirBase, node()->name(), {}, patient, m_studies, server.dicomNode);
            m_onDemand->serve(id, {server, record, {}, false});
            return gateway.dicomWebRoot(id).path().toUtf8();
        };
        const QByteArray waitingRoot = sourceOn(hanging, QStringLiteral("the patient"));
        const QByteArray otherRoot = sourceOn(node()->address(), QStringLiteral("another"));
        std::vector<std::future<int>> asked;
        for (int i = 0; i < 6; ++i)
            asked.push_back(std::async(std::launch::async, [&, i] {
                return plainGet(gateway.port(), waitingRoot + "/studies/" + m_study.toUtf8() +
                                                    "/series/" + m_series.at(i % 2).toUtf8() +
                                                    "/metadata");
            }));
        const auto ready = [](std::future<int>& f) {
            return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
        };
        // Three are told at once, three wait.
        QVERIFY(QTest::qWaitFor(
            [&] { return std::count_if(asked.begin(), asked.end(), ready) == 3; }, 3000));
        QElapsedTimer clock;
        clock.start();
        auto search = std::async(std::launch::async,
                                 [&] { return plainGet(gateway.port(), otherRoot + "/studies"); });
        QVERIFY(QTest::qWaitFor([&] { return ready(search); }, 20000));
        QCOMPARE(search.get(), 200);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(std::count_if(asked.begin(), asked.end(), ready), 3); // still waiting
        QVERIFY(
            QTest::qWaitFor([&] { return std::all_of(asked.begin(), asked.end(), ready); }, 60000));
        int busy = 0;
        for (std::future<int>& f : asked)
            busy += f.get() == 503 ? 1 : 0;
        QCOMPARE(busy, 3);
    }

    // Images of another patient than the viewer's: not shown (409, saying why) — not even
    // single frames of them — until the user opens the study again and confirms.
    void anotherPatientsImagesAreHeldBack() {
        PatientIdentity someoneElse;
        someoneElse.patientReference = "Patient/other";
        someoneElse.identifiers = {{"urn:mrn", "NOT-THIS-ONE"}};
        someoneElse.family = "Elsewhere";
        someoneElse.given = {"Nobody"};
        someoneElse.names = {{"Elsewhere", {"Nobody"}}};
        const QString source = viewerSource(someoneElse);
        const QString series = m_series.first();
        const Reply held = get(source, "/studies/" + m_study + "/series/" + series + "/metadata");
        QCOMPARE(held.status, 409);
        QVERIFY2(held.body.contains("another patient"), held.body.constData());
        // Nor listed, with the other patient's name, in the viewer's study list.
        const Reply listed = get(source, "/studies");
        QCOMPARE(listed.status, 200);
        QVERIFY2(!listed.body.contains(m_study.toLatin1()), listed.body.constData());
        const QString sop = *sopUidsOfFiles(series).cbegin();
        QCOMPARE(
            get(source,
                "/studies/" + m_study + "/series/" + series + "/instances/" + sop + "/frames/1",
                "multipart/related; type=\"application/octet-stream\"")
                .status,
            409);

        const QString confirmed = viewerSource(someoneElse, true);
        QCOMPARE(confirmed, source); // the same viewer's source, now confirmed
        QCOMPARE(get(source, "/studies/" + m_study + "/series/" + series + "/metadata").status,
                 200);
        QVERIFY(get(source, "/studies").body.contains(m_study.toLatin1()));
        // Confirmed for that study only: another of the viewer's studies that names someone
        // else is held back too.
        const DicomHeader ct = DicomParser::parseFile(pydicomFiles().first()).value();
        const Reply other = get(source, "/studies/" + ct.studyInstanceUid + "/series/" +
                                            ct.seriesInstanceUid + "/metadata");
        QCOMPARE(other.status, 409);
    }

    // A study nothing of which was retrieved yet is listed in a patient's viewer only when the
    // node's answer names that patient (the files' headers compared in full are the oracle);
    // spelling a name in other letter case is not a difference.
    void aStudyIsListedOnlyUnderItsOwnPatient() {
        PatientIdentity someoneElse;
        someoneElse.patientReference = "Patient/other";
        someoneElse.identifiers = {{"urn:mrn", "NOT-THIS-ONE"}};
        someoneElse.family = "Elsewhere";
        someoneElse.names = {{"Elsewhere", {"Nobody"}}};
        const Reply nobodys = get(viewerSource(someoneElse), "/studies");
        QCOMPARE(nobodys.status, 200);
        QCOMPARE(nobodys.json().size(), 0);

        const DicomHeader ct = DicomParser::parseFile(pydicomFiles().first()).value();
        PatientIdentity theirs;
        theirs.patientReference = "Patient/ct";
        theirs.identifiers = {{"urn:mrn", ct.patientId}};
        theirs.family = ct.patientName.section('^', 0, 0).toLower();
        theirs.given = {ct.patientName.section('^', 1, 1).toUpper()};
        theirs.names = {{theirs.family, theirs.given}};
        QSet<QString> expected;
        for (const QString& file : pydicomFiles() + m_files.value(m_series.first()).mid(0, 1)) {
            const DicomHeader header = DicomParser::parseFile(file).value();
            if (!PatientMatch::compare(theirs, header).isMismatch())
                expected.insert(header.studyInstanceUid);
        }
        QVERIFY(expected.contains(ct.studyInstanceUid));
        QVERIFY(expected.size() < m_studies.size());
        // A source of its own (another viewer), as StudyOpener makes one per patient.
        const ServerProfile server = DicomNodeFixture::profileFor(node()->address());
        const QString source = m_gateway->sources().addForPatient(
            server.fhirBase, node()->name(), {}, QStringLiteral("their patient"), m_studies,
            server.dicomNode);
        ImagingStudyRecord record;
        record.studyUid = ct.studyInstanceUid;
        record.endpoint = ImagingEndpoint();
        record.endpoint->serviceBase = server.fhirBase;
        m_onDemand->serve(source, {server, record, theirs, false});
        const Reply listed = get(source, "/studies");
        QCOMPARE(listed.status, 200);
        QCOMPARE(valuesOf(listed.json(), "0020000D"), expected);
        // Counted after the filter: a limit still fills its page with the patient's studies.
        QCOMPARE(get(source, "/studies?limit=1").json().size(), 1);
        QCOMPARE(m_imaging->cache().forThisThread().cachedInstanceCount(ct.studyInstanceUid), 0);
    }

    // A study the cache already holds (the Studies panel retrieved it, for nobody in
    // particular) is compared with the viewer's patient before the viewer sees any of it.
    void aCachedStudyIsComparedBeforeItIsShown() {
        const DicomHeader ct = DicomParser::parseFile(pydicomFiles().first()).value();
        const ServerProfile server = DicomNodeFixture::profileFor(node()->address());
        const RetrieveOutcome retrieved = findAndRetrieve(*m_imaging, server, ct.studyInstanceUid);
        QVERIFY(retrieved.complete());
        PatientIdentity someoneElse;
        someoneElse.identifiers = {{"urn:mrn", "NOT-THIS-ONE"}};
        someoneElse.family = "Elsewhere";
        someoneElse.names = {{"Elsewhere", {"Nobody"}}};
        const QString source = viewerSource(someoneElse);
        QSignalSpy retrievals(m_imaging.get(), &ImagingService::finished);
        const Reply held = get(source, "/studies/" + ct.studyInstanceUid + "/series/" +
                                           ct.seriesInstanceUid + "/metadata");
        QCOMPARE(held.status, 409);
        QCOMPARE(retrievals.size(), 0); // nothing retrieved: it was all there
        // The patient it does name sees it.
        PatientIdentity theirs;
        theirs.identifiers = {{"urn:mrn", ct.patientId}};
        theirs.family = ct.patientName.section('^', 0, 0);
        theirs.names = {{theirs.family, {ct.patientName.section('^', 1, 1)}}};
        const QString right = m_gateway->sources().addForPatient(
            server.fhirBase, node()->name(), {}, QStringLiteral("their patient"),
            {ct.studyInstanceUid}, server.dicomNode);
        ImagingStudyRecord record;
        record.studyUid = ct.studyInstanceUid;
        record.endpoint = ImagingEndpoint();
        record.endpoint->serviceBase = server.fhirBase;
        m_onDemand->serve(right, {server, record, theirs, false});
        QCOMPARE(get(right, "/studies/" + ct.studyInstanceUid + "/series/" + ct.seriesInstanceUid +
                                "/metadata")
                     .status,
                 200);
    }

    // Stopping the gateway lets requests waiting for a node go at once (with an error), not
    // after the wait runs out: the window's thread, which stops it, is the one that would have
    // answered them.
    void stoppingTheGatewayReleasesWaitingRequests() {
        DimseFaultRelay relay(node()->address().port, DimseFaultRelay::Fault::Stall, 1);
        DicomNodeAddress slow = node()->address();
        slow.port = relay.port();
        slow.responseTimeoutSeconds = 60;
        const QString source = viewerSource({}, false, &slow);
        QNetworkRequest request(QUrl(m_gateway->dicomWebRoot(source).toString() + "/studies/" +
                                     m_study + "/series/" + m_series.first() + "/metadata"));
        QNetworkReply* reply = m_network.get(request);
        QVERIFY(QTest::qWaitFor([&] { return relay.faulted(); }, 20000));
        QElapsedTimer clock;
        clock.start();
        m_gateway->stop();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
        reply->deleteLater();
    }

    // A node that cannot be reached: a search says so, or answers from the cache marked as
    // such; a retrieval request says why it failed instead of hanging.
    void anUnreachableNodeSaysSo() {
        DicomNodeAddress gone = node()->address();
        gone.port = DicomNodeFixture::freePort();
        gone.connectTimeoutSeconds = 3;
        const QString source = viewerSource({}, false, &gone);
        const Reply search = get(source, "/studies");
        QCOMPARE(search.status, 200);
        QVERIFY2(search.warning.contains("Disconnected"), search.warning.constData());
        const Reply metadata =
            get(source, "/studies/" + m_study + "/series/" + m_series.first() + "/metadata");
        QVERIFY2(metadata.status == 502 || metadata.status == 404,
                 qPrintable(QString::number(metadata.status)));
        QVERIFY2(!metadata.body.trimmed().isEmpty(), "no reason given");
    }

    void cleanupTestCase() { m_nodes.stop(); }
};

QTEST_GUILESS_MAIN(TestGatewayNodeSandbox)
#include "TestGatewayNodeSandbox.moc"
