#include "audit/AuditTrail.h"
#include "common/ContentChecksum.h"
#include "dicom/DimseAssociation.h"
#include "dimse/DimseService.h"
#include "support/DicomNodeFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dctk.h>

#include <map>
#include <memory>

using namespace sightline;
using namespace sightline::test;

namespace {

// pydicom's files in four character sets (Latin-1 French and German, Cyrillic) and two
// transfer syntaxes: data Sightline did not make, as a modality would send it.
QStringList corpus() {
    return {DicomNodeFixture::pydicomFile(QStringLiteral("test_files/CT_small.dcm")),
            DicomNodeFixture::pydicomFile(QStringLiteral("test_files/MR_small.dcm")),
            DicomNodeFixture::pydicomFile(QStringLiteral("charset_files/chrFren.dcm")),
            DicomNodeFixture::pydicomFile(QStringLiteral("charset_files/chrGerm.dcm")),
            DicomNodeFixture::pydicomFile(QStringLiteral("charset_files/chrRuss.dcm"))};
}

// The oracle: each file's study UID → its patient's name in UTF-8, as DCMTK reads the file.
std::map<QString, QString> studiesInFiles(const QStringList& files) {
    std::map<QString, QString> studies;
    for (const QString& path : files) {
        DcmFileFormat file;
        if (file.loadFile(path.toLocal8Bit().constData()).bad())
            continue;
        file.convertToUTF8();
        OFString study, name;
        file.getDataset()->findAndGetOFString(DCM_StudyInstanceUID, study);
        file.getDataset()->findAndGetOFStringArray(DCM_PatientName, name);
        studies[QString::fromStdString(study.c_str())] =
            QString::fromUtf8(name.c_str()).section(QLatin1Char('='), 0, 0).trimmed();
    }
    return studies;
}

QString firstText(const QJsonObject& match, const char* tag) {
    const QJsonValue value =
        match.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray().first();
    return value.isObject()
               ? value.toObject().value(QLatin1String("Alphabetic")).toString().trimmed()
               : value.toString().trimmed();
}

// An instance's SOP Instance UID and pixel data bytes, read with DCMTK from Part-10 bytes.
std::pair<QString, QByteArray> pixelsOf(const QByteArray& part10) {
    DcmInputBufferStream in;
    in.setBuffer(part10.constData(), offile_off_t(part10.size()));
    in.setEos();
    DcmFileFormat file;
    file.transferInit();
    const OFCondition read = file.read(in);
    file.transferEnd();
    if (read.bad())
        return {};
    OFString sop;
    file.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, sop);
    const Uint8* pixels = nullptr;
    unsigned long length = 0;
    file.getDataset()->findAndGetUint8Array(DCM_PixelData, pixels, &length);
    return {QString::fromLatin1(sop.c_str()),
            QByteArray(reinterpret_cast<const char*>(pixels), qsizetype(length))};
}

} // namespace

// DIMSE against two nodes Sightline did not write, DCMTK's dcmqrscp and Orthanc, with the same
// expectations: echo, refusals explained, C-FIND answers compared with the files loaded into
// them (UIDs, and names decoded from their character sets), limits and the audit trail.
class TestDimseSandbox : public QObject {
    Q_OBJECT

    std::map<DicomNodeFixture::Kind, std::unique_ptr<DicomNodeFixture>> m_nodes;

    DicomNodeFixture* node() {
        QFETCH_GLOBAL(int, kind);
        return m_nodes.at(DicomNodeFixture::Kind(kind)).get();
    }

