#include "audit/AuditTrail.h"
#include "cache/CacheDialog.h"
#include "fhir/FhirClientFactory.h"
#include "imaging/ImagingService.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sightline;

// Tools → Image cache as a user meets it: the contents counted, a smaller budget that takes
// effect at once, a damaged image found and repaired, the cache emptied after confirmation,
// a bad location refused, and every change in the audit trail.
class TestCacheDialog : public QObject {
    Q_OBJECT

    static DicomHeader header(int study, int sop) {
        DicomHeader h;
        h.studyInstanceUid = QString("8.%1").arg(study);
        h.seriesInstanceUid = QString("8.%1.1").arg(study);
        h.sopInstanceUid = QString("8.%1.1.%2").arg(study).arg(sop);
        h.patientId = QString("SL-100%1").arg(study);
        return h;
    }

    static QStringList auditCodes(AuditTrail& audit) {
        std::optional<QList<AuditRecord>> records;
        (void)audit.flush();
        audit.records({}, &audit, [&](QList<AuditRecord> r) { records = r; });
        (void)QTest::qWaitFor([&] { return records.has_value(); }, 5000);
        QStringList codes;
        for (const AuditRecord& r : records.value_or(QList<AuditRecord>{})) {
            for (const char* code : {"settings-change", "cache-repair", "cache-purge"}) {
                if (r.json.contains(code))
                    codes << code;
            }
        }
        return codes;
    }

private slots:
    void initTestCase() {
        // English plural forms, as the app loads them ("12 images", not "image(s)").
        auto* plurals = new QTranslator(this);
        QVERIFY(plurals->load(QStringLiteral(SIGHTLINE_TRANSLATIONS_DIR "/sightline_en.qm")));
        QCoreApplication::installTranslator(plurals);
    }

    void contentsSettingsUpkeep() {
        QTemporaryDir dir;
        const QString root = dir.filePath("images");
        {
            ImageCache cache(root);
            for (int study = 1; study <= 3; ++study) {
                for (int sop = 1; sop <= 4; ++sop)
                    QVERIFY(cache
                                .store(header(study, sop),
                                       QByteArray(256 * 1024, char('a' + study + sop)), "test")
                                .ok());
            }
        }
        QNetworkAccessManager network;
        AuditTrail audit(dir.filePath("journal.db"));
        ImagingService imaging(FhirClientFactory(&network, nullptr), CacheConnections(root),
                               &audit);
        const QString ini = dir.filePath("cache.ini");
        CacheDialog dialog(&imaging, &audit, nullptr, ini);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* summary = dialog.findChild<QLabel*>("cacheSummary");
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains("12 images"), 10000);
        QVERIFY(summary->text().contains("3 studies"));
        QVERIFY(summary->text().contains("3 patients"));
        auto* usage = dialog.findChild<QProgressBar*>("cacheUsage");
        QVERIFY(usage->format().contains("3.00 MiB") || usage->format().contains("3 MiB"));

        // Integrity: all intact; then one image damaged on disk is found and repaired.
        auto* result = dialog.findChild<QLabel*>("cacheCheckResult");
        QTest::mouseClick(dialog.findChild<QPushButton*>("cacheCheck"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("All 12 images are intact"), 10000);
        {
            QFile damaged(ImageCache(root).instancePath("8.2.1.3"));
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            damaged.seek(1000);
            damaged.write("not what was cached");
        }
        QTest::mouseClick(dialog.findChild<QPushButton*>("cacheCheck"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("1 damaged"), 10000);
        auto* repair = dialog.findChild<QPushButton*>("cacheRepair");
        QVERIFY(repair->isEnabled());
        QSignalSpy changed(&dialog, &CacheDialog::cacheChanged);
        QTest::mouseClick(repair, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith("Repaired"), 10000);
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains("11 images"), 10000);

        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shots) + "/cache-dialog.png"));
        }

        // Emptying asks first; a "no" keeps everything.
        QStringList questions;
        bool answer = false;
        dialog.setConfirmation([&](const QString& q) {
            questions << q;
            return answer;
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>("cacheEmpty"), Qt::LeftButton);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(ImageCache(root).stats().instances, 11);
        answer = true;
        QTest::mouseClick(dialog.findChild<QPushButton*>("cacheEmpty"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text() == "The cache is empty.", 10000);
        QCOMPARE(ImageCache(root).stats().instances, 0);
        QTRY_VERIFY(summary->text().contains("0 images"));
        QCOMPARE(changed.size(), 2);

        // A relative location is refused with the reason; the dialog stays open.
        auto* location = dialog.findChild<QLineEdit*>("cacheLocation");
        location->setText("images-here");
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel*>("cacheProblem")->text().contains("full path"));

        // New limits: saved for the next start and applied to the running service now.
        location->setText(dir.filePath("next-start"));
        dialog.findChild<QDoubleSpinBox*>("cacheBudget")->setValue(2.5);
        dialog.findChild<QSpinBox*>("cacheTtl")->setValue(0);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        const CacheConfig saved = CacheConfig::load(ini);
        QCOMPARE(saved.location, dir.filePath("next-start"));
        QCOMPARE(saved.limits.budgetBytes, qint64(2.5 * 1024 * 1024 * 1024));
        QCOMPARE(saved.limits.ttlDays, 0);
        QCOMPARE(imaging.cacheSettings(), saved.limits);
        QCOMPARE(imaging.cacheRoot(), root); // the running cache stays where it is

        QCOMPARE(auditCodes(audit),
                 QStringList({"cache-repair", "cache-purge", "settings-change"}));
    }
};

QTEST_MAIN(TestCacheDialog)
#include "TestCacheDialog.moc"
