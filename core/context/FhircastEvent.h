#pragma once
// A FHIRcast (STU3) event as it travels over the hub: the notification a subscriber receives
// ({timestamp, id, event: {hub.topic, hub.event, context: [{key, resource}]}}) and the request a
// publisher POSTs (the same shape). Parsing refuses what is not an event, with the reason.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sightline {

struct FhircastEvent {
    Q_DECLARE_TR_FUNCTIONS(FhircastEvent)

public:
    QString id;
    QDateTime timestampUtc;
    QString topic;
    QString name; // hub.event, e.g. "ImagingStudy-open" (compared case-insensitively)
    QJsonArray context;

    // The context resource under `key` ("patient", "study", "encounter"), or {}.
    QJsonObject resource(const QString& key) const;
    bool is(const QString& eventName) const {
        return name.compare(eventName, Qt::CaseInsensitive) == 0;
    }
    // "Patient/123" of the context's patient.
    QString patientReference() const;
    // The DICOM Study Instance UID of the context's ImagingStudy ("urn:oid:" removed), or "".
    QString studyUid() const;

    static Result<FhircastEvent> fromNotification(const QJsonObject& message);
    QJsonObject toRequest() const;

    // ImagingStudy-open / -close with the required context: the patient and the study.
    static FhircastEvent imagingStudy(bool open, const QString& topic, const QJsonObject& patient,
                                      const QJsonObject& study);
};

} // namespace sightline
