#include "SightlineRun.h"
#include "support/SandboxFixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Runs the real sightline executable's headless commands against the sandbox.
class TestCommandLine : public QObject {
    Q_OBJECT

    sightline::test::SandboxFixture m_sandbox;

    using Run = sightline::test::SightlineRun;
    static Run run(const QStringList& args) { return sightline::test::runSightline(args); }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void capabilitiesJson() {
        const Run r = run({QStringLiteral("capabilities"), m_sandbox.fhirBase().toString(),
                           QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QLatin1String("statement"))
                     .toObject()
                     .value(QLatin1String("fhirVersion"))
                     .toString(),
                 QStringLiteral("4.0.1"));
        QVERIFY(json.value(QLatin1String("verdict"))
                    .toString()
                    .startsWith(QLatin1String("Usable with limits")));
        bool found = false;
        for (const auto& item : json.value(QLatin1String("readiness")).toArray()) {
            const QJsonObject o = item.toObject();
            if (o.value(QLatin1String("id")).toString() == QLatin1String("imaging-search")) {
                QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("ready"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void headlessText() {
        const QString connection = QStringLiteral("fhir+http://127.0.0.1:%1/fhir?name=Sandbox")
                                       .arg(m_sandbox.fhirBase().port());
        const Run r = run({QStringLiteral("--server"), connection, QStringLiteral("--headless")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Search ImagingStudy by patient"));
        QVERIFY(r.err.contains("HTTP exchange"));
    }

    void unreachableServerExitsWith2() {
        const Run r =
            run({QStringLiteral("capabilities"), QStringLiteral("http://127.0.0.1:9/fhir")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("refused"));
    }

    void usageErrors() {
        QCOMPARE(run({QStringLiteral("--headless")}).code, 1);
        QCOMPARE(run({QStringLiteral("capabilities")}).code, 1);
        QCOMPARE(run({QStringLiteral("launch")}).code, 1);
        QCOMPARE(run({QStringLiteral("launch"), QStringLiteral("--iss"),
                      QStringLiteral("https://ehr.example/fhir")})
                     .code,
                 1);
        QCOMPARE(run({QStringLiteral("--launch"), QStringLiteral("x")}).code, 1);
        QCOMPARE(run({QStringLiteral("capabilities"), QStringLiteral("not a server")}).code, 1);
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("Usage"));
    }

    void auditVerifyAndExport() {
        // The commands above were audited into the default journal (HOME is the test's own).
        const Run verify = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, verify.out.constData());
        QVERIFY(verify.out.contains("intact"));
        const Run all = run({QStringLiteral("audit"), QStringLiteral("export"),
                             QStringLiteral("--since"), QStringLiteral("2020-01-01")});
        QCOMPARE(all.code, 0);
        const QList<QByteArray> lines = all.out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 4, all.out.constData()); // metadata + smart-configuration, twice
        for (const QByteArray& line : lines) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            QCOMPARE(event.value(QLatin1String("resourceType")).toString(),
                     QStringLiteral("AuditEvent"));
        }
        const Run none = run({QStringLiteral("audit"), QStringLiteral("export"),
                              QStringLiteral("--patient"), QStringLiteral("Patient/nobody")});
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.trimmed().isEmpty());
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--since"),
                      QStringLiteral("yesterday")})
                     .code,
                 1);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify"),
                      QStringLiteral("--journal"), QStringLiteral("/nonexistent.db")})
                     .code,
                 1);
    }

    void keygen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backend.pem"));
        const Run r = run({QStringLiteral("keygen"), QStringLiteral("--alg"),
                           QStringLiteral("RS384"), QStringLiteral("--out"), path});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject jwk = QJsonDocument::fromJson(r.out)
                                    .object()
                                    .value(QLatin1String("keys"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), QStringLiteral("RS384"));
        QVERIFY(!jwk.contains(QLatin1String("d")));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!r.out.contains("PRIVATE KEY"));
        QCOMPARE(run({QStringLiteral("keygen"), QStringLiteral("--out"), path}).code,
                 1); // never overwrites
        QCOMPARE(run({QStringLiteral("keygen")}).code, 1);
        QCOMPARE(run({QStringLiteral("keygen"), QStringLiteral("--alg"), QStringLiteral("HS256"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("x"))})
                     .code,
                 1);
    }

    void imagingCommands() {
        QCOMPARE(
            run({QStringLiteral("cache"), QStringLiteral("purge"), QStringLiteral("--all")}).code,
            0);
        const QString server = m_sandbox.fhirBase().toString();
        const Run studies = run({QStringLiteral("studies"), server, QStringLiteral("--patient"),
                                 QStringLiteral("pat-oconnor"), QStringLiteral("--json")});
        QVERIFY2(studies.code == 0, studies.err.constData());
        const QJsonArray list =
            QJsonDocument::fromJson(studies.out).object().value(QLatin1String("studies")).toArray();
        QCOMPARE(list.size(), 4);
        QString rleStudy;
        for (const QJsonValue v : list) {
            QCOMPARE(v.toObject().value(QLatin1String("cachedInstances")).toInt(), 0);
            if (v.toObject()
                    .value(QLatin1String("description"))
                    .toString()
                    .contains(QLatin1String("RLE")))
                rleStudy = v.toObject().value(QLatin1String("studyUid")).toString();
        }
        QVERIFY(!rleStudy.isEmpty());

        const Run retrieved = run({QStringLiteral("retrieve"), server, rleStudy});
        QVERIFY2(retrieved.code == 0, retrieved.err.constData());
        QVERIFY2(retrieved.err.contains("8 stored"), retrieved.err.constData());
        // The sandbox's mislabelled study: retrieved, but flagged (exit code 3).
        const Run flagged = run({QStringLiteral("retrieve"), server,
                                 QStringLiteral("1.2.826.0.1.3680043.10.1042.2.5")});
        QCOMPARE(flagged.code, 3);
        QVERIFY(flagged.err.contains("PATIENT MISMATCH"));
        QVERIFY(flagged.err.contains("SL-9999"));

        const Run stats =
            run({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.code, 0);
        const QJsonObject st = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(st.value(QLatin1String("studies")).toInt(), 2);
        QCOMPARE(st.value(QLatin1String("instances")).toInt(), 12);
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("verify")}).code, 0);
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("purge"), rleStudy}).code, 0);
        const QJsonObject after =
            QJsonDocument::fromJson(
                run({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--json")})
                    .out)
                .object();
        QCOMPARE(after.value(QLatin1String("studies")).toInt(), 1);

        QCOMPARE(run({QStringLiteral("retrieve"), server, QStringLiteral("../../etc")}).code, 1);
        QCOMPARE(run({QStringLiteral("studies"), server}).code, 1); // --patient missing
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("purge")}).code, 1);
    }

    // A PACS without FHIR, named by a dicomweb+http:// connection string: studies by PatientID
    // (QIDO-RS) and a retrieval by Study Instance UID.
    void imagingFromAPacsWithoutFhir() {
        const QString pacs = QStringLiteral("dicomweb+") + m_sandbox.dicomWeb().toString();
        const Run studies = run({QStringLiteral("studies"), pacs, QStringLiteral("--patient"),
                                 QStringLiteral("SL-1005"), QStringLiteral("--json")});
        QVERIFY2(studies.code == 0, studies.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(studies.out).object();
        QCOMPARE(answer.value(QLatin1String("patient")).toString(), QStringLiteral("Åsa Björk"));
        const QJsonArray list = answer.value(QLatin1String("studies")).toArray();
        QVERIFY(!list.isEmpty());
        const QJsonObject first = list.first().toObject();
        QVERIFY(!first.value(QLatin1String("series")).toArray().isEmpty());
        const QString uid = first.value(QLatin1String("studyUid")).toString();
        const Run retrieved = run({QStringLiteral("retrieve"), pacs, uid});
        QVERIFY2(retrieved.code == 0, retrieved.err.constData());
        QVERIFY2(retrieved.err.contains(QStringLiteral("%1 stored")
                                            .arg(first.value(QLatin1String("instances")).toInt())
                                            .toUtf8()),
                 retrieved.err.constData());
        const Run unknown = run({QStringLiteral("studies"), pacs, QStringLiteral("--patient"),
                                 QStringLiteral("SL-0000")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("no study of patient SL-0000"), unknown.err.constData());
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
