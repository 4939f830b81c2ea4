#include "dicom/DicomWebEncoder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <dcmtk/dcmdata/dctk.h>

using namespace sightline;

// DICOM JSON written from cached files as the gateway serves it: every element of objects with
// binary values inside sequences (icon images, waveforms, as in real enhanced MR, SR, ECG and
// ultrasound objects) is written, in bounded time, with each large value's BulkDataURI naming
// where it sits (items counted from 1, as Orthanc does), and bulkData() returns the very bytes that
// URI names.
class TestDicomWebEncoder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_base =
        QStringLiteral("http://gw/s/studies/1.2/series/1.2.3/instances/1.2.3.4/bulk");

    static QByteArray pattern(int size, int seed) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = char((i * 7 + seed) & 0xFF);
        return bytes;
    }

    static void putIdentity(DcmDataset* data) {
        data->putAndInsertString(DCM_SOPClassUID, UID_UltrasoundImageStorage);
        data->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.4");
        data->putAndInsertString(DCM_StudyInstanceUID, "1.2");
        data->putAndInsertString(DCM_SeriesInstanceUID, "1.2.3");
        data->putAndInsertString(DCM_PatientName, "Doe^Jane");
    }

    static void putImage(DcmItem* item, int side, const QByteArray& pixels) {
        item->putAndInsertUint16(DCM_Rows, Uint16(side));
        item->putAndInsertUint16(DCM_Columns, Uint16(side));
        item->putAndInsertUint16(DCM_SamplesPerPixel, 1);
        item->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
        item->putAndInsertUint16(DCM_BitsAllocated, 8);
        item->putAndInsertUint16(DCM_BitsStored, 8);
        item->putAndInsertUint16(DCM_HighBit, 7);
        item->putAndInsertUint16(DCM_PixelRepresentation, 0);
        item->putAndInsertUint8Array(DCM_PixelData, reinterpret_cast<const Uint8*>(pixels.data()),
                                     unsigned(pixels.size()));
    }

    QString save(DcmFileFormat& file, const QString& name) {
        const QString path = m_dir.filePath(name);
        const OFCondition saved =
            file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit);
        return saved.good() ? path : QString();
    }

    // The top-level tags of the file as DCMTK reads them: what the JSON must hold.
    static QSet<QString> topLevelTags(const QString& path) {
        DcmFileFormat file;
        file.loadFile(path.toLocal8Bit().constData());
        QSet<QString> tags;
        DcmDataset* data = file.getDataset();
        for (unsigned long i = 0; i < data->card(); ++i) {
            const DcmTag tag = data->getElement(i)->getTag();
            tags.insert(QStringLiteral("%1%2")
                            .arg(tag.getGroup(), 4, 16, QLatin1Char('0'))
                            .arg(tag.getElement(), 4, 16, QLatin1Char('0'))
                            .toUpper());
        }
        return tags;
    }

    // metadata() on a worker, given 20 s: it once never returned while memory grew.
    QJsonObject metadataWithin(const QString& path) {
        QFuture<Result<QByteArray>> future = QtConcurrent::run(
            [path, base = m_base] { return DicomWebEncoder::metadata(path, base); });
        QElapsedTimer timer;
        timer.start();
        while (!future.isFinished() && timer.elapsed() < 20000)
            QThread::msleep(10);
        if (!future.isFinished())
            qFatal("DicomWebEncoder::metadata did not finish within 20 s for %s", qPrintable(path));
        const Result<QByteArray> json = future.result();
        if (!json)
            return {};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.value(), &error);
        return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
    }

    static QSet<QString> keysOf(const QJsonObject& object) {
        const QStringList keys = object.keys();
        return QSet<QString>(keys.begin(), keys.end());
    }

    static QString bulkUri(const QJsonObject& object, const char* tag) {
        return object.value(QLatin1String(tag))
            .toObject()
            .value(QLatin1String("BulkDataURI"))
            .toString();
    }

    static QJsonObject item(const QJsonObject& object, const char* sequence, int index) {
        return object.value(QLatin1String(sequence))
            .toObject()
            .value(QLatin1String("Value"))
            .toArray()
            .at(index)
            .toObject();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // An ultrasound image with an icon image (pixel data inside a sequence item).
    void iconImageSequenceIsWrittenWhole() {
        DcmFileFormat file;
        DcmDataset* data = file.getDataset();
        putIdentity(data);
        DcmItem* icon = nullptr;
        QVERIFY(data->findOrCreateSequenceItem(DCM_IconImageSequence, icon).good());
        const QByteArray iconPixels = pattern(64 * 64, 3);
        putImage(icon, 64, iconPixels);
        const QByteArray pixels = pattern(256 * 256, 5);
        putImage(data, 256, pixels);
        data->putAndInsertString(DCM_ImageComments, "after the icon");
        const QString path = save(file, QStringLiteral("icon.dcm"));
        QVERIFY(!path.isEmpty());

        const QJsonObject json = metadataWithin(path);
        QVERIFY(!json.isEmpty());
        QCOMPARE(keysOf(json), topLevelTags(path));
        QCOMPARE(bulkUri(json, "7FE00010"), m_base + QStringLiteral("/7FE00010"));
        const QJsonObject iconJson = item(json, "00880200", 0);
        QCOMPARE(iconJson.value(QLatin1String("00280010"))
                     .toObject()
                     .value(QLatin1String("Value"))
                     .toArray()
                     .first()
                     .toInt(),
                 64);
        QCOMPARE(bulkUri(iconJson, "7FE00010"), m_base + QStringLiteral("/00880200/1/7FE00010"));

        // Each URI names its own bytes.
        QCOMPARE(DicomWebEncoder::bulkData(path, QStringLiteral("00880200/1/7FE00010")).value(),
                 iconPixels);
        QCOMPARE(DicomWebEncoder::bulkData(path, QStringLiteral("7FE00010")).value(), pixels);
        QVERIFY(!DicomWebEncoder::bulkData(path, QStringLiteral("00880200/2/7FE00010")));
        QVERIFY(!DicomWebEncoder::bulkData(path, QStringLiteral("00880200/0/7FE00010")));
        QVERIFY(!DicomWebEncoder::bulkData(path, QStringLiteral("00880200/1")));
    }

    // A sequence item may declare its own Specific Character Set (PS3.5 6.1.2.5); its text is
    // read in that set, not in the dataset's. Before, an item's Latin-1 name under a dataset
    // without a declaration stayed Latin-1 (U+FFFD in the JSON), and an item's UTF-8 name under
    // a Latin-1 dataset was converted twice ("GÃ³mez").
    void anItemsOwnCharacterSetIsHonoured_data() {
        QTest::addColumn<QByteArray>("datasetCharset");
        QTest::addColumn<QByteArray>("patientName");
        QTest::addColumn<QByteArray>("itemCharset");
        QTest::addColumn<QByteArray>("observerName");
        QTest::addColumn<QString>("expectedPatient");
        QTest::addColumn<QString>("expectedObserver");
        QTest::newRow("Latin-1 item, no dataset set")
            << QByteArray() << QByteArray("Doe^Jane") << QByteArray("ISO_IR 100")
            << QByteArray("M\xfcller^J\xfcrgen") << "Doe^Jane"
            << "Müller^Jürgen";
        QTest::newRow("UTF-8 item, Latin-1 dataset")
            << QByteArray("ISO_IR 100")
            << QByteArray("Garc\xed"
                          "a^Mar\xed"
                          "a")
            << QByteArray("ISO_IR 192") << QByteArray("G\xc3\xb3mez^Ana") << "García^María"
            << "Gómez^Ana";
        QTest::newRow("Cyrillic item, Latin-1 dataset")
            << QByteArray("ISO_IR 100") << QByteArray("Bj\xf6rk^\xc5sa") << QByteArray("ISO_IR 144")
            << QByteArray("\xb8\xd2\xd0\xdd\xde\xd2^\xb8\xd2\xd0\xdd") << "Björk^Åsa"
            << "Иванов^Иван";
    }
    void anItemsOwnCharacterSetIsHonoured() {
        QFETCH(QByteArray, datasetCharset);
        QFETCH(QByteArray, patientName);
        QFETCH(QByteArray, itemCharset);
        QFETCH(QByteArray, observerName);
        QFETCH(QString, expectedPatient);
        QFETCH(QString, expectedObserver);
        DcmFileFormat file;
        DcmDataset* data = file.getDataset();
        putIdentity(data);
        if (!datasetCharset.isEmpty())
            data->putAndInsertString(DCM_SpecificCharacterSet, datasetCharset.constData());
        data->putAndInsertString(DCM_PatientName, patientName.constData());
        DcmItem* observer = nullptr;
        QVERIFY(data->findOrCreateSequenceItem(DCM_VerifyingObserverSequence, observer).good());
        observer->putAndInsertString(DCM_SpecificCharacterSet, itemCharset.constData());
        observer->putAndInsertString(DCM_VerifyingObserverName, observerName.constData());
        const QString path = save(file, QStringLiteral("charset.dcm"));
        QVERIFY(!path.isEmpty());

        const QJsonObject json = metadataWithin(path);
        const auto alphabetic = [](const QJsonObject& element) {
            return element.value(QLatin1String("Value"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("Alphabetic"))
                .toString();
        };
        QCOMPARE(alphabetic(json.value(QLatin1String("00100010")).toObject()), expectedPatient);
        QCOMPARE(alphabetic(item(json, "0040A073", 0).value(QLatin1String("0040A075")).toObject()),
                 expectedObserver);
    }

    // Several sequences with large binary values (waveforms), and elements after them.
    void everySequenceWithBinaryDataIsWrittenWhole() {
        DcmFileFormat file;
        DcmDataset* data = file.getDataset();
        putIdentity(data);
        QList<QByteArray> waveforms;
        for (int k = 0; k < 3; ++k) {
            DcmItem* waveform = nullptr;
            QVERIFY(data->findOrCreateSequenceItem(DCM_WaveformSequence, waveform, k).good());
            waveform->putAndInsertUint16(DCM_NumberOfWaveformChannels, 1);
            waveforms << pattern(4000 + k * 100, k);
            waveform->putAndInsertUint8Array(
                DCM_WaveformData, reinterpret_cast<const Uint8*>(waveforms.last().data()),
                unsigned(waveforms.last().size()));
            // A short binary value stays inline.
            const QByteArray small = pattern(16, k);
            waveform->putAndInsertUint8Array(DCM_ChannelMinimumValue,
                                             reinterpret_cast<const Uint8*>(small.data()),
                                             unsigned(small.size()));
        }
        data->putAndInsertString(DCM_ImageComments, "after the waveforms");
        const QByteArray privateBlob = pattern(3000, 9);
        data->putAndInsertString(DcmTagKey(0x0009, 0x0010), "SIGHTLINE TEST");
        QVERIFY(data->putAndInsertUint8Array(DcmTag(DcmTagKey(0x0009, 0x1010), EVR_OB),
                                             reinterpret_cast<const Uint8*>(privateBlob.data()),
                                             unsigned(privateBlob.size()))
                    .good());
        const QString path = save(file, QStringLiteral("waveforms.dcm"));
        QVERIFY(!path.isEmpty());

        const QJsonObject json = metadataWithin(path);
        QVERIFY(!json.isEmpty());
        QCOMPARE(keysOf(json), topLevelTags(path));
        for (int k = 0; k < 3; ++k) {
            const QJsonObject waveform = item(json, "54000100", k);
            const QString where = QStringLiteral("54000100/%1/54001010").arg(k + 1);
            QCOMPARE(bulkUri(waveform, "54001010"), m_base + QLatin1Char('/') + where);
            QCOMPARE(DicomWebEncoder::bulkData(path, where).value(), waveforms.at(k));
            QVERIFY(waveform.value(QLatin1String("54000110"))
                        .toObject()
                        .contains(QLatin1String("InlineBinary")));
        }
        QCOMPARE(bulkUri(json, "00091010"), m_base + QStringLiteral("/00091010"));
        QCOMPARE(DicomWebEncoder::bulkData(path, QStringLiteral("00091010")).value(), privateBlob);
    }

    // Many items with binary values: one pass, whatever their number.
    void manyItemsWithBinaryValuesEndInBoundedTime() {
        DcmFileFormat file;
        DcmDataset* data = file.getDataset();
        putIdentity(data);
        for (int k = 0; k < 500; ++k) {
            DcmItem* icon = nullptr;
            QVERIFY(data->findOrCreateSequenceItem(DCM_IconImageSequence, icon, k).good());
            putImage(icon, 8, pattern(64, k));
        }
        putImage(data, 16, pattern(256, 1));
        const QString path = save(file, QStringLiteral("many.dcm"));
        QVERIFY(!path.isEmpty());
        const QJsonObject json = metadataWithin(path);
        QCOMPARE(json.value(QLatin1String("00880200"))
                     .toObject()
                     .value(QLatin1String("Value"))
                     .toArray()
                     .size(),
                 500);
        QCOMPARE(bulkUri(item(json, "00880200", 499), "7FE00010"),
                 m_base + QStringLiteral("/00880200/500/7FE00010"));
        QCOMPARE(bulkUri(json, "7FE00010"), m_base + QStringLiteral("/7FE00010"));
    }
};

QTEST_GUILESS_MAIN(TestDicomWebEncoder)
#include "TestDicomWebEncoder.moc"
