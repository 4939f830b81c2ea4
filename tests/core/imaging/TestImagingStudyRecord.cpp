#include "imaging/ImagingStudyRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sightline;

// ImagingStudy → Endpoint resolution: included, contained, series overrides with study URLs,
// references read separately, absolute references, endpoints that are not DICOMweb, and the
// authentication each endpoint asks for.
class TestImagingStudyRecord : public QObject {
    Q_OBJECT

    static QJsonObject endpoint(const QString& id, const QString& address, const QString& type,
                                std::optional<bool> requiresToken) {
        QJsonObject e{{"resourceType", "Endpoint"},
                      {"id", id},
                      {"status", "active"},
                      {"connectionType", QJsonObject{{"code", type}}},
                      {"address", address}};
        if (requiresToken)
            e.insert(
                "extension",
                QJsonArray{QJsonObject{
                    {"url", "http://fhir.org/argonaut/StructureDefinition/requires-access-token"},
                    {"valueBoolean", *requiresToken}}});
        return e;
    }

    static QJsonObject study(const QString& id, const QJsonArray& endpoints,
                             const QJsonArray& series = {}, const QJsonArray& contained = {}) {
        QJsonObject s{
            {"resourceType", "ImagingStudy"},
            {"id", id},
            {"identifier", QJsonArray{QJsonObject{{"system", "urn:dicom:uid"},
                                                  {"value", "urn:oid:1.2.9." + id.mid(1)}}}},
            {"subject", QJsonObject{{"reference", "Patient/p1"}}},
            {"endpoint", endpoints},
            {"series", series}};
        if (!contained.isEmpty())
            s.insert("contained", contained);
        return s;
    }

    static QJsonObject ref(const QString& r) { return QJsonObject{{"reference", r}}; }

    static QJsonObject bundle(const QList<QJsonObject>& resources) {
        QJsonArray entries;
        for (const QJsonObject& r : resources)
            entries.append(QJsonObject{{"resource", r}});
        return QJsonObject{{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", entries}};
    }

private slots:
    void normalise_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("study");
        QTest::newRow("service base") << "https://pacs/dicom-web"
                                      << "https://pacs/dicom-web"
                                      << "";
        QTest::newRow("trailing slash") << "https://pacs/dicom-web/"
                                        << "https://pacs/dicom-web"
                                        << "";
        QTest::newRow("studies") << "https://pacs/dicom-web/studies"
                                 << "https://pacs/dicom-web"
                                 << "";
        QTest::newRow("study URL") << "https://pacs/dicom-web/studies/1.2.3"
                                   << "https://pacs/dicom-web"
                                   << "1.2.3";
        QTest::newRow("series URL") << "https://pacs/wado/studies/1.2.3/series/4.5"
                                    << "https://pacs/wado"
                                    << "1.2.3";
        QTest::newRow("root") << "http://127.0.0.1:8042/studies/9.8"
                              << "http://127.0.0.1:8042"
                              << "9.8";
        // The first "/studies/" ends the base, and no slash is left over, so a normalised base
        // stays as it is (found by FuzzEndpoint).
        QTest::newRow("studies twice") << "https://pacs/dw/studies/1.2/studies/3.4"
                                       << "https://pacs/dw"
                                       << "1.2";
        QTest::newRow("double slash") << "https://pacs/dw//studies/1.2"
                                      << "https://pacs/dw"
                                      << "1.2";
    }
    void normalise() {
        QFETCH(QString, address);
        QFETCH(QString, base);
        QFETCH(QString, study);
        const auto [b, s] = ImagingEndpoint::normaliseAddress(QUrl(address));
        QCOMPARE(b.toString(), base);
        QCOMPARE(s, study);
    }

    void auth_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("tokenFlag"); // -1 absent, 0 false, 1 true
        QTest::addColumn<int>("expected");
        QTest::newRow("requires true")
            << "https://pacs/dw" << 1 << int(ImagingEndpoint::Auth::FhirToken);
        QTest::newRow("capability URL")
            << "https://fhir/dw" << 0 << int(ImagingEndpoint::Auth::None);
        QTest::newRow("same origin")
            << "https://fhir/dw" << -1 << int(ImagingEndpoint::Auth::FhirToken);
        QTest::newRow("other origin")
            << "https://pacs/dw" << -1 << int(ImagingEndpoint::Auth::Profile);
        QTest::newRow("other port")
            << "https://fhir:8443/dw" << -1 << int(ImagingEndpoint::Auth::Profile);
    }
    void auth() {
        QFETCH(QString, address);
        QFETCH(int, tokenFlag);
        QFETCH(int, expected);
        const auto e = ImagingEndpoint::fromResource(
            endpoint("e", address, "dicom-wado-rs",
                     tokenFlag < 0 ? std::nullopt : std::optional<bool>(tokenFlag == 1)));
        QVERIFY(e.ok());
        QCOMPARE(int(e->authFor(QUrl("https://fhir/r4"))), expected);
    }

