#include "network/NetworkPanel.h"
#include "network/NetworkRecorder.h"
#include "network/Redactor.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

using namespace sightline;

class TestNetworkPanel : public QObject {
    Q_OBJECT
private slots:
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
        table->selectRow(0);
        const QString details =
            panel.findChild<QPlainTextEdit*>(QStringLiteral("networkDetails"))->toPlainText();
        QVERIFY(details.contains(QLatin1String("ImagingStudy?patient=1")));
        QVERIFY(details.contains(QLatin1String("Bearer [redacted]")));
        QVERIFY(!details.contains(QLatin1String("SECRET-TOKEN")));
        const QString curl = panel.selectedAsCurl();
        QVERIFY(curl.contains(QLatin1String("ImagingStudy?patient=1")));
        QVERIFY(!curl.contains(QLatin1String("SECRET-TOKEN")));

        recorder.clear();
        QCOMPARE(table->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestNetworkPanel)
#include "TestNetworkPanel.moc"
