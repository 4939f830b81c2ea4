#include "network/NetworkPanel.h"
#include "network/NetworkRecorder.h"
#include "network/Redactor.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace sightline;

class TestNetworkPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // English plural forms, as the app loads them ("3 exchanges", not "exchange(s)").
        auto* plurals = new QTranslator(this);
        QVERIFY(plurals->load(QStringLiteral(SIGHTLINE_TRANSLATIONS_DIR "/sightline_en.qm")));
        QCoreApplication::installTranslator(plurals);
    }

    void filterSelectAndCopy() {
        NetworkRecorder recorder;
        NetworkPanel panel(&recorder);
        panel.resize(900, 400);
        panel.show();
        for (const char* path :
             {"/fhir/metadata", "/fhir/Patient?name=M%C3%BCller", "/fhir/ImagingStudy?patient=1"}) {
            HttpExchange e;
            e.method = QStringLiteral("GET");
            e.url = QUrl(QStringLiteral("http://127.0.0.1:8080") + QString::fromLatin1(path));
            e.requestHeaders = Redactor::headers(
                {{"Authorization", "Bearer SECRET-TOKEN"}, {"Accept", "application/fhir+json"}});
            e.status = 200;
            e.responseBody = R"({"resourceType":"Bundle"})";
            e.startedUtc = QDateTime::currentDateTimeUtc();
            recorder.record(e);
        }
        auto* table = panel.findChild<QTableView*>(QStringLiteral("networkTable"));
        QCOMPARE(table->model()->rowCount(), 3);
        QTest::keyClicks(panel.findChild<QLineEdit*>(QStringLiteral("networkFilter")),
                         QStringLiteral("ImagingStudy"));
        QCOMPARE(table->model()->rowCount(), 1);
        // The count follows the filter (it once said 3 while one was shown).
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("networkCount"))->text(),
                 QStringLiteral("1 of 3 exchanges"));
        table->selectRow(0);
        const QString details =
            panel.findChild<QPlainTextEdit*>(QStringLiteral("networkDetails"))->toPlainText();
        QVERIFY(details.contains(QLatin1String("ImagingStudy?patient=1")));
        QVERIFY(details.contains(QLatin1String("Bearer [redacted]")));
        QVERIFY(!details.contains(QLatin1String("SECRET-TOKEN")));
        const QString curl = panel.selectedAsCurl();
        QVERIFY(curl.contains(QLatin1String("ImagingStudy?patient=1")));
        QVERIFY(!curl.contains(QLatin1String("SECRET-TOKEN")));
        // Copy as curl says that it copied.
        auto* copy = panel.findChild<QPushButton*>(QStringLiteral("copyCurl"));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), curl);
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy as curl"), 5000);

        recorder.clear();
        QCOMPARE(table->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestNetworkPanel)
#include "TestNetworkPanel.moc"
