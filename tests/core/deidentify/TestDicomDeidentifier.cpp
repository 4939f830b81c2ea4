#include "deidentify/DicomConfidentialityProfile.h"
#include "deidentify/DicomDeidentifier.h"
#include "support/SandboxFixture.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// DICOM de-identification, attribute by attribute: every attribute of PS3.15's Basic Profile
// table is planted in each of the sandbox's images (all transfer syntaxes) with identifying
// values, then each is checked against its action, every remaining text is searched for the
// planted values, and the pixel data is compared byte for byte.
class TestDicomDeidentifier : public QObject {
    Q_OBJECT

    QJsonObject m_data;
    QTemporaryDir m_dir;
    const QByteArray m_key = QByteArray(32, 'd');

    // The value planted for an attribute of this VR: identifying, and findable afterwards.
    static std::optional<QByteArray> plantedValue(DcmEVR vr, int index) {
        switch (vr) {
        case EVR_PN:
            return QByteArray("Doe^Jane^Secret") + QByteArray::number(index);
        case EVR_DA:
            return QByteArray("19610203");
        case EVR_TM:
            return QByteArray("101112");
        case EVR_DT:
            return QByteArray("19610203101112");
        case EVR_UI:
            return QByteArray("1.2.826.0.1.3680043.2.1143.") + QByteArray::number(index);
        case EVR_AS:
            return QByteArray("062Y");
        case EVR_DS:
            return QByteArray("71.5");
        case EVR_IS:
            return QByteArray("4711");
        case EVR_CS:
            return QByteArray("PHI") + QByteArray::number(index);
        case EVR_AE:
            return QByteArray("PHIAE") + QByteArray::number(index);
        case EVR_SH:
        case EVR_LO:
        case EVR_ST:
        case EVR_LT:
        case EVR_UT:
        case EVR_UC:
            return QByteArray("SECRET-") + QByteArray::number(index);
        default:
            return std::nullopt;
        }
    }

    // Writes `source` with every table attribute (and private, overlay, curve and unlisted
    // person-name attributes) planted; returns what was planted by tag.
    QHash<quint32, QByteArray> plant(const QString& source, const QString& target,
                                     const char* burnedIn) {
        DcmFileFormat file;
        if (file.loadFile(OFFilename(QFile::encodeName(source).constData())).bad())
            return {};
        DcmDataset* ds = file.getDataset();
        QHash<quint32, QByteArray> planted;
        int index = 0;
        for (const ProfileEntry& entry : DicomConfidentialityProfile::basic()) {
            ++index;
            const DcmTagKey key(entry.group, entry.element);
            const DcmTag tag(key);
            if (tag.getEVR() == EVR_SQ) {
                DcmItem* item = nullptr;
                ds->findOrCreateSequenceItem(key, item, -2);
                if (item)
                    item->putAndInsertString(DCM_PersonName, "Doe^Jane^InSequence");
                planted.insert((quint32(entry.group) << 16) | entry.element, "sequence");
                continue;
            }
            // UIDs the object already has are remapped as they are: keep them.
            OFString existing;
            if (tag.getEVR() == EVR_UI && ds->findAndGetOFString(key, existing).good()) {
                planted.insert((quint32(entry.group) << 16) | entry.element, existing.c_str());
                continue;
            }
            const auto value = plantedValue(tag.getEVR(), index);
            if (!value)
                continue;
            if (ds->putAndInsertString(key, value->constData()).good())
                planted.insert((quint32(entry.group) << 16) | entry.element, *value);
        }
        ds->putAndInsertString(DcmTag(0x0009, 0x0010, EVR_LO), "ACME PRIVATE");
        ds->putAndInsertString(DcmTag(0x0009, 0x1001, EVR_LO), "SECRET-private");
        ds->putAndInsertUint8Array(DcmTag(0x6000, 0x3000, EVR_OB),
                                   reinterpret_cast<const Uint8*>("overlay!"), 8);
        ds->putAndInsertString(DcmTag(0x6000, 0x4000, EVR_LT), "SECRET-overlay comment");
        ds->putAndInsertString(DcmTag(0x5000, 0x3000, EVR_LO), "SECRET-curve");
        ds->putAndInsertString(DCM_ReviewerName, "Doe^Jane^Reviewer");
        // A non-standard UID inside a kept sequence, and a standard one that must stay.
        DcmItem* reference = nullptr;
        ds->findOrCreateSequenceItem(DCM_ReferencedImageSequence, reference, -2);
        reference->putAndInsertString(DCM_ReferencedSOPClassUID, "1.2.840.10008.5.1.4.1.1.7");
        reference->putAndInsertString(DCM_ReferencedSOPInstanceUID, "1.2.826.0.1.99.7");
        if (burnedIn)
            ds->putAndInsertString(DCM_BurnedInAnnotation, burnedIn);
        file.saveFile(OFFilename(QFile::encodeName(target).constData()), ds->getOriginalXfer());
        return planted;
    }

