#include "context/FhircastEvent.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace sightline {

QJsonObject FhircastEvent::resource(const QString& key) const {
    for (const QJsonValue& item : context) {
        if (item[QLatin1String("key")].toString().compare(key, Qt::CaseInsensitive) == 0)
            return item[QLatin1String("resource")].toObject();
    }
    return {};
}

QString FhircastEvent::patientReference() const {
    const QJsonObject patient = resource(QStringLiteral("patient"));
    const QString patientId = patient[QLatin1String("id")].toString();
    return patientId.isEmpty() ? QString() : QStringLiteral("Patient/") + patientId;
}

QString FhircastEvent::studyUid() const {
    const QJsonObject study = resource(QStringLiteral("study"));
    for (const QJsonValue& identifier : study[QLatin1String("identifier")].toArray()) {
        const QString system = identifier[QLatin1String("system")].toString();
        QString value = identifier[QLatin1String("value")].toString();
        if (system == QLatin1String("urn:dicom:uid") ||
            value.startsWith(QLatin1String("urn:oid:"))) {
            if (value.startsWith(QLatin1String("urn:oid:")))
                value = value.mid(8);
            return value;
        }
    }
    return {};
}

Result<FhircastEvent> FhircastEvent::fromNotification(const QJsonObject& message) {
    const QJsonObject event = message[QLatin1String("event")].toObject();
    FhircastEvent e;
    e.id = message[QLatin1String("id")].toString();
    e.timestampUtc =
        QDateTime::fromString(message[QLatin1String("timestamp")].toString(), Qt::ISODateWithMs);
    if (e.timestampUtc.isValid() && e.timestampUtc.timeSpec() == Qt::LocalTime)
        e.timestampUtc.setTimeSpec(Qt::UTC); // FHIRcast timestamps are UTC, with or without Z
    e.topic = event[QLatin1String("hub.topic")].toString();
    e.name = event[QLatin1String("hub.event")].toString();
    e.context = event[QLatin1String("context")].toArray();
    if (event.isEmpty() || e.name.isEmpty() || e.topic.isEmpty())
        return Error::make(Error::Kind::MalformedData,
                           tr("A FHIRcast message without event, hub.event or hub.topic"));
    if (e.id.isEmpty())
        return Error::make(Error::Kind::MalformedData, tr("A FHIRcast event without an id"));
    return e;
}

QJsonObject FhircastEvent::toRequest() const {
    return QJsonObject{
        {QStringLiteral("timestamp"),
         (timestampUtc.isValid() ? timestampUtc : Clock::system().nowUtc())
             .toUTC()
             .toString(Qt::ISODateWithMs)},
        {QStringLiteral("id"),
         id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id},
        {QStringLiteral("event"), QJsonObject{{QStringLiteral("hub.topic"), topic},
                                              {QStringLiteral("hub.event"), name},
                                              {QStringLiteral("context"), context}}}};
}

FhircastEvent FhircastEvent::imagingStudy(bool open, const QString& topic,
                                          const QJsonObject& patient, const QJsonObject& study) {
    FhircastEvent e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.timestampUtc = Clock::system().nowUtc();
    e.topic = topic;
    e.name = open ? QStringLiteral("ImagingStudy-open") : QStringLiteral("ImagingStudy-close");
    e.context = QJsonArray{
        QJsonObject{{QStringLiteral("key"), QStringLiteral("patient")},
                    {QStringLiteral("resource"), patient}},
        QJsonObject{{QStringLiteral("key"), QStringLiteral("study")},
                    {QStringLiteral("resource"), study}},
    };
    return e;
}

} // namespace sightline
