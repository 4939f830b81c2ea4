#include "ConsentCommandFixtures.h"
#include "SightlineRun.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `sightline consent evaluate` on local files and `sightline consent check` against the
// sandbox's FHIR server, as a user runs them.
class TestConsentCommand : public QObject {
    Q_OBJECT

    sightline::test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;

    using Run = sightline::test::SightlineRun;
    static Run run(const QStringList& args) { return sightline::test::runSightline(args); }
    QString write(const QString& name, const QByteArray& json) {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(json);
        return f.fileName();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (const auto& [name, json] : consentCommandFiles())
            write(name, json);
    }

    void evaluatePermit() {
        const Run r =
            run({"consent", "evaluate", "--consent", m_dir.filePath("consent.json"), "--resource",
                 m_dir.filePath("plain.json"), "--purpose", "TREAT", "--actor", "Organization/x"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("PERMIT  Observation/o2"), r.out.constData());
        QVERIFY(r.out.contains("✓ Consent/c1 › Provision 1: permit applies."));
    }

    void evaluateDenyJson() {
        const Run r = run({"consent", "evaluate", "--consent", m_dir.filePath("consent.json"),
                           "--resource", m_dir.filePath("psy.json"), "--purpose", "TREAT",
                           "--actor", "Organization/x", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json["decision"].toString(), QString("deny"));
        QCOMPARE(json["path"].toString(), QString("Consent/c1 › 1 › 1.1"));
        QVERIFY(json["trace"].toArray().size() >= 5);
    }

    void evaluateOtherActorFallsToDefault() {
        const Run r = run({"consent", "evaluate", "--consent", m_dir.filePath("consent.json"),
                           "--resource", m_dir.filePath("plain.json"), "--actor", "Organization/y",
                           "--default", "none", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["decision"].toString(),
                 QString("no-decision"));
    }

    void badInput() {
        Run r = run({"consent", "evaluate", "--consent", m_dir.filePath("bad-consent.json"),
                     "--resource", m_dir.filePath("plain.json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("starts on \"tomorrow\", which is not a FHIR date"),
                 r.err.constData());
        r = run({"consent", "evaluate", "--consent", m_dir.filePath("missing.json"), "--resource",
                 m_dir.filePath("plain.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("cannot be read"));
        r = run({"consent", "evaluate", "--consent", m_dir.filePath("consent.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("needs --consent FILE and --resource FILE"));
        r = run({"consent", "evaluate", "--consent", m_dir.filePath("consent.json"), "--resource",
                 m_dir.filePath("plain.json"), "--clearance", "X"});
        QCOMPARE(r.code, 1);
        r = run({"consent", "judge"});
        QCOMPARE(r.code, 1);
    }

    void checkAgainstTheSandbox() {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Run r = run({"consent", "check", m_sandbox.fhirBase().toString(), "--patient",
                           "pat-mueller", "--purpose", "HRESCH", "--actor",
                           "Organization/radiology", "--at", "2026-06-15", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json["patient"].toString(), QString("Patient/pat-mueller"));
        QCOMPARE(json["consents"][0]["reference"].toString(),
                 QString("Consent/consent-mueller-research"));
        QHash<QString, QString> outcomes;
        for (const QJsonValue& row : json["resources"].toArray())
            outcomes.insert(row["resource"].toString(), row["outcome"].toString());
        QCOMPARE(outcomes.value("Observation/obs-mueller-phq9"), QString("withheld"));
        QCOMPARE(outcomes.value("Observation/obs-mueller-hb"), QString("redacted"));
        QCOMPARE(outcomes.value("Patient/pat-mueller"), QString("shared"));

        const Run text =
            run({"consent", "check", m_sandbox.fhirBase().toString(), "--patient", "pat-mueller",
                 "--purpose", "HRESCH", "--actor", "Organization/radiology", "--at", "2026-06-15"});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY(text.out.contains("element note[1] removed"));
        QVERIFY(text.out.contains("reference to Observation/obs-mueller-phq9 masked"));

        // The checks were audited (HOME is the test's own).
        const Run audit = run({"audit", "export"});
        QVERIFY(audit.out.contains("consent-check"));
        QVERIFY(!audit.out.contains("low mood")); // decisions are audited, data is not
    }
};

QTEST_GUILESS_MAIN(TestConsentCommand)
#include "TestConsentCommand.moc"
