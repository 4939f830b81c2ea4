#pragma once
// De-identifies FHIR resources (one at a time, e.g. the lines of a Bulk Data export):
// identifiers, person names, addresses, telecom, photos, contacts, narrative and notes are
// removed, as are names in reference displays; resource ids are replaced by keyed pseudonyms
// (Patient ids by the patient's pseudonym) and references rewritten to match, so the output
// still links up; every date, dateTime and instant moves back by the same number of days for
// all resources of one patient (Pseudonymizer::dayShift), keeping its precision, time and
// zone. Free text that is not a note or narrative (a valueString, a conclusion) is kept: the
// export summary says so. Thread-safe.

#include "common/Result.h"
#include "deidentify/Pseudonymizer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sightline {

struct FhirDeidentifyCounts {
    qint64 resources = 0;
    qint64 removed = 0;      // elements removed
    qint64 datesShifted = 0; // date values moved
    qint64 idsReplaced = 0;  // ids and references rewritten
    qint64 malformedLines = 0;
    QList<qint64> malformedLineNumbers; // the first few, 1-based
};

class FhirDeidentifier {
    Q_DECLARE_TR_FUNCTIONS(FhirDeidentifier)
public:
    explicit FhirDeidentifier(Pseudonymizer keys);

    QJsonObject deidentify(const QJsonObject& resource,
                           FhirDeidentifyCounts* counts = nullptr) const;
    // Whose dates a resource's dates follow: "Patient/<id>" from the resource itself or its
    // subject/patient/beneficiary reference, else empty (one shift for all such resources).
    static QString patientKey(const QJsonObject& resource);

    // Streams an NDJSON file through deidentify(); malformed lines are counted and left out
    // (they cannot be checked, so they are not copied). Written atomically.
    Result<FhirDeidentifyCounts> deidentifyNdjson(const QString& input,
                                                  const QString& output) const;

private:
    QJsonValue clean(const QJsonValue& value, const QString& resourceType, const QString& key,
                     int shiftDays, FhirDeidentifyCounts& counts, int depth) const;
    QString rewriteReference(const QString& reference, FhirDeidentifyCounts& counts) const;

    Pseudonymizer m_keys;
};

} // namespace sightline