    void resolution() {
        const QJsonObject included =
            endpoint("orthanc", "https://pacs/dicom-web/", "dicom-wado-rs", false);
        const QJsonObject studyUrl =
            endpoint("study-url", "https://pacs/dicom-web/studies/1.2.9.3", "dicom-wado-rs", false);
        const QJsonObject iid = endpoint("iid", "https://viewer/iid", "ihe-iid", std::nullopt);
        const auto r = ImagingStudyResolver::fromBundle(bundle(
            {study("s1", QJsonArray{ref("Endpoint/orthanc")}),
             study("s2", QJsonArray{ref("#ep")}, {},
                   QJsonArray{endpoint("ep", "https://other/dw", "dicom-wado-rs", true)}),
             study("s3", QJsonArray{ref("https://fhir/r4/Endpoint/orthanc")},
                   QJsonArray{QJsonObject{{"uid", "urn:oid:1.2.9.3.1"}, {"number", 1}},
                              QJsonObject{{"uid", "1.2.9.3.2"},
                                          {"number", 2},
                                          {"endpoint", QJsonArray{ref("Endpoint/study-url")}}}}),
             study("s4", QJsonArray{ref("Endpoint/elsewhere")}),
             study("s5", QJsonArray{ref("Endpoint/iid")}), study("s6", QJsonArray{}), included,
             studyUrl, iid}));
        QCOMPARE(r.studies.size(), 6);
        QCOMPARE(r.unresolved, QStringList{"Endpoint/elsewhere"});

        const ImagingStudyRecord& s1 = r.studies[0];
        QCOMPARE(s1.studyUid, QStringLiteral("1.2.9.1"));
        QCOMPARE(s1.patientReference, QStringLiteral("Patient/p1"));
        QVERIFY(s1.retrievable());
        QCOMPARE(s1.endpoint->serviceBase.toString(), QStringLiteral("https://pacs/dicom-web"));

        QCOMPARE(r.studies[1].endpoint->serviceBase.toString(), QStringLiteral("https://other/dw"));
        QCOMPARE(r.studies[1].endpoint->requiresAccessToken, std::optional<bool>(true));

        const ImagingStudyRecord& s3 = r.studies[2];
        QVERIFY(s3.retrievable()); // absolute reference to an included Endpoint
        QCOMPARE(s3.series[0].uid, QStringLiteral("1.2.9.3.1")); // urn:oid: stripped
        QCOMPARE(s3.endpointFor("1.2.9.3.1")->reference,
                 QStringLiteral("https://fhir/r4/Endpoint/orthanc"));
        const auto override = s3.endpointFor("1.2.9.3.2");
        QCOMPARE(override->serviceBase.toString(), QStringLiteral("https://pacs/dicom-web"));
        QCOMPARE(override->studyUid, QStringLiteral("1.2.9.3"));

        QVERIFY(!r.studies[3].retrievable()); // waits for the separately read Endpoint
        QVERIFY(!r.studies[4].retrievable());
        QVERIFY(r.studies[4].problem.contains("not DICOMweb"));
        QVERIFY(r.studies[5].problem.contains("no DICOMweb endpoint"));

        // The Endpoint read separately completes study 4.
        const auto again = ImagingStudyResolver::fromBundle(
            bundle({study("s4", QJsonArray{ref("Endpoint/elsewhere")})}),
            {endpoint("elsewhere", "https://pacs2/dw", "dicom-wado-rs", true)});
        QVERIFY(again.unresolved.isEmpty());
        QVERIFY(again.studies[0].retrievable());
        QCOMPARE(again.studies[0].endpoint->serviceBase.host(), QStringLiteral("pacs2"));
    }

    void inactiveOrAddresslessEndpoints() {
        QJsonObject off = endpoint("x", "https://pacs/dw", "dicom-wado-rs", false);
        off.insert("status", "off");
        QCOMPARE(ImagingEndpoint::fromResource(off).error().kind, Error::Kind::Unsupported);
        QVERIFY(!ImagingEndpoint::fromResource(endpoint("y", "ftp://pacs", "dicom-wado-rs", false))
                     .ok());
        // http without a host ("http:dicom-web") is no address.
        QVERIFY(
            !ImagingEndpoint::fromResource(endpoint("z", "http:dicom-web", "dicom-wado-rs", false))
                 .ok());
        QVERIFY(!ImagingEndpoint::fromResource(QJsonObject{{"resourceType", "Patient"}}).ok());
    }

    // A value that is no DICOM UID names no study anywhere: the record says so and is never
    // retrievable, however the prefix is repeated (found by FuzzImagingStudy).
    void studyUidThatIsNoDicomUid_data() {
        QTest::addColumn<QString>("value");
        QTest::newRow("prefix repeated") << "urn:oid:urn:oid:urn:oid:1.2.3";
        QTest::newRow("prefix twice") << "urn:oid:urn:oid:1.2.3";
        QTest::newRow("letters") << "1.2.abc";
        QTest::newRow("path") << "../1.2";
        QTest::newRow("empty component") << "1..2";
    }

    void studyUidThatIsNoDicomUid() {
        QFETCH(QString, value);
        QJsonObject s = study("s1", QJsonArray{ref("#ep")}, {},
                              QJsonArray{endpoint("ep", "https://pacs/dw", "dicom-wado-rs", true)});
        s.insert("identifier",
                 QJsonArray{QJsonObject{{"system", "urn:dicom:uid"}, {"value", value}}});
        const ImagingStudyRecord record = ImagingStudyResolver::fromResource(s, {});
        QVERIFY(!record.retrievable());
        QVERIFY2(record.problem.contains("is not a DICOM UID"), qPrintable(record.problem));

        s.insert("identifier",
                 QJsonArray{QJsonObject{{"system", "urn:dicom:uid"}, {"value", "urn:oid:1.2.3"}}});
        QVERIFY(ImagingStudyResolver::fromResource(s, {}).retrievable()); // the same, valid
    }
};

QTEST_GUILESS_MAIN(TestImagingStudyRecord)
#include "TestImagingStudyRecord.moc"
