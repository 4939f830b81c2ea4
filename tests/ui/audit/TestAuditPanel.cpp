#include "audit/AuditEventBuilder.h"
#include "audit/AuditForwarder.h"
#include "audit/AuditPanel.h"
#include "audit/AuditRecordModel.h"
#include "audit/AuditTimeline.h"
#include "audit/AuditTrail.h"
#include "audit/SyslogDialog.h"
#include "audit/SyslogForwarder.h"
#include "servers/ServerStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestAuditPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void filterVerifyExport() {
        const QString journal = m_dir.filePath(QStringLiteral("journal.db"));
        ServerStore servers(m_dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile repository;
        repository.name = QStringLiteral("Hospital audit repository");
        repository.fhirBase = QUrl(QStringLiteral("http://127.0.0.1:9/fhir"));
        repository.forwardAudit = true;
        servers.save(repository);

        auto trail = std::make_unique<AuditTrail>(journal);
        QNetworkAccessManager network;
        AuditForwarder forwarder(trail.get(), &servers, &network, nullptr);
        forwarder.start(60000);
        // Six hours of activity: searches and reads on three patients, every seventh one failing.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
        const char* const patients[] = {"Patient/pat-mueller", "Patient/pat-garcia",
                                        "Patient/pat-nguyen"};
        for (int i = 0; i < 90; ++i) {
            const bool search = i % 2 == 0;
            trail->record(AuditEventBuilder::rest(search ? QStringLiteral("search-type")
                                                         : QStringLiteral("read"),
                                                  search ? AuditEventBuilder::Action::Execute
                                                         : AuditEventBuilder::Action::Read)
                              .recorded(start.addSecs(i * 240))
                              .outcome(i % 7 == 0 ? AuditEventBuilder::Outcome::MinorFailure
                                                  : AuditEventBuilder::Outcome::Success,
                                       i % 7 == 0 ? QStringLiteral("HTTP 404") : QString())
                              .user(QStringLiteral("Practitioner/dr-rad"))
                              .application(QStringLiteral("workstation-1"))
                              .server(QUrl(QStringLiteral("http://127.0.0.1:8080/fhir")))
                              .patient(QString::fromLatin1(patients[i % 3]))
                              .resource(QStringLiteral("ImagingStudy/study-%1").arg(i))
                              .build());
        }
        QVERIFY(trail->flush().ok());

        AuditPanel panel(trail.get(), &forwarder, &servers);
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.reload();
        QTRY_COMPARE(panel.visibleEvents(), 90);
        auto* timeline = panel.findChild<AuditTimeline*>(QStringLiteral("auditTimeline"));
        int charted = 0;
        for (const auto& b : timeline->buckets())
            charted += b.successes + b.failures;
        QCOMPARE(charted, 90);

        QTest::keyClicks(panel.findChild<QLineEdit*>(QStringLiteral("auditPatient")),
                         QStringLiteral("garcia"));
        QCOMPARE(panel.visibleEvents(), 30);
        auto* outcome = panel.findChild<QComboBox*>(QStringLiteral("auditOutcome"));
        outcome->setCurrentIndex(2); // failures
        QVERIFY(panel.visibleEvents() > 0 && panel.visibleEvents() < 30);
        outcome->setCurrentIndex(0);
        panel.findChild<QLineEdit*>(QStringLiteral("auditPatient"))->clear();
        QTest::keyClicks(panel.findChild<QLineEdit*>(QStringLiteral("auditText")),
                         QStringLiteral("study-42\""));
        QCOMPARE(panel.visibleEvents(), 1);
        auto* table = panel.findChild<QTableView*>(QStringLiteral("auditTable"));
        table->selectRow(0);
        // The action is a word, not the AuditEvent code ("R", "E").
        const QString action = table->model()->index(0, AuditRecordModel::Action).data().toString();
        QVERIFY2(action == QStringLiteral("Read") || action == QStringLiteral("Execute"),
                 qPrintable(action));
        QVERIFY(panel.findChild<QPlainTextEdit*>(QStringLiteral("auditJson"))
                    ->toPlainText()
                    .contains(QLatin1String("ImagingStudy/study-42")));
        panel.findChild<QLineEdit*>(QStringLiteral("auditText"))->clear();

        panel.verifyChain();
        auto* chain = panel.findChild<QLabel*>(QStringLiteral("auditChainStatus"));
        QTRY_VERIFY(chain->text().startsWith(QStringLiteral("✓")));
        QVERIFY(chain->text().contains(QLatin1String("90")));
        QTRY_VERIFY(panel.findChild<QLabel*>(QStringLiteral("auditForwarding"))
                        ->text()
                        .contains(QLatin1String("90 pending")));

        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            table->selectRow(3);
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(panel.grab().save(QString::fromLocal8Bit(shots) +
                                      QStringLiteral("/audit-panel.png")));
        }

        const QString exported = m_dir.filePath(QStringLiteral("mueller.ndjson"));
        QTest::keyClicks(panel.findChild<QLineEdit*>(QStringLiteral("auditPatient")),
                         QStringLiteral("Patient/pat-mueller"));
        panel.exportTo(exported);
        QTRY_VERIFY(QFile::exists(exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 30);

        // Someone edits the journal behind Sightline's back: the badge says where.
        trail.reset();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(journal);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE events SET json = replace(json, 'dr-rad', 'dr-who') WHERE seq = 17")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        AuditTrail reopened(journal);
        AuditPanel second(&reopened, nullptr, &servers);
        second.verifyChain();
        QTRY_VERIFY(second.findChild<QLabel*>(QStringLiteral("auditChainStatus"))
                        ->text()
                        .contains(QLatin1String("broken at record 17")));
    }

    // Audit panel → Syslog…: an unusable target is refused with the reason; a usable one is
    // applied, and its pending count and error show in the forwarding line.
    void syslogSettings() {
        AuditTrail trail(m_dir.filePath(QStringLiteral("syslog.db")));
        SyslogForwarder syslog(&trail);
        syslog.setBackoff(60000, 60000);
        syslog.start(60000);
        AuditPanel panel(&trail, nullptr, nullptr);
        panel.setSyslogForwarder(&syslog);
        panel.resize(1280, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("auditSyslogButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        SyslogDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<SyslogDialog*>()) != nullptr && dialog->isVisible());
        auto* host = dialog->findChild<QLineEdit*>(QStringLiteral("syslogHost"));
        QVERIFY(!host->isEnabled()); // off until switched on
        dialog->findChild<QCheckBox*>(QStringLiteral("syslogEnabled"))->setChecked(true);
        QVERIFY(host->isEnabled());
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("syslogProblem"))->text(),
                 QStringLiteral("No syslog host is set"));
        QTest::keyClicks(host, QStringLiteral("audit.hospital.example"));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("syslogProblem"))->text(), QString());
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(dialog->grab().save(QString::fromLocal8Bit(shots) +
                                        QStringLiteral("/audit-syslog-dialog.png")));
        }
        host->setText(QStringLiteral("127.0.0.1"));
        dialog->findChild<QSpinBox*>(QStringLiteral("syslogPort"))->setValue(9);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(syslog.target().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(syslog.target().port, quint16(9));
        QCOMPARE(SyslogTarget::load().host, QStringLiteral("127.0.0.1"));
        // Sending what is recorded from now on fails: nothing listens on port 9.
        trail.record(AuditEventBuilder::activity(QStringLiteral("test"), QStringLiteral("Test"),
                                                 AuditEventBuilder::Action::Execute)
                         .build());
        QTRY_VERIFY_WITH_TIMEOUT(!syslog.state().lastError.isEmpty(), 20000);
        const QString line = panel.findChild<QLabel*>(QStringLiteral("auditForwarding"))->text();
        QVERIFY2(QRegularExpression(QStringLiteral("syslog 127\\.0\\.0\\.1:9: [1-9]\\d* pending "
                                                   "\\(retrying: "))
                     .match(line)
                     .hasMatch(),
                 qPrintable(line));
        syslog.configure(SyslogTarget{}); // leave the test home as it was
    }
};

QTEST_MAIN(TestAuditPanel)
#include "TestAuditPanel.moc"
