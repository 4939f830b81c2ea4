#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "exporting/DicomStudyExport.h"
#include "support/SandboxFixture.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>
#include <dcmtk/dcmdata/dcdirrec.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// Study export from the image cache: a DICOMDIR folder that DCMTK reads back with every
// instance listed, a ZIP that unpacks (CRCs checked), de-identified exports with one study
// UID and no original identifiers, refusal to overwrite, cancellation leaving nothing behind.
class TestDicomStudyExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cacheRoot;
    QJsonObject m_study; // the generated study with the most instances
    int m_instances = 0;
    QJsonArray m_studies;

    static QByteArray read(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Image records in a DICOMDIR, with their file IDs.
    static QStringList imageFiles(const QString& dicomdirPath) {
        DcmDicomDir dicomdir(OFFilename(QFile::encodeName(dicomdirPath).constData()));
        QStringList files;
        DcmDirectoryRecord& root = dicomdir.getRootRecord();
        for (DcmDirectoryRecord* patient = root.nextSub(nullptr); patient;
             patient = root.nextSub(patient))
            for (DcmDirectoryRecord* study = patient->nextSub(nullptr); study;
                 study = patient->nextSub(study))
                for (DcmDirectoryRecord* series = study->nextSub(nullptr); series;
                     series = study->nextSub(series))
                    for (DcmDirectoryRecord* image = series->nextSub(nullptr); image;
                         image = series->nextSub(image)) {
                        OFString id;
                        image->findAndGetOFStringArray(DCM_ReferencedFileID, id);
                        files.append(QString::fromLatin1(id.c_str()).replace('\\', '/'));
                    }
        files.sort(); // the DICOMDIR orders images its own way
        return files;
    }

    static QStringList dicomFiles(const QString& root) {
        QStringList files;
        QDirIterator it(root + "/DICOM", QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(root).relativeFilePath(it.next()));
        files.sort();
        return files;
    }

private slots:
    void initTestCase() {
        QString error;
        const QJsonObject data = test::SandboxFixture::generatedDicom(&error);
        QVERIFY2(!data.isEmpty(), qPrintable(error));
        m_cacheRoot = m_dir.filePath("cache");
        ImageCache cache(m_cacheRoot);
        QVERIFY(cache.openError().isEmpty());
        m_studies = data.value("studies").toArray();
        for (const QJsonValue value : data.value("studies").toArray()) {
            int count = 0;
            for (const QJsonValue series : value.toObject().value("series").toArray())
                count += series.toObject().value("files").toArray().size();
            if (count > m_instances && value.toObject().value("series").toArray().size() > 1) {
                m_instances = count;
                m_study = value.toObject();
            }
        }
        QVERIFY(m_instances >= 2);
        for (const QJsonValue other : std::as_const(m_studies)) {
            if (other.toObject().value("uid") == m_study.value("uid"))
                continue;
            for (const QJsonValue series : other.toObject().value("series").toArray())
                for (const QJsonValue file : series.toObject().value("files").toArray()) {
                    const QByteArray bytes = read(file.toString());
                    QVERIFY(cache.store(DicomParser::parse(bytes).value(), bytes, "orthanc").ok());
                }
        }
        for (const QJsonValue series : m_study.value("series").toArray()) {
            const QJsonArray seriesFiles = series.toObject().value("files").toArray();
            for (const QJsonValue file : seriesFiles) {
                const QByteArray bytes = read(file.toString());
                const auto header = DicomParser::parse(bytes);
                QVERIFY(header);
                QVERIFY(cache.store(*header, bytes, "orthanc").ok());
            }
            QVERIFY(cache
                        .markSeriesComplete(m_study.value("uid").toString(),
                                            series.toObject().value("uid").toString(),
                                            int(seriesFiles.size()))
                        .ok());
        }
        QVERIFY(cache
                    .markStudyComplete(m_study.value("uid").toString(),
                                       m_study.value("series").toArray().size())
                    .ok());
    }

    void folderWithDicomdir() {
        DicomExportRequest request;
        request.studyInstanceUid = m_study.value("uid").toString();
        request.output = m_dir.filePath("plain");
        QList<int> seen;
        const auto summary = DicomStudyExport(CacheConnections(m_cacheRoot), request)
                                 .run([&](const DicomExportProgress& p) { seen.append(p.done); });
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().details));
        QCOMPARE(summary->instances, m_instances);
        QCOMPARE(summary->series, int(m_study.value("series").toArray().size()));
        QVERIFY(summary->studyComplete);
        QCOMPARE(seen.size(), m_instances);
        QCOMPARE(seen.last(), m_instances);

        const QStringList files = dicomFiles(request.output);
        QCOMPARE(files.size(), m_instances);
        QCOMPARE(imageFiles(request.output + "/DICOMDIR"), files);
        QVERIFY(QFile::exists(request.output + "/sightline-export.json"));
        QVERIFY(!QFileInfo::exists(DicomStudyExport::stagingFolder(request.output)));
        // Copied as cached: the original patient is there.
        const auto header = DicomParser::parseFile(request.output + '/' + files.first());
        QVERIFY(header);
        QCOMPARE(header->studyInstanceUid, request.studyInstanceUid);
        QCOMPARE(header->patientId, m_study.value("patientId").toString());

        // A second export to the same place is refused, and the first is left alone.
        const auto again = DicomStudyExport(CacheConnections(m_cacheRoot), request).run();
        QVERIFY(!again);
        QVERIFY(again.error().message.contains("does not overwrite"));
        QCOMPARE(dicomFiles(request.output).size(), m_instances);
    }

    void deidentifiedZip() {
        DicomExportRequest request;
        request.studyInstanceUid = m_study.value("uid").toString();
        request.format = DicomExportRequest::Format::Zip;
        request.output = m_dir.filePath("teaching.zip");
        request.deidentify = true;
        request.pseudonym = "TEACHING-1";
        const auto summary = DicomStudyExport(CacheConnections(m_cacheRoot), request).run();
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().details));
        QVERIFY(summary->deidentified);
        QVERIFY(summary->studyInstanceUid.startsWith("2.25."));
        QCOMPARE(summary->patientId, QString("TEACHING-1"));
        QVERIFY(summary->uidsReplaced >= 3 * m_instances);

        const QString unpacked = m_dir.filePath("unpacked");
        QDir().mkpath(unpacked);
        QProcess tar;
        tar.setWorkingDirectory(unpacked);
        tar.start(CMAKE_COMMAND, {"-E", "tar", "xf", request.output});
        QVERIFY(tar.waitForFinished(60000));
        QVERIFY2(tar.exitCode() == 0, tar.readAllStandardError().constData());
        const QStringList files = dicomFiles(unpacked);
        QCOMPARE(files.size(), m_instances);
        QCOMPARE(imageFiles(unpacked + "/DICOMDIR"), files);
        const QJsonObject written =
            QJsonDocument::fromJson(read(unpacked + "/sightline-export.json")).object();
        QCOMPARE(written.value("studyInstanceUid").toString(), summary->studyInstanceUid);

        const QString originalName = m_study.value("patientName").toString();
        const QString originalId = m_study.value("patientId").toString();
        for (const QString& file : files) {
            const auto header = DicomParser::parseFile(unpacked + '/' + file);
            QVERIFY(header);
            QCOMPARE(header->studyInstanceUid, summary->studyInstanceUid);
            QCOMPARE(header->patientId, QString("TEACHING-1"));
            QVERIFY(header->studyDate.isEmpty());
            QVERIFY(header->accessionNumber.isEmpty());
            const QByteArray bytes = read(unpacked + '/' + file);
            QVERIFY(!bytes.contains(originalId.toUtf8()));
            QVERIFY(!bytes.contains(originalName.section('^', 0, 0).toUtf8()));
            QVERIFY(!bytes.contains(m_study.value("uid").toString().toLatin1()));
        }
        // The DICOMDIR's own records carry only the pseudonym as well.
        const QByteArray dicomdir = read(unpacked + "/DICOMDIR");
        QVERIFY(dicomdir.contains("TEACHING-1"));
        QVERIFY(!dicomdir.contains(originalId.toUtf8()));
    }

    // Every transfer syntax the sandbox makes (JPEG, JPEG-LS, RLE …) goes into a DICOMDIR as is.
    void everyTransferSyntax_data() {
        QTest::addColumn<QString>("study");
        QTest::addColumn<bool>("deidentify");
        for (const QJsonValue value : std::as_const(m_studies))
            for (const bool deidentify : {false, true})
                QTest::addRow("%s%s", qPrintable(value.toObject().value("syntax").toString()),
                              deidentify ? " de-identified" : "")
                    << value.toObject().value("uid").toString() << deidentify;
    }
    void everyTransferSyntax() {
        QFETCH(QString, study);
        QFETCH(bool, deidentify);
        DicomExportRequest request;
        request.studyInstanceUid = study;
        request.deidentify = deidentify;
        request.output = m_dir.filePath(QString("syntax-%1-%2").arg(study).arg(deidentify));
        const auto summary = DicomStudyExport(CacheConnections(m_cacheRoot), request).run();
        QVERIFY2(summary,
                 summary ? ""
                         : qPrintable(summary.error().message + " " + summary.error().details));
        QCOMPARE(imageFiles(request.output + "/DICOMDIR"), dicomFiles(request.output));
    }

    void cancelledExportLeavesNothing() {
        DicomExportRequest request;
        request.studyInstanceUid = m_study.value("uid").toString();
        request.output = m_dir.filePath("cancelled");
        std::atomic_bool cancelled = false;
        const auto summary = DicomStudyExport(CacheConnections(m_cacheRoot), request)
                                 .run(
                                     [&](const DicomExportProgress& p) {
                                         if (p.done == 1)
                                             cancelled = true;
                                     },
                                     &cancelled);
        QVERIFY(!summary);
        QCOMPARE(summary.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFileInfo::exists(request.output));
        QVERIFY(!QFileInfo::exists(DicomStudyExport::stagingFolder(request.output)));
    }

    void unknownStudyIsExplained() {
        DicomExportRequest request;
        request.studyInstanceUid = "1.2.3.4.5.6.7";
        request.output = m_dir.filePath("none");
        const auto summary = DicomStudyExport(CacheConnections(m_cacheRoot), request).run();
        QVERIFY(!summary);
        QCOMPARE(summary.error().kind, Error::Kind::NotFound);
        request.studyInstanceUid = "../etc";
        QCOMPARE(DicomStudyExport(CacheConnections(m_cacheRoot), request).run().error().kind,
                 Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDicomStudyExport)
#include "TestDicomStudyExport.moc"
