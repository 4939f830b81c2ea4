#include "dicom/DicomParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dctk.h>

using namespace sightline;

// Reading what archives really serve: bare datasets without a file meta header (implicit and
// explicit VR) become Part 10 objects for the cache; what is neither is refused clearly.
class TestDicomParser : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A small image written as a dataset only: no preamble, no "DICM", no meta header.
    QByteArray bareDataset(E_TransferSyntax xfer) {
        DcmFileFormat file;
        DcmDataset* data = file.getDataset();
        data->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
        data->putAndInsertString(DCM_SOPInstanceUID, "1.2.246.352.91.0000217.3");
        data->putAndInsertString(DCM_StudyInstanceUID, "1.2.246.352.91.0000217.1");
        data->putAndInsertString(DCM_SeriesInstanceUID, "1.2.246.352.91.0000217.2");
        data->putAndInsertString(DCM_PatientName, "Doe^Jane");
        data->putAndInsertUint16(DCM_Rows, 2);
        data->putAndInsertUint16(DCM_Columns, 2);
        const Uint8 pixels[4] = {1, 2, 3, 4};
        data->putAndInsertUint8Array(DCM_PixelData, pixels, 4);
        const QString path = m_dir.filePath(QStringLiteral("bare-%1.dcm").arg(int(xfer)));
        if (file.saveFile(path.toLocal8Bit().constData(), xfer, EET_ExplicitLength, EGL_recalcGL,
                          EPD_noChange, 0, 0, EWM_dataset)
                .bad())
            return {};
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void bareDatasetsBecomePart10_data() {
        QTest::addColumn<int>("xfer");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("implicit VR") << int(EXS_LittleEndianImplicit) << "1.2.840.10008.1.2";
        QTest::newRow("explicit VR") << int(EXS_LittleEndianExplicit) << "1.2.840.10008.1.2.1";
    }
    void bareDatasetsBecomePart10() {
        QFETCH(int, xfer);
        QFETCH(QString, syntax);
        const QByteArray bare = bareDataset(E_TransferSyntax(xfer));
        QVERIFY(!bare.isEmpty());
        QVERIFY(!DicomParser::looksLikePart10(bare));
        QVERIFY(!DicomParser::parse(bare)); // the strict reader wants Part 10

        const auto part10 = DicomParser::asPart10(bare);
        QVERIFY2(part10.ok(), qPrintable(part10.error().toString()));
        QVERIFY(DicomParser::looksLikePart10(part10.value()));
        const auto header = DicomParser::parse(part10.value());
        QVERIFY2(header.ok(), qPrintable(header.error().toString()));
        QCOMPARE(header->sopInstanceUid, QStringLiteral("1.2.246.352.91.0000217.3"));
        QCOMPARE(header->studyInstanceUid, QStringLiteral("1.2.246.352.91.0000217.1"));
        QCOMPARE(header->transferSyntaxUid, syntax);
        QCOMPARE(header->rows, 2);
    }

    void part10IsKeptAsItIs() {
        const QByteArray bare = bareDataset(EXS_LittleEndianExplicit);
        const QByteArray part10 = DicomParser::asPart10(bare).value();
        QCOMPARE(DicomParser::asPart10(part10).value(), part10);
    }

    void neitherIsRefused() {
        for (const QByteArray& junk :
             {QByteArray(), QByteArray("not dicom at all"), QByteArray(300, '\0')}) {
            const auto refused = DicomParser::asPart10(junk);
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::MalformedData);
        }
    }
};

QTEST_GUILESS_MAIN(TestDicomParser)
#include "TestDicomParser.moc"