    static QByteArray pixelBytes(DcmDataset* ds) {
        DcmElement* element = nullptr;
        if (ds->findAndGetElement(DCM_PixelData, element).bad())
            return {};
        auto* pixels = static_cast<DcmPixelData*>(element);
        DcmPixelSequence* sequence = nullptr;
        const DcmRepresentationParameter* parameter = nullptr;
        if (pixels->getEncapsulatedRepresentation(ds->getOriginalXfer(), parameter, sequence)
                .good() &&
            sequence) {
            QByteArray all;
            for (unsigned long i = 0; i < sequence->card(); ++i) {
                DcmPixelItem* fragment = nullptr;
                Uint8* data = nullptr;
                if (sequence->getItem(fragment, i).good() && fragment->getUint8Array(data).good())
                    all.append(reinterpret_cast<const char*>(data), fragment->getLength());
            }
            return all;
        }
        Uint8* data = nullptr;
        pixels->getUint8Array(data);
        return QByteArray(reinterpret_cast<const char*>(data), pixels->getLength());
    }

    // Every string value anywhere in the data set and the meta header.
    static void collectText(DcmItem* item, QByteArrayList& out) {
        for (unsigned long i = 0; i < item->card(); ++i) {
            DcmElement* element = item->getElement(i);
            if (element->ident() == EVR_SQ) {
                auto* sequence = static_cast<DcmSequenceOfItems*>(element);
                for (unsigned long k = 0; k < sequence->card(); ++k)
                    collectText(sequence->getItem(k), out);
            } else if (element->isaString()) {
                OFString value;
                element->getOFStringArray(value);
                out.append(QByteArray(value.c_str()));
            }
        }
    }

    QStringList files() const {
        QStringList all;
        for (const QJsonValue study : m_data.value("studies").toArray())
            for (const QJsonValue series : study.toObject().value("series").toArray())
                all.append(series.toObject().value("files").toArray().first().toString());
        return all;
    }

private slots:
    void initTestCase() {
        QString error;
        m_data = test::SandboxFixture::generatedDicom(&error);
        QVERIFY2(!m_data.isEmpty(), qPrintable(error));
    }

