#include "cache/CacheConnections.h"
#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "imaging/CachedPatientCheck.h"
#include "support/SyntheticDicom.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sightline;
using namespace sightline::test;

// Cached images compared with the FHIR Patient when a patient's studies are listed: a study
// whose images name someone else is flagged, one that agrees or has nothing cached is not, and
// the asynchronous form answers on the caller's thread.
class TestCachedPatientCheck : public QObject {
    Q_OBJECT

    QTemporaryDir m_root;
    QTemporaryDir m_files;
    PatientStudies m_patient;

    void cache(ImageCache& cache, const QString& study, const SyntheticPatient& who) {
        const QString sop = study + QStringLiteral(".1.1");
        const QByteArray bytes = syntheticImage(study, study + ".1", sop, m_files.path(), who);
        const auto header = DicomParser::parse(bytes);
        QVERIFY(header);
        QVERIFY(cache.store(header.value(), bytes, QStringLiteral("test")).ok());
    }

private slots:
    void initTestCase() {
        m_patient.identity = PatientIdentity::fromPatient(QJsonObject{
            {"resourceType", "Patient"},
            {"id", "p7"},
            {"identifier", QJsonArray{QJsonObject{{"value", "SL-7"}}}},
            {"name", QJsonArray{QJsonObject{{"family", "Scripted"}, {"given", QJsonArray{"Pat"}}}}},
            {"birthDate", "1970-03-01"}});
        for (const char* uid : {"1.2.826.0.1.3680043.10.98.1", "1.2.826.0.1.3680043.10.98.2",
                                "1.2.826.0.1.3680043.10.98.3"}) {
            ImagingStudyRecord study;
            study.studyUid = QLatin1String(uid);
            m_patient.studies << study;
        }
        ImageCache images(m_root.path());
        cache(images, m_patient.studies[0].studyUid, {});
        cache(images, m_patient.studies[1].studyUid, {"SL-9999", "Other^Person", "19811224"});
        // The third study has nothing cached.
    }

    void flagsOnlyTheStudyOfSomeoneElse() {
        const CachedPatientCheck::Mismatches found =
            CachedPatientCheck::run(CacheConnections(m_root.path()), m_patient);
        QCOMPARE(found.size(), 1);
        const PatientMismatch mismatch = found.value(m_patient.studies[1].studyUid);
        QVERIFY(mismatch.isMismatch());
        QCOMPARE(mismatch.dicomPatientId, QString("SL-9999"));
    }

    void answersOnTheCallersThread() {
        std::optional<CachedPatientCheck::Mismatches> found;
        QThread* answeredOn = nullptr;
        CachedPatientCheck::start(CacheConnections(m_root.path()), m_patient, this,
                                  [&](const CachedPatientCheck::Mismatches& m) {
                                      found = m;
                                      answeredOn = QThread::currentThread();
                                  });
        QTRY_VERIFY(found.has_value());
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(found->contains(m_patient.studies[1].studyUid));
    }
};

QTEST_GUILESS_MAIN(TestCachedPatientCheck)
#include "TestCachedPatientCheck.moc"
