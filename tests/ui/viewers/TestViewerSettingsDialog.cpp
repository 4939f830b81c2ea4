#include "viewers/ViewerRegistry.h"
#include "viewers/ViewerSettingsDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// The viewer settings page: a profile with a typo in a placeholder is refused with the reason,
// a corrected one is saved and made the default, and "Test launch" starts the (fake) viewer
// program with exactly the arguments shown.
class TestViewerSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void editSaveAndTestLaunch() {
        QTemporaryDir dir;
        qputenv("SIGHTLINE_FAKE_VIEWER_LOG", dir.filePath("argv.jsonl").toLocal8Bit());
        ViewerRegistry viewers(dir.filePath("viewers.json"));
        ViewerSettingsDialog dialog(&viewers, "http://127.0.0.1:4242/prefix/dicomweb/src");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = dialog.findChild<QListWidget*>("viewerList");
        QCOMPARE(list->count(), ViewerProfile::builtIns().size());
        QVERIFY(list->item(0)->text().contains("(default)"));

        dialog.findChild<QLineEdit*>("viewerId")->setText("fake");
        dialog.findChild<QLineEdit*>("viewerName")->setText("Fake viewer");
        dialog.findChild<QComboBox*>("viewerKind")->setCurrentIndex(4); // local program
        dialog.findChild<QLineEdit*>("viewerProgram")->setText(SIGHTLINE_FAKE_VIEWER);
        dialog.findChild<QPlainTextEdit*>("viewerArguments")
            ->setPlainText("--url\n{dicomwebRoot}\n{studyUid}");
        QTest::mouseClick(dialog.findChild<QPushButton*>("saveViewer"), Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel*>("viewerMessage")->text().contains("studyUid"));
        QVERIFY(!viewers.find("fake"));

        dialog.findChild<QPlainTextEdit*>("viewerArguments")
            ->setPlainText("--url\n{dicomwebRoot}\n{studyUID}");
        QTest::mouseClick(dialog.findChild<QPushButton*>("saveViewer"), Qt::LeftButton);
        QVERIFY(viewers.find("fake"));
        QCOMPARE(list->count(), ViewerProfile::builtIns().size() + 1);
        QTest::mouseClick(dialog.findChild<QPushButton*>("defaultViewer"), Qt::LeftButton);
        QCOMPARE(viewers.defaultViewer(), QString("fake"));

        QTest::mouseClick(dialog.findChild<QPushButton*>("testLaunch"), Qt::LeftButton);
        QVERIFY(dialog.lastTestLaunch().contains("http://127.0.0.1:4242/prefix/dicomweb/src"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile(dir.filePath("argv.jsonl")).size() > 0, 10000);
        QFile log(dir.filePath("argv.jsonl"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readLine().trimmed(),
                 QByteArray("[\"--url\",\"http://127.0.0.1:4242/prefix/dicomweb/src\","
                            "\"1.2.826.0.1.3680043.10.1042.1.1.1\"]"));
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shots) + "/viewer-settings.png"));
    }
};

QTEST_MAIN(TestViewerSettingsDialog)
#include "TestViewerSettingsDialog.moc"
