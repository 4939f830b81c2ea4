#include "capabilities/CapabilityComparison.h"
#include "capabilities/CapabilityReport.h"
#include "capabilities/ReadinessCheck.h"
#include "support/LargeCapabilityStatement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sightline;
using State = ReadinessItem::State;

namespace {
QJsonObject loadJson(const QString& name) {
    QFile file(QStringLiteral(SIGHTLINE_TEST_DATA_DIR "/") + name);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

ServerCapabilities sandbox() {
    ServerCapabilities caps;
    caps.fhirBase = QUrl(QStringLiteral("http://127.0.0.1:8080/fhir"));
    caps.statement =
        CapabilityStatement::fromJson(loadJson(QStringLiteral("sandbox-capability-statement.json")))
            .value();
    caps.smart =
        SmartConfiguration::fromJson(loadJson(QStringLiteral("sandbox-smart-configuration.json")))
            .value();
    return caps;
}

State stateOf(const QList<ReadinessItem>& items, const QString& id) {
    for (const auto& i : items) {
        if (i.id == id)
            return i.state;
    }
    qFatal("no readiness item %s", qPrintable(id));
}
} // namespace

class TestReadinessCheck : public QObject {
    Q_OBJECT
private slots:
    void sandboxServer() {
        const auto items = ReadinessCheck::evaluate(sandbox());
        QCOMPARE(stateOf(items, QStringLiteral("fhir-r4")), State::Ready);
        QCOMPARE(stateOf(items, QStringLiteral("imaging-search")), State::Ready);
        QCOMPARE(stateOf(items, QStringLiteral("imaging-include-endpoint")), State::Ready);
        QCOMPARE(stateOf(items, QStringLiteral("consent-search")), State::Ready);
        QCOMPARE(stateOf(items, QStringLiteral("transaction")), State::Ready);
        QCOMPARE(stateOf(items, QStringLiteral("conditional-create")), State::Ready);
        QCOMPARE(stateOf(items, QStringLiteral("audit-create")), State::Ready);
        QCOMPARE(stateOf(items, QStringLiteral("smart-pkce")), State::Ready);
        QCOMPARE(stateOf(items, QStringLiteral("smart-standalone")), State::Ready);
        // What the sandbox does not (yet) offer is reported, with a reason.
        QCOMPARE(stateOf(items, QStringLiteral("bulk-export")), State::Missing);
        QCOMPARE(stateOf(items, QStringLiteral("smart-imaging")), State::Missing);
        for (const auto& i : items)
            QVERIFY2(!i.reason.isEmpty(), qPrintable(i.id));
        QVERIFY(ReadinessCheck::verdict(items).startsWith(QLatin1String("Usable with limits")));
    }

    void unreachableServer() {
        ServerCapabilities caps;
        caps.statementError =
            Error::make(Error::Kind::Network, QStringLiteral("127.0.0.1 refused the connection"));
        caps.smartError = caps.statementError;
        const auto items = ReadinessCheck::evaluate(caps);
        QCOMPARE(stateOf(items, QStringLiteral("imaging-search")), State::Unknown);
        QVERIFY(ReadinessCheck::verdict(items).startsWith(QLatin1String("Not usable")));
        QVERIFY(!caps.reachable());
    }

    void serverWithoutImagingOrSmart() {
        QJsonObject json = test::makeLargeCapabilityStatement(20, 3);
        // Drop ImagingStudy and Endpoint altogether, and declare only batch.
        QJsonObject rest = json.value(QLatin1String("rest")).toArray().first().toObject();
        QJsonArray resources;
        for (const auto& r : rest.value(QLatin1String("resource")).toArray()) {
            const QString type = r.toObject().value(QLatin1String("type")).toString();
            if (type != QLatin1String("ImagingStudy") && type != QLatin1String("Endpoint"))
                resources.append(r);
        }
        rest.insert(QStringLiteral("resource"), resources);
        rest.insert(QStringLiteral("interaction"),
                    QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("batch")}}});
        json.insert(QStringLiteral("rest"), QJsonArray{rest});
        ServerCapabilities caps;
        caps.statement = CapabilityStatement::fromJson(json).value();
        const auto items = ReadinessCheck::evaluate(caps);
        QCOMPARE(stateOf(items, QStringLiteral("imaging-search")), State::Missing);
        QCOMPARE(stateOf(items, QStringLiteral("imaging-include-endpoint")), State::Missing);
        QCOMPARE(stateOf(items, QStringLiteral("transaction")), State::Partial);
        QCOMPARE(stateOf(items, QStringLiteral("bulk-export")), State::Ready);
        QCOMPARE(stateOf(items, QStringLiteral("smart-discovery")), State::Missing);
        QVERIFY(ReadinessCheck::verdict(items).contains(
            QLatin1String("Search ImagingStudy by patient")));
    }

    void olderServerUsesOAuthUris() {
        ServerCapabilities caps = sandbox();
        caps.smart = SmartConfiguration::fromOAuthUris(caps.statement->oauthUris);
        const auto items = ReadinessCheck::evaluate(caps);
        QCOMPARE(stateOf(items, QStringLiteral("smart-discovery")), State::Partial);
        QCOMPARE(stateOf(items, QStringLiteral("smart-pkce")), State::Missing);
    }

    void comparison() {
        const ServerCapabilities a = sandbox();
        ServerCapabilities b;
        b.fhirBase = QUrl(QStringLiteral("https://hapi.example/baseR4"));
        b.statement =
            CapabilityStatement::fromJson(test::makeLargeCapabilityStatement(30, 5)).value();
        const auto rows = CapabilityComparison::compare(a, b);
        QVERIFY(CapabilityComparison::differenceCount(rows) > 5);
        auto row = [&](const QString& aspect) {
            for (const auto& r : rows)
                if (r.aspect == aspect)
                    return r;
            return ComparisonRow{};
        };
        QVERIFY(row(QStringLiteral("Software")).differs);
        QVERIFY(!row(QStringLiteral("FHIR version")).differs);
        QVERIFY(!row(QStringLiteral("FHIR base")).differs);
        QCOMPARE(row(QStringLiteral("Resource29")).left, QStringLiteral("—"));
        QVERIFY(row(QStringLiteral("Bulk Data $export")).differs);
        QCOMPARE(CapabilityComparison::differenceCount(CapabilityComparison::compare(a, a)), 0);
    }

    void report() {
        const ServerCapabilities caps = sandbox();
        const auto items = ReadinessCheck::evaluate(caps);
        const QJsonObject json = CapabilityReport::toJson(caps, items);
        QCOMPARE(json.value(QLatin1String("statement"))
                     .toObject()
                     .value(QLatin1String("fhirVersion"))
                     .toString(),
                 QStringLiteral("4.0.1"));
        QCOMPARE(json.value(QLatin1String("readiness")).toArray().size(), items.size());
        const QString text = CapabilityReport::toText(caps, items);
        QVERIFY(text.contains(QStringLiteral("✓ Search ImagingStudy by patient")));
        QVERIFY(text.contains(QStringLiteral("✗ Bulk Data $export")));
    }
};

QTEST_GUILESS_MAIN(TestReadinessCheck)
#include "TestReadinessCheck.moc"
