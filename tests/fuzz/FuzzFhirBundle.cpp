// FHIR searchset Bundles as the imaging search gets them: ImagingStudy entries with included
// Endpoints resolved into studies Sightline can retrieve, the paging link, Patient entries
// summarised for the banner, and OperationOutcomes read as the error a user sees.

#include "FuzzSupport.h"

#include "fhir/FhirClient.h"
#include "fhir/OperationOutcome.h"
#include "fhir/PatientSummary.h"
#include "imaging/ImagingStudyRecord.h"

#include <QJsonArray>

using namespace sightline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QJsonObject bundle = fuzz::jsonObject(fuzz::bytesOf(data, size));
    QList<QJsonObject> separatelyRead;
    for (const QJsonValue& entry : bundle.value(QLatin1String("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QLatin1String("resource")).toObject();
        const QString type = resource.value(QLatin1String("resourceType")).toString();
        if (type == QLatin1String("Patient"))
            (void)PatientSummary::fromJson(resource);
        else if (type == QLatin1String("OperationOutcome"))
            (void)OperationOutcome::fromJson(resource);
        else if (type == QLatin1String("Endpoint"))
            separatelyRead.append(resource);
    }
    const auto first = ImagingStudyResolver::fromBundle(bundle);
    for (const ImagingStudyRecord& study : first.studies) {
        FUZZ_CHECK(!study.retrievable() || study.endpoint.has_value());
        for (const ImagingSeriesRecord& series : study.series)
            (void)study.endpointFor(series.uid);
    }
    (void)ImagingStudyResolver::fromBundle(bundle, separatelyRead);
    (void)FhirClient::nextLink(bundle);
    if (const auto outcome = OperationOutcome::fromJson(bundle))
        (void)outcome->summary();
    return 0;
}
