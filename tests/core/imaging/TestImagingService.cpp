#include "fhir/FhirClientFactory.h"
#include "imaging/ImagingService.h"
#include "support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace sightline;
using namespace sightline::test;

// ImagingService's FHIR side with scripted replies: a patient's studies come from every page of
// the search (a long imaging history does not fit on one), and an Endpoint included on one page
// resolves studies on another.
class TestImagingService : public QObject {
    Q_OBJECT

    static constexpr int kStudies = 450; // three pages of 200
    inline static const QUrl kBase = QUrl("http://fhir.test/fhir");

    static QJsonObject study(int i) {
        return QJsonObject{
            {"resourceType", "ImagingStudy"},
            {"id", QString("s%1").arg(i)},
            {"status", "available"},
            {"subject", QJsonObject{{"reference", "Patient/p1"}}},
            {"identifier", QJsonArray{QJsonObject{{"system", "urn:dicom:uid"},
                                                  {"value", QString("urn:oid:1.2.3.%1").arg(i)}}}},
            {"endpoint", QJsonArray{QJsonObject{{"reference", "Endpoint/pacs"}}}}};
    }

    // The search page at `offset`: up to 200 studies, the Endpoint included on the first page
    // only, and a `next` link while more remain.
    static QByteArray page(const QUrl& base, int offset) {
        QJsonArray entries;
        for (int i = offset; i < std::min(offset + 200, kStudies); ++i)
            entries.append(
                QJsonObject{{"resource", study(i)}, {"search", QJsonObject{{"mode", "match"}}}});
        if (offset == 0)
            entries.append(QJsonObject{
                {"resource", QJsonObject{{"resourceType", "Endpoint"},
                                         {"id", "pacs"},
                                         {"status", "active"},
                                         {"connectionType", QJsonObject{{"code", "dicom-wado-rs"}}},
                                         {"address", "http://pacs.test/dicom-web"}}},
                {"search", QJsonObject{{"mode", "include"}}}});
        QJsonArray links;
        if (offset + 200 < kStudies) {
            QUrl next = base;
            next.setPath(base.path() + "/ImagingStudy");
            next.setQuery(QString("patient=p1&_offset=%1").arg(offset + 200));
            links.append(QJsonObject{{"relation", "next"}, {"url", next.toString()}});
        }
        return QJsonDocument(QJsonObject{{"resourceType", "Bundle"},
                                         {"type", "searchset"},
                                         {"total", kStudies},
                                         {"link", links},
                                         {"entry", entries}})
            .toJson();
    }

    // The patient's studies as ImagingService finds them on a server answered by `searchPage`
    // (the search page for an _offset).
    Result<PatientStudies> findStudies(FakeNetworkAccessManager& network,
                                       std::function<ScriptedReply(int offset)> searchPage) {
        QTemporaryDir dir;
        network.setHandler([searchPage](const RecordedRequest& request) {
            if (request.url.path() == "/fhir/Patient/p1")
                return jsonReply(200, "{\"resourceType\":\"Patient\",\"id\":\"p1\"}");
            if (request.url.path() == "/fhir/ImagingStudy") // _offset 0 when absent
                return searchPage(QUrlQuery(request.url).queryItemValue("_offset").toInt());
            return jsonReply(404, "{\"resourceType\":\"OperationOutcome\"}");
        });
        ServerProfile server;
        server.id = "s";
        server.name = "Hospital";
        server.fhirBase = kBase;
        FhirClientFactory clients(&network, nullptr);
        ImagingService imaging(clients, CacheConnections(dir.filePath("cache")));
        std::optional<Result<PatientStudies>> found;
        imaging.findStudies(server, "p1", this,
                            [&](const Result<PatientStudies>& r) { found = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000); }();
        return found.value_or(Result<PatientStudies>(Error::make(Error::Kind::None, "no answer")));
    }

private slots:
    void everyPageOfAPatientsStudies() {
        FakeNetworkAccessManager network;
        int searches = 0;
        const auto found = findStudies(network, [&](int offset) {
            ++searches;
            return jsonReply(200, page(kBase, offset));
        });
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        QCOMPARE(searches, 3);
        QCOMPARE(found.value().studies.size(), kStudies);
        QSet<QString> uids;
        for (const ImagingStudyRecord& s : found.value().studies) {
            uids.insert(s.studyUid);
            // The Endpoint came with the first page; studies on the last resolve to it too.
            QVERIFY2(s.retrievable(), qPrintable(s.studyUid));
        }
        QCOMPARE(uids.size(), kStudies);
        // Nothing was read one by one: the included Endpoint was enough.
        for (const RecordedRequest& r : network.requests())
            QVERIFY(!r.url.path().startsWith("/fhir/Endpoint"));
    }

    void aFailingLaterPageFailsTheList() {
        FakeNetworkAccessManager network;
        const auto found = findStudies(network, [](int offset) {
            if (offset == 0)
                return jsonReply(200, page(kBase, 0));
            const QJsonObject issue{
                {"severity", "error"}, {"code", "invalid"}, {"diagnostics", "bad offset"}};
            return jsonReply(400, QJsonDocument(QJsonObject{{"resourceType", "OperationOutcome"},
                                                            {"issue", QJsonArray{issue}}})
                                      .toJson());
        });
        // A list silently cut at 200 would hide studies: the user is told instead.
        QVERIFY(!found.ok());
        QVERIFY2(found.error().toString().contains("bad offset"),
                 qPrintable(found.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestImagingService)
#include "TestImagingService.moc"
