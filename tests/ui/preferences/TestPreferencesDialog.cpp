#include "audit/AuditTrail.h"
#include "common/Theme.h"
#include "preferences/PreferencesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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
