// DICOM networking against DCMTK's own tools, same data, same machine, same run:
// - a whole study by C-GET from Orthanc into Sightline's cache (listing, checks, atomic writes,
//   index, thumbnails) against DCMTK's getscu writing the same study to a folder (target ≤ 1.1);
// - the same study pushed with storescu to Sightline's receiving node (into the cache) against
//   DCMTK's storescp writing to a folder (target ≤ 1.1);
// - a study-level C-FIND that matches 2,000 studies: Sightline's time to the first row and to
//   the last (matches streamed to the caller's thread) against DCMTK's findscu to its end.
// The study is made here: N CT-sized images (512×512, 16 bit) in two series. Prints the median
// of five rounds of each and the ratios. Run: build/bench/BenchDimse [ROUNDS] [IMAGES]

#include "audit/AuditTrail.h"
#include "cache/CacheConnections.h"
#include "dimse/DimseService.h"
#include "dimse/ReceivingNode.h"
#include "imaging/DimseStudyRetriever.h"
#include "support/DicomNodeFixture.h"
#include "support/SyntheticDicom.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <dcmtk/dcmdata/dctk.h>

#include <algorithm>

using namespace sightline;
using namespace sightline::test;

namespace {

const QString kStudy = QStringLiteral("1.2.826.0.1.3680043.10.1042.77");

// `count` images of 512×512 16-bit pixels, alternating between two series, under `dir`.
QStringList makeStudy(const QString& dir, int count) {
    QStringList files;
    std::vector<Uint16> pixels(512 * 512);
    for (int i = 0; i < count; ++i) {
        DcmFileFormat file;
        DcmDataset* data = file.getDataset();
        const QString series = kStudy + QStringLiteral(".%1").arg(1 + i % 2);
        const QString sop = series + QStringLiteral(".%1").arg(i + 1);
        data->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
        data->putAndInsertString(DCM_SOPInstanceUID, sop.toLatin1().constData());
        data->putAndInsertString(DCM_StudyInstanceUID, kStudy.toLatin1().constData());
        data->putAndInsertString(DCM_SeriesInstanceUID, series.toLatin1().constData());
        data->putAndInsertString(DCM_PatientID, "BENCH-1");
        data->putAndInsertString(DCM_PatientName, "Bench^Patient");
        data->putAndInsertString(DCM_Modality, "CT");
        data->putAndInsertString(DCM_InstanceNumber, QByteArray::number(i + 1).constData());
        data->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
        data->putAndInsertUint16(DCM_SamplesPerPixel, 1);
        data->putAndInsertUint16(DCM_Rows, 512);
        data->putAndInsertUint16(DCM_Columns, 512);
        data->putAndInsertUint16(DCM_BitsAllocated, 16);
        data->putAndInsertUint16(DCM_BitsStored, 12);
        data->putAndInsertUint16(DCM_HighBit, 11);
        data->putAndInsertUint16(DCM_PixelRepresentation, 0);
        for (size_t p = 0; p < pixels.size(); ++p)
            pixels[p] = Uint16((p * 7 + size_t(i) * 13) % 4096);
        data->putAndInsertUint16Array(DCM_PixelData, pixels.data(), pixels.size());
        const QString path = dir + QStringLiteral("/%1.dcm").arg(i + 1);
        if (file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good())
            files << path;
    }
    return files;
}

// `count` studies of one tiny image each (what a C-FIND's volume, not its images, is about).
QStringList makeStudies(const QString& dir, int count) {
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString study = QStringLiteral("1.2.826.0.1.3680043.10.1042.88.%1").arg(i + 1);
        const QString sop = study + QStringLiteral(".1.1");
        const QByteArray id = "FIND-" + QByteArray::number(i % 97);
        SyntheticPatient patient;
        patient.id = id.constData();
        if (!syntheticImage(study, study + QStringLiteral(".1"), sop, dir, patient).isEmpty())
            files << dir + u'/' + sop + QStringLiteral(".dcm");
    }
    return files;
}

// DCMTK's tools at their best: Debian's DCMTK leaves Nagle's algorithm on unless TCP_NODELAY is
// set, which costs them 40 ms per message (Sightline turns it off on its own sockets).
QProcessEnvironment dcmtkAtItsBest() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));
    return environment;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

