#include "dimse/ReceivingNodeSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// The receiving node's settings as the window keeps them: off by default on DICOM's usual
// port, kept across starts, checked before use, and what a PACS must be told.
class TestReceivingNodeSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void offByDefaultAsSightlineOnPort11112() {
        const ReceivingNodeSettings s = ReceivingNodeSettings::load(m_dir.filePath("none.ini"));
        QVERIFY(!s.enabled);
        QCOMPARE(s.scp.aeTitle, QString("SIGHTLINE"));
        QCOMPARE(s.scp.port, quint16(11112));
        QVERIFY(!s.scp.acceptRemote);
        QVERIFY(s.scp.allowedCallers.isEmpty());
        QVERIFY(s.problem().isEmpty());
    }

    void keptAcrossStarts() {
        const QString ini = m_dir.filePath("kept.ini");
        ReceivingNodeSettings s;
        s.enabled = true;
        s.scp.aeTitle = "READING ROOM 2";
        s.scp.port = 4242;
        s.scp.acceptRemote = true;
        s.scp.allowedCallers = {"CT_SCANNER", "PACS"};
        QVERIFY(s.save(ini));
        QVERIFY(ReceivingNodeSettings::load(ini) == s);
    }

    // A port the file cannot give keeps 11112: 0 would mean "any free port", and every PACS
    // that registered Sightline would send to the wrong one.
    void aPortTheFileCannotGiveKeepsTheDefault_data() {
        QTest::addColumn<QString>("port");
        QTest::newRow("zero") << "0";
        QTest::newRow("too large") << "70000";
        QTest::newRow("text") << "dicom";
        QTest::newRow("negative") << "-1";
    }
    void aPortTheFileCannotGiveKeepsTheDefault() {
        QFETCH(QString, port);
        const QString ini = m_dir.filePath("port.ini");
        {
            QSettings file(ini, QSettings::IniFormat);
            file.setValue("node/port", port);
        }
        QCOMPARE(ReceivingNodeSettings::load(ini).scp.port, quint16(11112));
    }

    void problems_data() {
        QTest::addColumn<QString>("aeTitle");
        QTest::addColumn<int>("port");
        QTest::addColumn<QStringList>("callers");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no title") << "" << 11112 << QStringList{} << "AE title";
        QTest::newRow("too long") << "SEVENTEEN_CHARS_X" << 11112 << QStringList{} << "AE title";
        QTest::newRow("backslash") << "A\\B" << 11112 << QStringList{} << "AE title";
        QTest::newRow("no port") << "SIGHTLINE" << 0 << QStringList{} << "port";
        QTest::newRow("caller") << "SIGHTLINE" << 104 << QStringList{"PACS", "BAD\\ONE"}
                                << "BAD\\ONE is not an AE title";
        QTest::newRow("fine") << "SIGHTLINE" << 104 << QStringList{"PACS"} << "";
    }
    void problems() {
        QFETCH(QString, aeTitle);
        QFETCH(int, port);
        QFETCH(QStringList, callers);
        QFETCH(QString, problem);
        ReceivingNodeSettings s;
        s.scp.aeTitle = aeTitle;
        s.scp.port = quint16(port);
        s.scp.allowedCallers = callers;
        if (problem.isEmpty())
            QVERIFY2(s.problem().isEmpty(), qPrintable(s.problem()));
        else
            QVERIFY2(s.problem().contains(problem), qPrintable(s.problem()));
    }

    // Listening on this computer only, a PACS elsewhere cannot send: the registration says so
    // instead of naming this computer.
    void whatToRegister() {
        ReceivingNodeSettings s;
        s.scp.aeTitle = "WS1";
        s.scp.port = 4242;
        const QString local = s.registration("workstation.hospital.example");
        QVERIFY(local.contains("AE title WS1"));
        QVERIFY(local.contains("127.0.0.1"));
        QVERIFY(local.contains("4242"));
        QVERIFY(!local.contains("workstation.hospital.example"));
        s.scp.acceptRemote = true;
        const QString remote = s.registration("workstation.hospital.example");
        QVERIFY(remote.contains("host workstation.hospital.example"));
        QVERIFY(remote.contains("port 4242"));
        QVERIFY(!remote.contains("127.0.0.1"));
    }

    void describedForTheAuditTrail() {
        ReceivingNodeSettings s;
        s.enabled = true;
        s.scp.allowedCallers = {"PACS", "CT"};
        QCOMPARE(s.describe(), QString("enabled=yes; aeTitle=SIGHTLINE; port=11112; "
                                       "acceptRemote=no; allowedCallers=PACS,CT"));
    }
};

QTEST_GUILESS_MAIN(TestReceivingNodeSettings)
#include "TestReceivingNodeSettings.moc"
