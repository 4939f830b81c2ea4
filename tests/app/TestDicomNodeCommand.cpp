#include "SightlineRun.h"
#include "support/DicomNodeFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sightline::test;

// `sightline echo` and `sightline find` as a script runs them, against DCMTK's dcmqrscp holding
// pydicom's files: exit codes, the explanation of a refusal, JSON and the table.
class TestDicomNodeCommand : public QObject {
    Q_OBJECT

    DicomNodeFixture m_node{DicomNodeFixture::Kind::Dcmqrscp};

    static SightlineRun run(const QStringList& args) { return runSightline(args); }
    QString node(const QString& calledAe = {}) const {
        const auto address = m_node.address();
        return QStringLiteral("dicom://%1@127.0.0.1:%2")
            .arg(calledAe.isEmpty() ? address.calledAeTitle : calledAe)
            .arg(address.port);
    }

private slots:
    void initTestCase() {
        const QString started = m_node.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString loaded = m_node.load(
            {DicomNodeFixture::pydicomFile(QStringLiteral("test_files/CT_small.dcm")),
             DicomNodeFixture::pydicomFile(QStringLiteral("charset_files/chrFren.dcm"))});
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    }

    void echo() {
        const SightlineRun ok = run({QStringLiteral("echo"), node(), QStringLiteral("--json")});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QVERIFY(QJsonDocument::fromJson(ok.out).object().value(QLatin1String("ok")).toBool());

        const SightlineRun refused = run({QStringLiteral("echo"), node(QStringLiteral("WRONG"))});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("WRONG") && refused.err.contains("AE title"),
                 refused.err.constData());
    }

    void find() {
        const SightlineRun json = run({QStringLiteral("find"), node(), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, json.err.constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 2);

        const SightlineRun table =
            run({QStringLiteral("find"), node(), QStringLiteral("--name"), QStringLiteral("Buc*")});
        QVERIFY2(table.code == 0, table.err.constData());
        QVERIFY2(QString::fromUtf8(table.out).contains(QStringLiteral("Buc^Jérôme")),
                 table.out.constData());
        QVERIFY(!table.out.contains("CompressedSamples"));
    }

    void usage() {
        QCOMPARE(run({QStringLiteral("find"), node(), QStringLiteral("--date"),
                      QStringLiteral("yesterday")})
                     .code,
                 1);
        QCOMPARE(run({QStringLiteral("find"), node(), QStringLiteral("--level"),
                      QStringLiteral("series")})
                     .code,
                 1); // a series query needs its study
        QCOMPARE(run({QStringLiteral("echo"), QStringLiteral("fhir+http://127.0.0.1:1/fhir")}).code,
                 1); // not a DICOM node
    }
};

QTEST_GUILESS_MAIN(TestDicomNodeCommand)
#include "TestDicomNodeCommand.moc"