    void everyAttributeFollowsTheProfile_data() {
        QTest::addColumn<QString>("path");
        for (const QString& path : files())
            QTest::newRow(qPrintable(path.section('/', -2))) << path;
    }
    void everyAttributeFollowsTheProfile() {
        QFETCH(QString, path);
        const QString planted = m_dir.filePath("planted.dcm");
        const QString output = m_dir.filePath("out.dcm");
        const QHash<quint32, QByteArray> values = plant(path, planted, nullptr);
        QVERIFY(values.size() > 150);

        DcmFileFormat before;
        QVERIFY(before.loadFile(OFFilename(QFile::encodeName(planted).constData())).good());
        OFString originalPatientId;
        OFString originalIssuer;
        before.getDataset()->findAndGetOFString(DCM_PatientID, originalPatientId);
        before.getDataset()->findAndGetOFString(DCM_IssuerOfPatientID, originalIssuer);

        const Pseudonymizer keys(m_key);
        const auto result = DicomDeidentifier(keys).deidentifyFile(planted, output);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QVERIFY(!QFile::exists(output + ".part"));

        DcmFileFormat after;
        QVERIFY(after.loadFile(OFFilename(QFile::encodeName(output).constData())).good());
        DcmDataset* ds = after.getDataset();
        for (const ProfileEntry& entry : DicomConfidentialityProfile::basic()) {
            const quint32 tag = (quint32(entry.group) << 16) | entry.element;
            if (!values.contains(tag))
                continue;
            const DcmTagKey key(entry.group, entry.element);
            OFString value;
            const bool present = ds->tagExists(key);
            ds->findAndGetOFStringArray(key, value);
            const QByteArray now(value.c_str());
            const QByteArray what = QByteArray(entry.keyword) + " = " + now;
            switch (entry.action) {
            case ProfileAction::Remove:
                QVERIFY2(!present, what.constData());
                break;
            case ProfileAction::Empty:
                QVERIFY2(present && now.isEmpty(), what.constData());
                break;
            case ProfileAction::Dummy:
                QVERIFY2(now == "ANONYMOUS", what.constData());
                break;
            case ProfileAction::Pseudonym:
                QVERIFY2(now == result->patientId.toLatin1(), what.constData());
                break;
            case ProfileAction::NewUid:
                QVERIFY2(now == keys.uid(QString::fromLatin1(values.value(tag))).toLatin1(),
                         what.constData());
                break;
            }
        }
        QCOMPARE(result->patientId,
                 keys.patientId(QString::fromUtf8(originalPatientId.c_str()) + "|" +
                                QString::fromUtf8(originalIssuer.c_str())));
        // Beyond the table: private, overlay and curve attributes go, unlisted names are emptied.
        QVERIFY(!ds->tagExists(DcmTagKey(0x0009, 0x0010)));
        QVERIFY(!ds->tagExists(DcmTagKey(0x0009, 0x1001)));
        QVERIFY(!ds->tagExists(DcmTagKey(0x6000, 0x3000)));
        QVERIFY(!ds->tagExists(DcmTagKey(0x6000, 0x4000)));
        QVERIFY(!ds->tagExists(DcmTagKey(0x5000, 0x3000)));
        OFString reviewer;
        ds->findAndGetOFString(DCM_ReviewerName, reviewer);
        QVERIFY(reviewer.empty());
        DcmItem* reference = nullptr;
        QVERIFY(ds->findAndGetSequenceItem(DCM_ReferencedImageSequence, reference).good());
        OFString refClass;
        OFString refInstance;
        reference->findAndGetOFString(DCM_ReferencedSOPClassUID, refClass);
        reference->findAndGetOFString(DCM_ReferencedSOPInstanceUID, refInstance);
        QCOMPARE(QString(refClass.c_str()), QString("1.2.840.10008.5.1.4.1.1.7"));
        QCOMPARE(QString(refInstance.c_str()), keys.uid("1.2.826.0.1.99.7"));

        // The method is recorded.
        OFString removed;
        ds->findAndGetOFString(DCM_PatientIdentityRemoved, removed);
        QCOMPARE(QString(removed.c_str()), QString("YES"));
        DcmItem* method = nullptr;
        QVERIFY(ds->findAndGetSequenceItem(DCM_DeidentificationMethodCodeSequence, method).good());
        OFString code;
        method->findAndGetOFString(DCM_CodeValue, code);
        QCOMPARE(QString(code.c_str()), QString("113100"));

        // The meta header follows the new SOP Instance UID; the transfer syntax is kept.
        OFString mediaUid;
        after.getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPInstanceUID, mediaUid);
        QCOMPARE(QString(mediaUid.c_str()), result->sopInstanceUid);
        QCOMPARE(ds->getOriginalXfer(), before.getDataset()->getOriginalXfer());

