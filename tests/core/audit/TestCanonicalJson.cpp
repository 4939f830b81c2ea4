#include "audit/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sightline;

// The journal's canonical JSON must be the very bytes QJsonDocument writes compactly (the
// hash chain of every journal written before depends on them): Qt is the oracle, over the
// shapes AuditEvents have and the characters that need escaping.
class TestCanonicalJson : public QObject {
    Q_OBJECT

private slots:
    void writesWhatQtWrites_data() {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("empty") << QJsonObject{};
        QTest::newRow("an AuditEvent") << QJsonObject{
            {"resourceType", "AuditEvent"},
            {"type", QJsonObject{{"system", "http://dicom.nema.org/resources/ontology/DCM"},
                                 {"code", "110112"}}},
            {"action", "R"},
            {"recorded", "2026-12-06T17:45:41.123Z"},
            {"outcome", "0"},
            {"agent", QJsonArray{QJsonObject{{"requestor", true},
                                             {"who", QJsonObject{{"display", "Dr. Müller"}}}}}},
            {"entity", QJsonArray{}}};
        QTest::newRow("escapes") << QJsonObject{
            {"quote\"key", "a \"quoted\" \\ backslash / slash"},
            {"controls", QString::fromUtf8("tab\tnew\nline\rcr\x01\x1f end")},
            {"unicode", QString::fromUtf8("García 山田 Ω 😀 \u2028 \u00a0")}};
        QTest::newRow("numbers and literals") << QJsonObject{{"int", 42},
                                                             {"negative", -7},
                                                             {"zero", 0},
                                                             {"big", 9007199254740991.0},
                                                             {"fraction", 0.1},
                                                             {"tiny", 1e-9},
                                                             {"true", true},
                                                             {"false", false},
                                                             {"null", QJsonValue::Null}};
        QTest::newRow("nesting") << QJsonObject{
            {"a", QJsonArray{1, QJsonArray{2, QJsonArray{}}, QJsonObject{{"z", 1}, {"a", 2}}}}};
    }
    void writesWhatQtWrites() {
        QFETCH(QJsonObject, object);
        QCOMPARE(CanonicalJson::write(object),
                 QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