// Sightline's C-GET of the whole study into an empty cache: milliseconds, or -1 on failure.
double sightlineGet(const DicomNodeAddress& node, int expected) {
    QTemporaryDir cache;
    DimseStudyRetriever retriever(CacheConnections(cache.filePath(QStringLiteral("cache"))));
    RetrieveRequest request;
    request.studyUid = kStudy;
    request.node = node;
    request.sourceServer = QStringLiteral("bench");
    QEventLoop loop;
    RetrieveOutcome outcome;
    QObject::connect(&retriever, &ImageRetriever::finished, &loop, [&](const RetrieveOutcome& o) {
        outcome = o;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    retriever.start(request);
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return outcome.complete() && outcome.stored == expected ? ms : -1;
}

double getscu(const DicomNodeAddress& node, int expected) {
    QTemporaryDir folder;
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProcessEnvironment(dcmtkAtItsBest());
    p.start(QStringLiteral("getscu"),
            {QStringLiteral("-aet"), node.callingAeTitle, QStringLiteral("-aec"),
             node.calledAeTitle, QStringLiteral("-S"), QStringLiteral("-k"),
             QStringLiteral("QueryRetrieveLevel=STUDY"), QStringLiteral("-k"),
             QStringLiteral("StudyInstanceUID=") + kStudy, QStringLiteral("-od"), folder.path(),
             QStringLiteral("127.0.0.1"), QString::number(node.port)});
    p.waitForFinished(600000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return QDir(folder.path()).entryList(QDir::Files).size() == expected ? ms : -1;
}

// storescu pushing every file on one association, to `port` as `called`.
bool storescu(quint16 port, const QString& called, const QString& folder) {
    QProcess p;
    p.setProcessEnvironment(dcmtkAtItsBest());
    p.start(QStringLiteral("storescu"),
            {QStringLiteral("-aec"), called, QStringLiteral("+sd"), QStringLiteral("127.0.0.1"),
             QString::number(port), folder});
    return p.waitForFinished(600000) && p.exitCode() == 0;
}

// Until the receiving node has reported the association (its last images indexed).
double sightlineReceive(const QString& folder, int expected) {
    QTemporaryDir dir;
    AuditTrail audit(dir.filePath(QStringLiteral("journal.db")));
    ReceivingNode node(CacheConnections(dir.filePath(QStringLiteral("cache"))), &audit);
    StorageScpSettings settings;
    settings.port = 0;
    if (!node.start(settings))
        return -1;
    QEventLoop loop;
    int stored = 0;
    QObject::connect(&node, &ReceivingNode::received, &loop, [&](const ReceivedStudies& r) {
        stored = r.stored;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProcessEnvironment(dcmtkAtItsBest());
    p.start(QStringLiteral("storescu"),
            {QStringLiteral("-aec"), QStringLiteral("SIGHTLINE"), QStringLiteral("+sd"),
             QStringLiteral("127.0.0.1"), QString::number(node.port()), folder});
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    p.waitForFinished(60000);
    return stored == expected ? ms : -1;
}

double storescp(const QString& folder, int expected) {
    QTemporaryDir out;
    const quint16 port = freePort();
    QProcess scp;
    scp.setProcessEnvironment(dcmtkAtItsBest());
    scp.start(QStringLiteral("storescp"),
              {QStringLiteral("-aet"), QStringLiteral("STORESCP"), QStringLiteral("-od"),
               out.path(), QString::number(port)});
    scp.waitForStarted();
    QThread::msleep(300); // listening
    QElapsedTimer timer;
    timer.start();
    const bool sent = storescu(port, QStringLiteral("STORESCP"), folder);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    scp.terminate();
    scp.waitForFinished(5000);
    return sent && QDir(out.path()).entryList(QDir::Files).size() == expected ? ms : -1;
}

// Sightline's study-level C-FIND of everything: milliseconds to the first match on the caller's
// thread (`first`) and to the end; -1 when not all came.
double sightlineFind(const DicomNodeAddress& node, int expected, double* first) {
    DimseService service;
    QEventLoop loop;
    int matches = 0;
    bool ok = false;
    QElapsedTimer timer;
    timer.start();
    service.find(
        [&] {
            ServerProfile profile;
            profile.kind = ServerProfile::Kind::DicomNode;
            profile.dicomNode = node;
            return profile;
        }(),
        DimseQuery{}, 0, &loop,
        [&](const QJsonObject&) {
            if (matches++ == 0)
                *first = double(timer.nsecsElapsed()) / 1e6;
        },
        [&](const Result<int>& done) {
            ok = done.ok();
            loop.quit();
        });
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return ok && matches == expected ? ms : -1;
}

// DCMTK's findscu asking the same, to its end (its matches written nowhere).
double findscu(const DicomNodeAddress& node) {
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProcessEnvironment(dcmtkAtItsBest());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(
        QStringLiteral("findscu"),
        {QStringLiteral("-S"), QStringLiteral("-aet"), node.callingAeTitle, QStringLiteral("-aec"),
         node.calledAeTitle, QStringLiteral("-k"), QStringLiteral("QueryRetrieveLevel=STUDY"),
         QStringLiteral("-k"), QStringLiteral("StudyInstanceUID"), QStringLiteral("-k"),
         QStringLiteral("PatientName"), QStringLiteral("-k"), QStringLiteral("PatientID"),
         QStringLiteral("-k"), QStringLiteral("StudyDate"), node.host, QString::number(node.port)});
    p.waitForFinished(120000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? ms : -1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const int images = argc > 2 ? std::max(2, atoi(argv[2])) : 120;
    QTemporaryDir data;
    const QStringList files = makeStudy(data.path(), images);
    qint64 bytes = 0;
    for (const QString& f : files)
        bytes += QFileInfo(f).size();
    DicomNodeFixture orthanc(DicomNodeFixture::Kind::Orthanc);
    if (const QString started = orthanc.start(); !started.isEmpty()) {
        out << "Orthanc did not start: " << started << Qt::endl;
        return 1;
    }
    if (const QString loaded = orthanc.load(files); !loaded.isEmpty()) {
        out << "Loading failed: " << loaded << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%1 images, %2 MiB, %3 rounds\n")
               .arg(files.size())
               .arg(double(bytes) / 1048576.0, 0, 'f', 1)
               .arg(rounds);
    QList<double> ours, theirs, received, stored;
    for (int round = 0; round < rounds; ++round) {
        ours << sightlineGet(orthanc.address(), int(files.size()));
        theirs << getscu(orthanc.address(), int(files.size()));
        received << sightlineReceive(data.path(), int(files.size()));
        stored << storescp(data.path(), int(files.size()));
    }
    const auto line = [&out](const QString& what, const QList<double>& a, const QList<double>& b) {
        const bool failed = std::any_of(a.cbegin(), a.cend(), [](double v) { return v < 0; }) ||
                            std::any_of(b.cbegin(), b.cend(), [](double v) { return v < 0; });
        out << QStringLiteral("%1: Sightline %2 ms, DCMTK %3 ms, ratio %4%5\n")
                   .arg(what)
                   .arg(median(a), 0, 'f', 0)
                   .arg(median(b), 0, 'f', 0)
                   .arg(median(a) / median(b), 0, 'f', 2)
                   .arg(failed ? QStringLiteral(" (A ROUND FAILED)") : QString());
    };
    line(QStringLiteral("C-GET whole study (vs getscu)"), ours, theirs);
    line(QStringLiteral("Receiving a pushed study (vs storescp)"), received, stored);

    // C-FIND with 2,000 matches, in a node of its own.
    constexpr int kStudies = 2000;
    DicomNodeFixture many(DicomNodeFixture::Kind::Orthanc);
    QTemporaryDir manyData;
    if (many.start().isEmpty() &&
        many.load(makeStudies(manyData.path(), kStudies), 600000).isEmpty()) {
        QList<double> firstRow, lastRow, dcmtk;
        for (int round = 0; round < rounds; ++round) {
            double first = -1;
            lastRow << sightlineFind(many.address(), kStudies, &first);
            firstRow << first;
            dcmtk << findscu(many.address());
        }
        out << QStringLiteral("C-FIND of %1 studies: Sightline first row %2 ms, last row %3 ms; "
                              "findscu %4 ms; ratio (last row) %5\n")
                   .arg(kStudies)
                   .arg(median(firstRow), 0, 'f', 1)
                   .arg(median(lastRow), 0, 'f', 0)
                   .arg(median(dcmtk), 0, 'f', 0)
                   .arg(median(lastRow) / median(dcmtk), 0, 'f', 2);
    } else {
        out << "C-FIND: the node with many studies did not come up\n";
    }
    return 0;
}
