#include "FhircastSamples.h"
#include "context/FhircastEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sightline;

// FHIRcast messages: a notification as the specification shows it, what is refused, and the
// ImagingStudy-open Sightline publishes.
class TestFhircastEvent : public QObject {
    Q_OBJECT

private slots:
    void notification() {
        const auto event =
            FhircastEvent::fromNotification(QJsonDocument::fromJson(kSpecNotification).object());
        QVERIFY(event);
        QCOMPARE(event->id, QString("q9v3"));
        QVERIFY(event->is("ImagingStudy-open")); // names compare without case
        QCOMPARE(event->topic, QString("fdb2f928"));
        QCOMPARE(event->timestampUtc, QDateTime(QDate(2018, 1, 8), QTime(1, 37, 5, 140), Qt::UTC));
        QCOMPARE(event->patientReference(), QString("Patient/ewUbXT9"));
        QCOMPARE(event->studyUid(),
                 QString("2.16.124.113543.6003.1154777499.30246.19789.3503430045"));
        QCOMPARE(event->resource("STUDY")["id"].toString(), QString("8i7tbu6fby5ftfbku6fniuf"));
        QVERIFY(event->resource("encounter").isEmpty());
    }

    void refused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no event") << QByteArray(kNoEvent);
        QTest::newRow("no hub.event") << QByteArray(kNoHubEvent);
        QTest::newRow("no topic") << QByteArray(kNoTopic);
        QTest::newRow("no id") << QByteArray(kNoId);
    }
    void refused() {
        QFETCH(QByteArray, json);
        const auto event = FhircastEvent::fromNotification(QJsonDocument::fromJson(json).object());
        QVERIFY(!event);
        QCOMPARE(event.error().kind, Error::Kind::MalformedData);
    }

    void publishedImagingStudyOpen() {
        const QJsonObject patient{{"resourceType", "Patient"}, {"id", "pat-garcia"}};
        const QJsonObject study{{"resourceType", "ImagingStudy"}, {"id", "st-1"}};
        const FhircastEvent event = FhircastEvent::imagingStudy(true, "topic-1", patient, study);
        const QJsonObject request = event.toRequest();
        QVERIFY(!request["id"].toString().isEmpty());
        QVERIFY(request["timestamp"].toString().endsWith("Z"));
        QCOMPARE(request["event"]["hub.topic"].toString(), QString("topic-1"));
        QCOMPARE(request["event"]["hub.event"].toString(), QString("ImagingStudy-open"));
        const QJsonArray context = request["event"]["context"].toArray();
        QCOMPARE(context.size(), 2);
        QCOMPARE(context[0]["key"].toString(), QString("patient"));
        QCOMPARE(context[1]["key"].toString(), QString("study"));
        QCOMPARE(context[1]["resource"]["id"].toString(), QString("st-1"));
        // Round trip through the hub's notification shape.
        const auto back = FhircastEvent::fromNotification(request);
        QVERIFY(back);
        QCOMPARE(back->patientReference(), QString("Patient/pat-garcia"));
        QCOMPARE(FhircastEvent::imagingStudy(false, "t", patient, study).name,
                 QString("ImagingStudy-close"));
    }
};

QTEST_GUILESS_MAIN(TestFhircastEvent)
#include "TestFhircastEvent.moc"
