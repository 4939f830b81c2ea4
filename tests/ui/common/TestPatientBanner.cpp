#include "common/PatientBanner.h"

#include <QLabel>
#include <QTest>

using namespace sightline;

class TestPatientBanner : public QObject {
    Q_OBJECT

    static PatientSummary patient(const QString& id, const QString& name) {
        PatientSummary p;
        p.id = id;
        p.name = name;
        p.identifier = "MRN-" + id;
        return p;
    }

private slots:
    // The EHR's announcement belongs to the patient it opened, however the opens interleave
    // (a login's launch patient can be shown between the announcement and the EHR's patient).
    void announcementFollowsThePatientItNames() {
        PatientBanner banner;
        banner.show();
        auto* notice = banner.findChild<QLabel*>("patientNotice");
        QVERIFY(notice);

        banner.announcePatient("pat-garcia", "Opened by the EHR");
        banner.showPatient(patient("pat-smith", "John Smith"), "Sandbox");
        QVERIFY(!notice->isVisible()); // not the patient the EHR opened
        banner.showPatient(patient("pat-garcia", "María García"), "Sandbox");
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QString("Opened by the EHR"));
        banner.showPatient(patient("pat-garcia", "María García"), "Sandbox"); // shown again
        QVERIFY(notice->isVisible());
        banner.showPatient(patient("pat-smith", "John Smith"), "Sandbox");
        QVERIFY(!notice->isVisible());
        banner.showPatient(patient("pat-garcia", "María García"), "Sandbox"); // opened by hand
        QVERIFY(!notice->isVisible());
    }

    // Whose data is on screen, in every language: a four-digit birth year (German once showed
    // 14.03.58) and the gender in the user's language.
    void birthDateHasAFourDigitYearInEveryLanguage_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("month");
        QTest::newRow("English") << "en_US"
                                 << "Mar";
        QTest::newRow("German") << "de_DE"
                                << "März";
        QTest::newRow("French") << "fr_FR"
                                << "mars";
    }
    void birthDateHasAFourDigitYearInEveryLanguage() {
        QFETCH(QString, locale);
        QFETCH(QString, month);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        PatientBanner banner;
        PatientSummary p = patient("pat-mueller", "Jürgen Müller");
        p.birthDate = QDate(1958, 3, 14);
        p.gender = "male";
        banner.showPatient(p, "Sandbox");
        QLocale::setDefault(before);
        QVERIFY2(banner.text().contains("14 " + month), qPrintable(banner.text()));
        QVERIFY2(banner.text().contains("1958"), qPrintable(banner.text()));
        QVERIFY(!banner.text().contains("/58") && !banner.text().contains(".58"));
    }

    void clearingForgetsThePatient() {
        PatientBanner banner;
        banner.show();
        auto* notice = banner.findChild<QLabel*>("patientNotice");
        banner.announcePatient("pat-garcia", "Opened by the EHR");
        banner.showPatient(patient("pat-garcia", "María García"), "Sandbox");
        QVERIFY(banner.text().contains("María García"));
        banner.clearPatient();
        QVERIFY(!notice->isVisible());
        QVERIFY(banner.text().contains("No patient open"));
    }
};

QTEST_MAIN(TestPatientBanner)
#include "TestPatientBanner.moc"