        // Nothing planted or original survives anywhere as text.
        QByteArrayList texts;
        collectText(after.getMetaInfo(), texts);
        collectText(ds, texts);
        for (const QByteArray& text : std::as_const(texts)) {
            for (const char* phi : {"Doe", "Jane", "SECRET", "PHI", "19610203", "4711", "ACME"})
                QVERIFY2(!text.contains(phi), text.constData());
            QVERIFY2(originalPatientId.empty() || !text.contains(originalPatientId.c_str()),
                     text.constData());
            QVERIFY2(!text.contains("1.2.826.0.1.3680043.2.1143."), text.constData());
        }
        // Pixels untouched, byte for byte.
        const QByteArray pixelsBefore = pixelBytes(before.getDataset());
        QVERIFY(!pixelsBefore.isEmpty());
        QCOMPARE(pixelBytes(ds), pixelsBefore);
    }

    void uidsStayConsistentWithinAKey() {
        const QJsonArray series =
            m_data.value("studies").toArray().first().toObject().value("series").toArray();
        const QJsonArray seriesFiles = series.first().toObject().value("files").toArray();
        QVERIFY(seriesFiles.size() >= 2 || series.size() >= 2);
        const QString a = seriesFiles.first().toString();
        const QString b = seriesFiles.size() >= 2
                              ? seriesFiles.at(1).toString()
                              : series.at(1).toObject().value("files").toArray().first().toString();
        const DicomDeidentifier deidentifier{Pseudonymizer(m_key)};
        const auto first = deidentifier.deidentifyFile(a, m_dir.filePath("a.dcm"));
        const auto second = deidentifier.deidentifyFile(b, m_dir.filePath("b.dcm"));
        QVERIFY(first && second);
        QCOMPARE(first->studyInstanceUid, second->studyInstanceUid);
        QCOMPARE(first->patientId, second->patientId);
        QVERIFY(first->sopInstanceUid != second->sopInstanceUid);
        // Another key: unrelated UIDs and pseudonym.
        const auto other = DicomDeidentifier(Pseudonymizer(QByteArray(32, 'x')))
                               .deidentifyFile(a, m_dir.filePath("c.dcm"));
        QVERIFY(other);
        QVERIFY(other->studyInstanceUid != first->studyInstanceUid);
        QVERIFY(other->patientId != first->patientId);
        // A chosen pseudonym is written as given.
        const auto named = DicomDeidentifier(Pseudonymizer(m_key), "TEACHING-7")
                               .deidentifyFile(a, m_dir.filePath("d.dcm"));
        QVERIFY(named);
        QCOMPARE(named->patientId, QString("TEACHING-7"));
    }

    void burnedInAnnotationIsReported() {
        const QString source = files().first();
        plant(source, m_dir.filePath("yes.dcm"), "YES");
        plant(source, m_dir.filePath("no.dcm"), "NO");
        const DicomDeidentifier deidentifier{Pseudonymizer(m_key)};
        const auto yes =
            deidentifier.deidentifyFile(m_dir.filePath("yes.dcm"), m_dir.filePath("yes-out.dcm"));
        const auto no =
            deidentifier.deidentifyFile(m_dir.filePath("no.dcm"), m_dir.filePath("no-out.dcm"));
        QVERIFY(yes && no);
        QVERIFY(yes->burnedInWarning.contains("burned-in"));
        QVERIFY(no->burnedInWarning.isEmpty());
    }

    void corruptInputWritesNothing() {
        QFile bad(m_dir.filePath("bad.dcm"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(200, 'x'));
        bad.close();
        const auto result = DicomDeidentifier(Pseudonymizer(m_key))
                                .deidentifyFile(bad.fileName(), m_dir.filePath("bad-out.dcm"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::MalformedData);
        QVERIFY(!QFile::exists(m_dir.filePath("bad-out.dcm")));
    }
};

QTEST_GUILESS_MAIN(TestDicomDeidentifier)
#include "TestDicomDeidentifier.moc"