    static Result<qint64> echo(DimseService& service, const DicomNodeAddress& address) {
        std::optional<Result<qint64>> answer;
        QObject context;
        service.echo(DicomNodeFixture::profileFor(address), &context,
                     [&](const Result<qint64>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *answer;
    }

    struct Found {
        QList<QJsonObject> matches;
        Result<int> outcome = Error();
    };
    static Found find(DimseService& service, const DicomNodeAddress& address,
                      const DimseQuery& query, int limit = 0) {
        Found found;
        bool done = false;
        QObject context;
        service.find(
            DicomNodeFixture::profileFor(address), query, limit, &context,
            [&](const QJsonObject& match) { found.matches.append(match); },
            [&](const Result<int>& r) {
                found.outcome = r;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            found.outcome = Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
        return found;
    }

private slots:
    void initTestCase_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("dcmqrscp") << int(DicomNodeFixture::Kind::Dcmqrscp);
        QTest::newRow("Orthanc") << int(DicomNodeFixture::Kind::Orthanc);
    }

    void initTestCase() {
        for (auto kind : {DicomNodeFixture::Kind::Dcmqrscp, DicomNodeFixture::Kind::Orthanc}) {
            auto fixture = std::make_unique<DicomNodeFixture>(kind);
            const QString started = fixture->start();
            QVERIFY2(started.isEmpty(), qPrintable(started));
            const QString loaded = fixture->load(corpus());
            QVERIFY2(loaded.isEmpty(), qPrintable(fixture->name() + ": " + loaded));
            m_nodes[kind] = std::move(fixture);
        }
    }

    // Each message goes out at once: with Nagle's algorithm on (as Debian's DCMTK leaves it)
    // every C-STORE-RSP of a C-GET waited out the node's delayed ACK, 40 ms an image.
    void messagesAreNotHeldBack() {
        DimseAssociation association(node()->address());
        QVERIFY(association.open({QStringLiteral("1.2.840.10008.1.1")}).ok());
        QVERIFY(association.sendsEachMessageAtOnce());
    }

    void echoAnswers() {
        DimseService service;
        const auto answered = echo(service, node()->address());
        QVERIFY2(answered.ok(), qPrintable(answered.error().toString()));
        QVERIFY(answered.value() >= 0);
    }

    // A wrong called AE title: the node refuses, and the sentence names the title to check.
    void wrongCalledAeTitle() {
        DicomNodeAddress wrong = node()->address();
        wrong.calledAeTitle = QStringLiteral("NOT_THE_PACS");
        DimseService service;
        const auto answered = echo(service, wrong);
        QVERIFY(!answered.ok());
        QVERIFY2(answered.error().message.contains(QLatin1String("NOT_THE_PACS")) &&
                     answered.error().details.contains(QLatin1String("A-ASSOCIATE-RJ")),
                 qPrintable(answered.error().toString()));
    }

    // dcmqrscp's STRICT AE admits SIGHTLINE alone: another caller is refused, and the sentence
    // says which calling AE title to register.
    void callerNotAdmitted() {
        if (node()->name() != QLatin1String("dcmqrscp"))
            QSKIP("Orthanc admits any caller for C-ECHO by default");
        DicomNodeAddress strict = node()->address();
        strict.calledAeTitle = node()->strictAeTitle();
        DimseService service;
        QVERIFY(echo(service, strict).ok()); // as SIGHTLINE: in
        strict.callingAeTitle = QStringLiteral("STRANGER");
        const auto refused = echo(service, strict);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("STRANGER")),
                 qPrintable(refused.error().toString()));
    }

    // Orthanc lets registered modalities query: another caller's query ends in an abort, and
    // the sentence says which calling AE title to register.
    void unregisteredCallerCannotQuery() {
        if (node()->name() != QLatin1String("Orthanc"))
            QSKIP("dcmqrscp's QRSCP AE admits any caller");
        DicomNodeAddress stranger = node()->address();
        stranger.callingAeTitle = QStringLiteral("STRANGER");
        DimseService service;
        const Found found = find(service, stranger, DimseQuery{});
        QVERIFY(!found.outcome.ok());
        QVERIFY2(found.outcome.error().message.contains(QLatin1String("STRANGER")) &&
                     found.outcome.error().message.contains(QLatin1String("registered")),
                 qPrintable(found.outcome.error().toString()));
    }

    // Every study the node holds, with its patient's name decoded to UTF-8 from the file's
    // character set: the same as DCMTK reads from the files themselves.
    void studiesMatchTheFiles() {
        DimseService service;
        const Found found = find(service, node()->address(), DimseQuery{});
        QVERIFY2(found.outcome.ok(), qPrintable(found.outcome.error().toString()));
        QCOMPARE(found.outcome.value(), int(found.matches.size()));
        std::map<QString, QString> answered;
        for (const QJsonObject& match : found.matches)
            answered[firstText(match, "0020000D")] = firstText(match, "00100010");
        const auto expected = studiesInFiles(corpus());
        QStringList differences;
        for (const auto& [uid, name] : expected) {
            if (!answered.count(uid) || answered.at(uid) != name)
                differences << uid + QStringLiteral(": \"") + name +
                                   QStringLiteral("\" in the file, \"") +
                                   (answered.count(uid) ? answered.at(uid)
                                                        : QStringLiteral("(missing)")) +
                                   QStringLiteral("\" from the node");
        }
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
        QCOMPARE(answered.size(), expected.size());
    }

    void seriesOfAStudy() {
        DimseQuery query;
        query.level = DimseQuery::Level::Series;
        query.studyUid = QStringLiteral("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322"); // CT_small
        DimseService service;
        const Found found = find(service, node()->address(), query);
        QVERIFY2(found.outcome.ok(), qPrintable(found.outcome.error().toString()));
        QCOMPARE(found.matches.size(), 1);
        QCOMPARE(firstText(found.matches.first(), "0020000E"),
                 QStringLiteral("1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322"));
        QCOMPARE(firstText(found.matches.first(), "00080060"), QStringLiteral("CT"));
    }

    void nameWithWildcard() {
        DimseQuery query;
        query.patientName = QStringLiteral("Buc*");
        DimseService service;
        const Found found = find(service, node()->address(), query);
        QVERIFY2(found.outcome.ok(), qPrintable(found.outcome.error().toString()));
        QCOMPARE(found.matches.size(), 1);
        QCOMPARE(firstText(found.matches.first(), "00100010"), QStringLiteral("Buc^Jérôme"));
    }

    // A limit ends the query with a C-CANCEL: exactly that many matches, and the node still
    // answers the next query on a new association.
    void limitCancels() {
        DimseService service;
        const Found first = find(service, node()->address(), DimseQuery{}, 2);
        QVERIFY2(first.outcome.ok(), qPrintable(first.outcome.error().toString()));
        QCOMPARE(first.matches.size(), 2);
        QCOMPARE(first.outcome.value(), 2);
        QVERIFY(echo(service, node()->address()).ok());
    }

    // C-GET of a study: the same instances, with the same pixels, as DCMTK's getscu receives
    // from the same node (the oracle), each one handed over as Part-10.
    void getMatchesGetscu() {
        const QString study = QStringLiteral("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322");
        std::map<QString, QByteArray> ours; // SOP Instance UID → pixel data
        DicomNodeAddress address = node()->address();
        DimseAssociation association(address);
        const Status opened = association.open({QStringLiteral("1.2.840.10008.5.1.4.1.2.2.3")},
                                               DimseAssociation::Receive::Instances);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        QTemporaryDir incoming;
        const auto got = association.get(
            study, {}, {}, incoming.path(), [&](const Result<ReceivedFile>& received) {
                if (!received)
                    return false;
                QFile file(received->path);
                if (!file.open(QIODevice::ReadOnly) || file.size() != received->size)
                    return false;
                const QByteArray part10 = file.readAll();
                if (ContentChecksum::of(part10) != received->checksum)
                    return false;
                const auto pixels = pixelsOf(part10);
                if (pixels.first.isEmpty())
                    return false;
                ours[pixels.first] = pixels.second;
                return true;
            });
        QVERIFY2(got.ok(), qPrintable(got.error().toString()));
        QCOMPARE(got->received, 1);
        QCOMPARE(got->stored, 1);
        QCOMPARE(got->failed, 0);
        QCOMPARE(QDir(incoming.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        QTemporaryDir folder;
        QProcess getscu;
        getscu.setProcessChannelMode(QProcess::MergedChannels);
        getscu.start(QStringLiteral("getscu"),
                     {QStringLiteral("-aet"), address.callingAeTitle, QStringLiteral("-aec"),
                      address.calledAeTitle, QStringLiteral("-S"), QStringLiteral("-k"),
                      QStringLiteral("QueryRetrieveLevel=STUDY"), QStringLiteral("-k"),
                      QStringLiteral("StudyInstanceUID=") + study, QStringLiteral("-od"),
                      folder.path(), QStringLiteral("127.0.0.1"), QString::number(address.port)});
        QVERIFY(getscu.waitForFinished(60000));
        std::map<QString, QByteArray> theirs;
        for (const QFileInfo& file : QDir(folder.path()).entryInfoList(QDir::Files)) {
            QFile in(file.filePath());
            QVERIFY(in.open(QIODevice::ReadOnly));
            const auto pixels = pixelsOf(in.readAll());
            theirs[pixels.first] = pixels.second;
        }
        QVERIFY2(!theirs.empty(), getscu.readAll().constData());
        QCOMPARE(ours, theirs);
    }

    void queriesAreAudited() {
        QTemporaryDir dir;
        AuditTrail audit(dir.filePath(QStringLiteral("journal.db")));
        DimseService service(&audit);
        DimseQuery query;
        query.patientId = QStringLiteral("NO-SUCH-PATIENT");
        const Found found = find(service, node()->address(), query);
        QVERIFY(found.outcome.ok());
        QCOMPARE(found.matches.size(), 0);
        QVERIFY(audit.flush().ok());
        QList<AuditRecord> records;
        bool done = false;
        audit.records({}, this, [&](const QList<AuditRecord>& r) {
            records = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QCOMPARE(records.size(), 1);
        const QString json = QString::fromUtf8(records.first().json);
        const QJsonObject event = QJsonDocument::fromJson(records.first().json).object();
        const QByteArray asked = QByteArray::fromBase64(event.value(QLatin1String("entity"))
                                                            .toArray()
                                                            .first()
                                                            .toObject()
                                                            .value(QLatin1String("query"))
                                                            .toString()
                                                            .toLatin1());
        QVERIFY2(json.contains(QLatin1String("dicom-query")) && asked.contains("NO-SUCH-PATIENT") &&
                     json.contains(node()->address().calledAeTitle),
                 qPrintable(json));
    }
};

QTEST_GUILESS_MAIN(TestDimseSandbox)
#include "TestDimseSandbox.moc"
