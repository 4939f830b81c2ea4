#include "viewers/StudyOpener.h"
#include "viewers/ViewerTab.h"

#include <QTest>
#include <QWebEngineView>

using namespace sightline;

// The embedded viewer belongs to its patient: opening another patient closes the viewers of
// anyone else (it once kept the previous patient's study under the new patient's banner).
class TestViewerTab : public QObject {
    Q_OBJECT

private slots:
    void anotherPatientClosesTheirViewers() {
        ViewerTab tabs;
        const QString mueller =
            StudyOpener::patientKey(QStringLiteral("server-a"), QStringLiteral("pat-mueller"));
        const QString garcia =
            StudyOpener::patientKey(QStringLiteral("server-a"), QStringLiteral("pat-garcia"));
        // The same patient id on another server is another patient.
        const QString muellerElsewhere =
            StudyOpener::patientKey(QStringLiteral("server-b"), QStringLiteral("pat-mueller"));
        tabs.open(QUrl(QStringLiteral("about:blank")), QStringLiteral("Jürgen Müller — CT"),
                  mueller);
        tabs.open(QUrl(QStringLiteral("about:blank")), QStringLiteral("Jürgen Müller — MR"),
                  mueller);
        tabs.open(QUrl(QStringLiteral("about:blank")), QStringLiteral("María García — CT"), garcia);
        tabs.open(QUrl(QStringLiteral("about:blank")), QStringLiteral("Jürgen Müller — XA"),
                  muellerElsewhere);
        tabs.open(QUrl(QStringLiteral("about:blank")), QStringLiteral("unknown patient"));
        QCOMPARE(tabs.count(), 5);

        tabs.keepPatient(mueller);
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(tabs.tabText(0), QStringLiteral("Jürgen Müller — CT"));
        QCOMPARE(tabs.tabText(1), QStringLiteral("Jürgen Müller — MR"));

        tabs.keepPatient(garcia);
        QCOMPARE(tabs.count(), 0);
    }
};

QTEST_MAIN(TestViewerTab)
#include "TestViewerTab.moc"
