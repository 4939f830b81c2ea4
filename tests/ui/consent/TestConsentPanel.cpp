#include "audit/AuditTrail.h"
#include "common/SecurityLabelChips.h"
#include "consent/ConsentPanel.h"
#include "consent/DecisionView.h"
#include "consent/ProvisionTree.h"
#include "consent/WhatIfForm.h"
#include "support/SandboxFixture.h"
#include "support/WaitFor.h"

#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sightline;
using test::waitFor;

// The Consent panel against the sandbox: Jürgen Müller's research consent listed, a what-if
// answered with its path highlighted in the provision tree, the preview over his data with
// "why?" per row, label chips, and the checks audited.
class TestConsentPanel : public QObject {
    Q_OBJECT

    static int rowOf(QTableWidget* table, const QString& reference) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == reference)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase() {
        auto* plurals = new QTranslator(this);
        if (plurals->load(QStringLiteral(SIGHTLINE_TRANSLATIONS_DIR "/sightline_en.qm")))
            QCoreApplication::installTranslator(plurals);
    }

    void inspectMuellersConsent() {
        test::SandboxFixture sandbox;
        const QString error = sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        ServerProfile profile;
        profile.id = "sandbox";
        profile.name = "Sandbox";
        profile.fhirBase = sandbox.fhirBase();
        QNetworkAccessManager network;
        AuditTrail audit(dir.filePath("journal.db"));
        ConsentPanel panel(FhirClientFactory(&network, nullptr), &audit);
        QSignalSpy previews(&panel, &ConsentPanel::previewFinished);
        panel.resize(1500, 980);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        WhatIfForm* form = panel.whatIf();
        form->setActor("Organization/radiology");
        form->setPurpose("HRESCH");
        form->setResourceType("Observation");
        form->setLabels("R, PSY");
        form->setAccessTime(QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC));
        panel.openPatient(profile, "pat-mueller");
        QVERIFY(waitFor([&] { return previews.size() >= 1; }));

        // The consent list and its provision tree.
        QTableWidget* consents = panel.consentTable();
        QCOMPARE(consents->rowCount(), 1);
        QCOMPARE(consents->item(0, 0)->text(), QString("Consent/consent-mueller-research"));
        QCOMPARE(consents->item(0, 1)->text(), QString("active"));
        QCOMPARE(consents->item(0, 5)->text(), QString("OPTIN"));
        QCOMPARE(consents->item(0, 6)->text(), QString("2026-01-01 – 2027-12-31"));
        ProvisionTree* tree = panel.provisionTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->child(0)->child(0)->text(0),
                 QString("Provision 1.1.1: permit"));

        // The what-if (loaded with the patient): PSY data for research is denied by 1.1.
        DecisionView* decision = panel.decisionView();
        QVERIFY2(decision->answer().startsWith("DENY"), qPrintable(decision->answer()));
        QCOMPARE(tree->decidingPath(), QString("1.1"));
        QCOMPARE(tree->highlightedPaths(), QStringList({"1", "1.1"}));
        QVERIFY(decision->traceLines().join('\n').contains(
            "✓ Consent/consent-mueller-research › "
            "Provision 1.1: deny: labels PSY, ETH match"));

        // Ask again for emergency treatment: ETREAT is a kind of TREAT, so provision 1 permits.
        form->setPurpose("ETREAT");
        QTest::mouseClick(panel.findChild<QPushButton*>("whatIfEvaluate"), Qt::LeftButton);
        QVERIFY(decision->answer().startsWith("PERMIT"));
        QCOMPARE(tree->decidingPath(), QString("1"));
        QVERIFY(decision->traceLines().join('\n').contains(
            "purpose TREAT covers ETREAT (ETREAT → TREAT)"));
        QVERIFY(waitFor([&] { return previews.size() >= 2; }));

        // Back to research; the preview over his data.
        form->setPurpose("HRESCH");
        QTest::mouseClick(panel.findChild<QPushButton*>("whatIfEvaluate"), Qt::LeftButton);
        QVERIFY(waitFor([&] { return previews.size() >= 3 && !panel.previewRunning(); }));
        QTableWidget* preview = panel.previewTable();
        const int phq9 = rowOf(preview, "Observation/obs-mueller-phq9");
        QVERIFY(phq9 >= 0);
        QCOMPARE(preview->item(phq9, 3)->text(), QString("withheld"));
        QCOMPARE(preview->item(phq9, 2)->text(), QString("R · PSY"));
        const int hb = rowOf(preview, "Observation/obs-mueller-hb");
        QCOMPARE(preview->item(hb, 3)->text(), QString("redacted"));
        QVERIFY(panel.findChild<QLabel*>("previewSummary")->text().contains("1 withheld"));

        // "Why?" on a row: its decision, trace, chips and highlighted path.
        preview->selectRow(phq9);
        QVERIFY(decision->answer().contains("Observation/obs-mueller-phq9"));
        QVERIFY(decision->answer().startsWith("DENY"));
        QCOMPARE(panel.labelChips()->chipTexts(), QStringList({"R", "PSY"}));
        QCOMPARE(tree->decidingPath(), QString("1.1"));
        preview->selectRow(hb);
        QVERIFY(decision->traceLines().join('\n').contains("Element note[1] (PSY) is redacted"));
        const int screening = rowOf(preview, "DiagnosticReport/report-mueller-screening");
        preview->selectRow(screening);
        QVERIFY(decision->traceLines().join('\n').contains(
            "The reference to Observation/obs-mueller-phq9 is masked"));

        if (const QByteArray shots = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            preview->selectRow(phq9);
            QDir().mkpath(QString::fromLocal8Bit(shots));
            QVERIFY(panel.grab().save(QString::fromLocal8Bit(shots) + "/consent-panel.png"));
        }

        // Every evaluation is audited: what was asked and decided, not the data.
        QVERIFY(audit.flush());
        std::optional<QList<AuditRecord>> records;
        AuditQuery query;
        audit.records(query, this, [&](QList<AuditRecord> r) { records = r; });
        QVERIFY(waitFor([&] { return records.has_value(); }));
        int checks = 0;
        for (const AuditRecord& record : *records) {
            const QByteArray json = record.json;
            if (json.contains("consent-check"))
                ++checks;
            QVERIFY(!json.contains("low mood"));
        }
        QVERIFY2(checks >= 6, qPrintable(QString::number(checks))); // 3 what-ifs, 3 previews
    }
};

QTEST_MAIN(TestConsentPanel)
#include "TestConsentPanel.moc"
