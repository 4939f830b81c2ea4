#include "dicom/DicomParser.h"
#include "dicom/DicomRenderer.h"
#include "dicom/DicomWebEncoder.h"
#include "support/SandboxFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dctk.h>

using namespace sightline;

// The DCMTK adapter on every transfer syntax the sandbox generates (explicit VR LE, JPEG
// lossless, JPEG baseline colour with a multi-frame cine, JPEG-LS, RLE, MONOCHROME1): headers
// in UTF-8, thumbnails with checked pixels, and corrupt input refused clearly.
class TestDicomAdapter : public QObject {
    Q_OBJECT

    QJsonObject m_data;

    static QByteArray read(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static double mean(const QImage& image, const QRect& area) {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        double sum = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                sum += gray.constScanLine(y)[x];
        return sum / (area.width() * area.height());
    }

    // The first file of the first series of `study` (a generate-dicom.mjs study object).
    static QString firstFile(const QJsonObject& study) {
        return study.value(QLatin1String("series"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("files"))
            .toArray()
            .first()
            .toString();
    }
    QJsonObject firstStudy() const {
        return m_data.value(QLatin1String("studies")).toArray().first().toObject();
    }

    static QString expectedSyntax(const QString& name) {
        if (name == QLatin1String("explicit"))
            return QStringLiteral("1.2.840.10008.1.2.1");
        if (name == QLatin1String("jpeg-lossless"))
            return QStringLiteral("1.2.840.10008.1.2.4.70");
        if (name == QLatin1String("jpeg-baseline"))
            return QStringLiteral("1.2.840.10008.1.2.4.50");
        if (name == QLatin1String("jpeg-ls"))
            return QStringLiteral("1.2.840.10008.1.2.4.80");
        if (name == QLatin1String("rle"))
            return QStringLiteral("1.2.840.10008.1.2.5");
        return name;
    }

private slots:
    void initTestCase() {
        QString error;
        m_data = test::SandboxFixture::generatedDicom(&error);
        QVERIFY2(!m_data.isEmpty(), qPrintable(error));
    }

    void everySeries_data() {
        QTest::addColumn<QJsonObject>("study");
        QTest::addColumn<QJsonObject>("series");
        for (const QJsonValue s : m_data.value(QLatin1String("studies")).toArray()) {
            for (const QJsonValue series : s.toObject().value(QLatin1String("series")).toArray()) {
                QTest::addRow(
                    "%s %s",
                    qPrintable(s.toObject().value(QLatin1String("description")).toString()),
                    qPrintable(series.toObject().value(QLatin1String("uid")).toString()))
                    << s.toObject() << series.toObject();
            }
        }
    }
    void everySeries() {
        QFETCH(QJsonObject, study);
        QFETCH(QJsonObject, series);
        const QString path = series.value(QLatin1String("files")).toArray().first().toString();
        const QByteArray bytes = read(path);
        QVERIFY(DicomParser::looksLikePart10(bytes));

        const auto header = DicomParser::parse(bytes);
        QVERIFY2(header.ok(), qPrintable(header.error().toString()));
        QCOMPARE(header->studyInstanceUid, study.value(QLatin1String("uid")).toString());
        QCOMPARE(header->seriesInstanceUid, series.value(QLatin1String("uid")).toString());
        QCOMPARE(header->patientId, study.value(QLatin1String("patientId")).toString());
        QCOMPARE(header->patientName, study.value(QLatin1String("patientName")).toString());
        QCOMPARE(header->modality, study.value(QLatin1String("modality")).toString());
        QCOMPARE(header->transferSyntaxUid,
                 expectedSyntax(study.value(QLatin1String("syntax")).toString()));
        QCOMPARE(header->frames, series.value(QLatin1String("frames")).toInt());
        QVERIFY(header->hasPixelData);
        const auto fromFile = DicomParser::parseFile(path);
        QVERIFY(fromFile.ok());
        QCOMPARE(fromFile->sopInstanceUid, header->sopInstanceUid);

        const auto thumbnail = DicomRenderer::thumbnail(bytes, 128);
        QVERIFY2(thumbnail.ok(), qPrintable(thumbnail.error().toString()));
        const QImage image = thumbnail.value();
        QCOMPARE(std::max(image.width(), image.height()), 128);
        QCOMPARE(image.isGrayscale(),
                 header->photometricInterpretation.startsWith(QLatin1String("MONOCHROME")));
        // Every phantom is an object in the middle of empty space (air, or the black outside an
        // ultrasound sector): after windowing (and MONOCHROME1 inversion) the corners must be
        // darker than the centre, and the image must not be flat.
        const int w = image.width(), h = image.height();
        const double corners =
            (mean(image, QRect(0, 0, 6, 6)) + mean(image, QRect(w - 6, 0, 6, 6)) +
             mean(image, QRect(0, h - 6, 6, 6)) + mean(image, QRect(w - 6, h - 6, 6, 6))) /
            4;
        const double centre = mean(image, QRect(w / 2 - 12, h / 2 - 12, 24, 24));
        QVERIFY2(centre > corners + 25,
                 qPrintable(QStringLiteral("centre %1, corners %2").arg(centre).arg(corners)));
        if (const QByteArray shots = qgetenv("SIGHTLINE_THUMBNAIL_DIR"); !shots.isEmpty())
            image.save(QString::fromLocal8Bit(shots) + QLatin1Char('/') + header->modality +
                       QLatin1Char('-') + header->seriesInstanceUid + QStringLiteral(".png"));
        // The same image from the file on disk.
        const auto again = DicomRenderer::thumbnailFromFile(path, 128);
        QVERIFY(again.ok());
        QCOMPARE(again->convertToFormat(image.format()), image);
    }

    void utf8Names() {
        const QString path = firstFile(firstStudy()); // Jürgen Müller's CT
        const auto header = DicomParser::parseFile(path);
        QCOMPARE(header->displayName(), QStringLiteral("Müller, Jürgen"));
        QCOMPARE(header->birthDate, QDate(1958, 3, 14));
        const auto elements = DicomParser::elementsOfFile(path);
        QVERIFY(elements.ok());
        bool found = false;
        for (const DicomElement& e : elements.value()) {
            if (e.tag == QLatin1String("(0010,0010)")) {
                QCOMPARE(e.value, QStringLiteral("Müller^Jürgen"));
                QCOMPARE(e.keyword, QStringLiteral("PatientName"));
                found = true;
            }
            if (e.tag == QLatin1String("(7FE0,0010)"))
                QVERIFY(e.value.contains(QLatin1String("byte")));
        }
        QVERIFY(found);
    }

    // DICOM JSON is UTF-8 whatever the file's character set: Latin-1 names are converted, and
    // bytes that are not what the file declares become U+FFFD instead of breaking the JSON
    // (found by FuzzDicomFile).
    void metadataIsUtf8WhateverTheFileSays_data() {
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Latin-1") << QByteArray("ISO_IR 100") << QByteArray("M\xfcller^J\xfcrgen")
                                 << QStringLiteral("Müller^Jürgen");
        QTest::newRow("broken UTF-8")
            << QByteArray("ISO_IR 192") << QByteArray("M\xfcller") << QStringLiteral("M\ufffdller");
    }

    void metadataIsUtf8WhateverTheFileSays() {
        QFETCH(QByteArray, charset);
        QFETCH(QByteArray, name);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin1.dcm"));
        DcmFileFormat file;
        DcmDataset* data = file.getDataset();
        data->putAndInsertString(DCM_SpecificCharacterSet, charset.constData());
        data->putAndInsertString(DCM_PatientName, name.constData());
        data->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
        data->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.4.5");
        data->putAndInsertString(DCM_StudyInstanceUID, "1.2.3");
        data->putAndInsertString(DCM_SeriesInstanceUID, "1.2.3.4");
        QVERIFY(file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());

        const auto json = DicomWebEncoder::metadata(path, QStringLiteral("http://gw/bulk"));
        QVERIFY2(json.ok(), qPrintable(json.error().toString()));
        QJsonParseError error;
        const QJsonObject metadata = QJsonDocument::fromJson(*json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue alphabetic = metadata.value(QLatin1String("00100010"))
                                          .toObject()
                                          .value(QLatin1String("Value"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QLatin1String("Alphabetic"));
        QCOMPARE(alphabetic.toString(), expected);
        // The declared character set stays the source's (DICOM CP-2518), as archives answer.
        QCOMPARE(metadata.value(QLatin1String("00080005"))
                     .toObject()
                     .value(QLatin1String("Value"))
                     .toArray()
                     .first()
                     .toString(),
                 QString::fromLatin1(charset));
    }

    // Pixel data written with another VR (OV here) is another kind of element in DCMTK: serving a
    // frame of it is an error, never a cast to pixel data (found by FuzzDicomFile).
    void pixelDataOfAnotherKindIsAnError() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ov.dcm"));
        DcmFileFormat file;
        DcmDataset* data = file.getDataset();
        data->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
        data->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.4.6");
        data->putAndInsertUint16(DCM_Rows, 2);
        data->putAndInsertUint16(DCM_Columns, 2);
        data->putAndInsertUint16(DCM_BitsAllocated, 16);
        auto* pixels = new DcmOther64bitVeryLong(DcmTag(DCM_PixelData, EVR_OV));
        const Uint64 values[2] = {1, 2};
        QVERIFY(pixels->putUint64Array(values, 2).good());
        QVERIFY(data->insert(pixels).good());
        QVERIFY(file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());

        const auto frame = DicomWebEncoder::frame(path, 1);
        QVERIFY(!frame.ok());
        QCOMPARE(frame.error().kind, Error::Kind::MalformedData);
    }

    void corruptInput_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("not DICOM") << "text";
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("garbage after DICM") << "garbage";
    }
    void corruptInput() {
        QFETCH(QString, kind);
        const QString path = firstFile(firstStudy());
        const QByteArray good = read(path);
        QByteArray bad;
        if (kind == QLatin1String("text"))
            bad = "{\"resourceType\":\"OperationOutcome\"}";
        else if (kind == QLatin1String("truncated"))
            bad = good.left(good.size() / 2);
        else
            bad = QByteArray(128, '\0') + "DICM" + QByteArray(500, '\xff');
        const auto header = DicomParser::parse(bad);
        const auto image = DicomRenderer::thumbnail(bad);
        QVERIFY(!header.ok() || !image.ok());
        if (!image.ok())
            QVERIFY(image.error().kind == Error::Kind::MalformedData);
        if (!header.ok())
            QCOMPARE(header.error().kind, Error::Kind::MalformedData);
    }

    // A part complete as multipart but with its pixel data cut short is not an instance.
    void aPartCutShortInItsPixelDataIsRefused() {
        const QByteArray good = read(firstFile(firstStudy()));
        QVERIFY(DicomParser::parse(good).ok());
        const auto header = DicomParser::parse(good.left(good.size() - 1000));
        QVERIFY(!header.ok());
        QCOMPARE(header.error().kind, Error::Kind::MalformedData);
    }

    // The tag viewer lists long values by length, and a length a file cannot hold is an error.
    void tagListingOfAFileWithAnImpossibleLength() {
        const QString path = firstFile(firstStudy());
        const QByteArray good = read(path);
        const auto elements = DicomParser::elementsOfFile(path);
        QVERIFY(elements.ok());
        bool listed = false;
        for (const DicomElement& e : elements.value()) {
            if (e.tag == QLatin1String("(7FE0,0010)")) {
                QVERIFY(e.value.contains(QLatin1String("524288")));
                listed = true;
            }
        }
        QVERIFY(listed);

        // Explicit VR little endian: tag, "OW", two reserved bytes, then the 32-bit length.
        const qsizetype tag = good.lastIndexOf(QByteArray("\xe0\x7f\x10\x00OW", 6));
        QVERIFY(tag > 0);
        QByteArray bad = good;
        bad.replace(tag + 8, 4, QByteArray("\xf0\xff\xff\x7f", 4)); // 2 GiB
        QTemporaryDir dir;
        const QString badPath = dir.filePath(QStringLiteral("bad.dcm"));
        QFile corrupt(badPath);
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write(bad);
        corrupt.close();
        const auto refused = DicomParser::elementsOfFile(badPath);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::MalformedData);
        QVERIFY(!DicomParser::elementsOfFile(dir.filePath(QStringLiteral("missing.dcm"))).ok());
    }

    void jpeg2000IsUnsupportedNotACrash() {
        // The JPEG baseline ultrasound relabelled as JPEG 2000 (both UIDs have 22 characters, so
        // the meta header stays valid): encapsulated pixel data this build cannot decode.
        QByteArray bytes;
        for (const QJsonValue s : m_data.value(QLatin1String("studies")).toArray()) {
            if (s.toObject().value(QLatin1String("syntax")).toString() ==
                QLatin1String("jpeg-baseline"))
                bytes = read(firstFile(s.toObject()));
        }
        QVERIFY(bytes.contains("1.2.840.10008.1.2.4.50"));
        bytes.replace("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.90");
        QCOMPARE(DicomParser::parse(bytes)->transferSyntaxUid,
                 QStringLiteral("1.2.840.10008.1.2.4.90"));
        QVERIFY(!DicomRenderer::canDecode(QStringLiteral("1.2.840.10008.1.2.4.90")));
        const auto image = DicomRenderer::thumbnail(bytes);
        QVERIFY(!image.ok());
        QCOMPARE(image.error().kind, Error::Kind::Unsupported);
        QVERIFY(image.error().message.contains(QLatin1String("JPEG 2000")));
    }
};

QTEST_GUILESS_MAIN(TestDicomAdapter)
#include "TestDicomAdapter.moc"
