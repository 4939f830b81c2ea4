#include "audit/AuditTrail.h"
#include "common/Theme.h"
#include "dimse/ReceivingNode.h"
#include "preferences/PreferencesDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sightline;

// Preferences as a user changes them: the dark theme at once (and kept), the language for the
// next start, a manual proxy refused until it is complete, the other editors one click away, and
// every change in the audit trail.
class TestPreferencesDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QList<AuditRecord> records(AuditTrail& audit) {
        std::optional<QList<AuditRecord>> out;
        audit.records({}, this, [&](QList<AuditRecord> r) { out = r; });
        QTest::qWaitFor([&] { return out.has_value(); }, 10000);
        return out.value_or(QList<AuditRecord>{});
    }

private slots:
    void initTestCase() { Theme::rememberSystemLook(); }

    void darkThemeAndLanguage() {
        AuditTrail audit(m_dir.filePath("journal.db"));
        const QString ini = m_dir.filePath("appearance.ini");
        PreferencesDialog dialog(&audit, {}, nullptr, ini, m_dir.filePath("network.ini"));
        dialog.show();
        QVERIFY(!Theme::isDark());
        auto* theme = dialog.findChild<QComboBox*>("preferencesTheme");
        theme->setCurrentIndex(theme->findData(int(AppearanceSettings::Theme::Dark)));
        auto* language = dialog.findChild<QComboBox*>("preferencesLanguage");
        language->setCurrentIndex(language->findData(QString("de")));
        QCOMPARE(language->currentText(), QString("Deutsch"));
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shots) + "/preferences-dialog.png"));
        }
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(Theme::isDark()); // at once
        const AppearanceSettings kept = AppearanceSettings::load(ini);
        QCOMPARE(kept.theme, AppearanceSettings::Theme::Dark);
        QCOMPARE(kept.language, QString("de"));
        QVERIFY(audit.flush());
        const auto recorded = records(audit);
        QCOMPARE(recorded.size(), 1);
        QVERIFY(recorded.first().json.contains("settings-change"));
        QVERIFY(recorded.first().json.contains("language=de; theme=dark"));

        Theme::apply(AppearanceSettings::Theme::System);
        QVERIFY(!Theme::isDark());
    }

    void incompleteProxyIsRefused() {
        AuditTrail audit(m_dir.filePath("journal2.db"));
        const QString ini = m_dir.filePath("network2.ini");
        PreferencesDialog dialog(&audit, {}, nullptr, m_dir.filePath("appearance2.ini"), ini);
        dialog.show();
        auto* host = dialog.findChild<QLineEdit*>("proxyHost");
        QVERIFY(!host->isEnabled()); // only for a manual proxy
        dialog.findChild<QRadioButton*>("proxyManual")->setChecked(true);
        QVERIFY(host->isEnabled());
        auto* problem = dialog.findChild<QLabel*>("preferencesProblem");
        QVERIFY(problem->text().contains("host name"));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused
        QVERIFY(!QFile::exists(ini));
        QTest::keyClicks(host, "proxy.hospital.example");
        QVERIFY(problem->text().contains("port"));
        dialog.findChild<QSpinBox*>("proxyPort")->setValue(3128);
        QCOMPARE(problem->text(), QString());
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        const NetworkSettings kept = NetworkSettings::load(ini);
        QCOMPARE(kept.proxy, NetworkSettings::Proxy::Manual);
        QCOMPARE(kept.proxyHost, QString("proxy.hospital.example"));
        QCOMPARE(kept.proxyPort, 3128);
        QVERIFY(audit.flush());
        const auto recorded = records(audit);
        QCOMPARE(recorded.size(), 1);
        QVERIFY(recorded.first().json.contains("proxy=manual proxy.hospital.example:3128"));
        // Back to no proxy for the rest of this process.
        NetworkSettings none;
        none.proxy = NetworkSettings::Proxy::None;
        QVERIFY(none.apply());
    }

    // The receiving node from Preferences: started on OK with the port and AE title given,
    // kept for the next start, audited; a port another program holds is refused with the
    // reason and nothing is kept; turned off, it stops.
    void receivingNode() {
        AuditTrail audit(m_dir.filePath("journal3.db"));
        ReceivingNode node(CacheConnections(m_dir.filePath("cache")));
        const QString ini = m_dir.filePath("receiving.ini");
        QTcpServer taken; // a port another program holds
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        quint16 freePort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            freePort = probe.serverPort();
        }
        {
            PreferencesDialog dialog(&audit, {}, nullptr, m_dir.filePath("appearance3.ini"),
                                     m_dir.filePath("network3.ini"), &node, ini);
            dialog.show();
            auto* pages = dialog.findChild<QTabWidget*>("preferencesPages");
            pages->setCurrentWidget(dialog.findChild<QWidget*>("receivingNodePage"));
            auto* registration = dialog.findChild<QLabel*>("receivingRegistration");
            QVERIFY(registration->text().contains("AE title SIGHTLINE"));
            QVERIFY(registration->text().contains("127.0.0.1"));
            dialog.findChild<QCheckBox*>("receivingEnabled")->setChecked(true);
            dialog.findChild<QLineEdit*>("receivingAeTitle")->setText("READING1");
            dialog.findChild<QSpinBox*>("receivingPort")->setValue(taken.serverPort());
            QVERIFY(registration->text().contains("AE title READING1"));
            QVERIFY(registration->text().contains(QString::number(taken.serverPort())));
            if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
                QDir().mkpath(QString::fromLocal8Bit(shots));
                QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shots) +
                                           "/preferences-receiving-node.png"));
            }
            dialog.accept();
            QVERIFY(dialog.isVisible()); // refused: the port is taken
            auto* problem = dialog.findChild<QLabel*>("preferencesProblem");
            QVERIFY2(problem->text().contains("cannot start"), qPrintable(problem->text()));
            QVERIFY(!node.isRunning());
            QVERIFY(!ReceivingNodeSettings::load(ini).enabled); // nothing kept

            dialog.findChild<QSpinBox*>("receivingPort")->setValue(freePort);
            dialog.accept();
            QVERIFY2(!dialog.isVisible(), qPrintable(problem->text()));
        }
        QVERIFY(node.isRunning());
        QCOMPARE(node.port(), freePort);
        QCOMPARE(node.settings().aeTitle, QString("READING1"));
        const ReceivingNodeSettings kept = ReceivingNodeSettings::load(ini);
        QVERIFY(kept.enabled);
        QCOMPARE(kept.scp.port, freePort);
        QCOMPARE(kept.scp.aeTitle, QString("READING1"));
        QVERIFY(audit.flush());
        QVERIFY(records(audit).constLast().json.contains("aeTitle=READING1"));

        {
            // A port that is taken, for the running node: refused, and the node keeps running
            // as it was.
            PreferencesDialog taking(&audit, {}, nullptr, m_dir.filePath("appearance3.ini"),
                                     m_dir.filePath("network3.ini"), &node, ini);
            taking.show();
            taking.findChild<QSpinBox*>("receivingPort")->setValue(taken.serverPort());
            taking.findChild<QLineEdit*>("receivingAeTitle")->setText("OTHER");
            taking.accept();
            QVERIFY(taking.isVisible());
            QVERIFY(node.isRunning());
            QCOMPARE(node.port(), freePort);
            QCOMPARE(node.settings().aeTitle, QString("READING1"));
            QCOMPARE(ReceivingNodeSettings::load(ini).scp.port, freePort);
        }
        PreferencesDialog again(&audit, {}, nullptr, m_dir.filePath("appearance3.ini"),
                                m_dir.filePath("network3.ini"), &node, ini);
        QVERIFY(again.findChild<QCheckBox*>("receivingEnabled")->isChecked());
        again.findChild<QCheckBox*>("receivingEnabled")->setChecked(false);
        again.accept();
        QVERIFY(!node.isRunning());
        QVERIFY(!ReceivingNodeSettings::load(ini).enabled);
        QCOMPARE(node.settings().aeTitle, QString("READING1")); // still what C-MOVE uses
    }

    // The page in German and French: what to register is said in the user's language, and the
    // page still fits the dialog's size.
    void receivingNodeInEveryLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("registration");
        QTest::newRow("de") << "de"
                            << "Tragen Sie Sightline beim Sender mit AE-Titel SIGHTLINE";
        QTest::newRow("fr") << "fr"
                            << "Enregistrez Sightline chez l'émetteur avec le titre AE";
    }
    void receivingNodeInEveryLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, registration);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(SIGHTLINE_TRANSLATIONS_DIR "/sightline_") +
                                language + QStringLiteral(".qm")));
        QCoreApplication::installTranslator(&translator);
        ReceivingNode node(CacheConnections(m_dir.filePath("cache")));
        PreferencesDialog dialog(nullptr, {}, nullptr, m_dir.filePath("appearance4.ini"),
                                 m_dir.filePath("network4.ini"), &node,
                                 m_dir.filePath("receiving4.ini"));
        dialog.show();
        auto* pages = dialog.findChild<QTabWidget*>("preferencesPages");
        pages->setCurrentWidget(dialog.findChild<QWidget*>("receivingNodePage"));
        auto* label = dialog.findChild<QLabel*>("receivingRegistration");
        QVERIFY2(label->text().startsWith(registration), qPrintable(label->text()));
        QVERIFY(label->isVisible());
        QVERIFY(label->geometry().bottom() < pages->currentWidget()->height());
        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shots) +
                                       "/preferences-receiving-node-" + language + ".png"));
        QCoreApplication::removeTranslator(&translator);
    }

    void otherEditorsAreOneClickAway() {
        int opened = 0;
        PreferencesDialog dialog(
            nullptr, {{"Image cache…", "What the image cache holds", [&] { ++opened; }}}, nullptr,
            m_dir.filePath("a3.ini"), m_dir.filePath("n3.ini"));
        dialog.show();
        dialog.findChild<QTabWidget*>("preferencesPages")->setCurrentIndex(2);
        QTest::mouseClick(dialog.findChild<QPushButton*>("editor-Image cache…"), Qt::LeftButton);
        QCOMPARE(opened, 1);
        dialog.reject(); // nothing changed, nothing saved
        QVERIFY(!QFile::exists(m_dir.filePath("a3.ini")));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "TestPreferencesDialog.moc"
