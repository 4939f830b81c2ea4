#pragma once
// What one FHIR call was, in FHIR's own terms (restful-interaction codes), with the patient and
// resources it concerned — what the audit trail records. classify() derives it from the request.
// Pure value; thread-safe.

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

namespace sightline {

struct FhirInteraction {
    QString code;         // read, vread, search-type, search-system, create, update, delete,
                          // transaction, batch, operation, capabilities
    QString resourceType; // empty for system-level calls
    QByteArray method;
    QUrl url;              // as sent (never carries credentials)
    QByteArray query;      // search parameters, for the audit entity's `query`
    QString patient;       // "Patient/123" when the call concerned one patient
    QStringList resources; // references read or written (bounded)
    int httpStatus = 0;
    Error error; // kind None on success
    QDateTime startedUtc;
    QDateTime endedUtc;

    static FhirInteraction classify(const QByteArray& method, const QUrl& url, const QUrl& baseUrl,
                                    const QByteArray& body);
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::FhirInteraction)
