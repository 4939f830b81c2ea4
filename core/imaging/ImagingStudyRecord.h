#pragma once
// One imaging study as Sightline shows and retrieves it, read from a FHIR ImagingStudy with its
// Endpoints resolved: contained ("#ep"), included in the search Bundle
// (`_include=ImagingStudy:endpoint`), or read separately (listed in `unresolved`). A series-
// level endpoint overrides the study's for that series. Value type; thread-safe to copy.

#include "common/Result.h"
#include "imaging/ImagingEndpoint.h"

#include "consent/Coding.h"
#include <QDateTime>

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace sightline {

struct ImagingSeriesRecord {
    QString uid;
    int number = 0;
    QString modality;
    QString description;
    int numberOfInstances = 0;
    std::optional<ImagingEndpoint> endpoint; // the override, when the series names one
};

struct ImagingStudyRecord {
    QString fhirId;
    QString studyUid;
    QString accession;
    QString patientReference; // "Patient/123"
    QDateTime started;
    QStringList modalities;
    QString description;
    int numberOfSeries = 0;
    int numberOfInstances = 0;
    QList<ImagingSeriesRecord> series;
    std::optional<ImagingEndpoint> endpoint;
    QStringList endpointReferences; // as written in the resource
    QString problem;                // why it cannot be retrieved, for the user
    QList<Coding> securityLabels;   // meta.security, shown as chips

    // The endpoint that serves `seriesUid` (the override or the study's).
    std::optional<ImagingEndpoint> endpointFor(const QString& seriesUid) const;
    bool retrievable() const { return endpoint.has_value() && problem.isEmpty(); }

    // "urn:oid:1.2.3" → "1.2.3"; other values unchanged.
    static QString stripOid(const QString& value);
};

class ImagingStudyResolver {
public:
    struct Resolution {
        QList<ImagingStudyRecord> studies;
        QStringList unresolved; // Endpoint references to read separately, then call resolve()
    };
    // From a searchset Bundle (ImagingStudy entries plus included Endpoints), and Endpoints
    // read separately after a first pass listed them as unresolved.
    static Resolution fromBundle(const QJsonObject& bundle,
                                 const QList<QJsonObject>& separatelyRead = {});
    static ImagingStudyRecord fromResource(const QJsonObject& imagingStudy,
                                           const QHash<QString, QJsonObject>& endpoints);
};

} // namespace sightline
