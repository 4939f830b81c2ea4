// A FHIR Endpoint as Sightline reads it to reach a DICOMweb server: its connection type and
// address (split into service base and study), and which credentials it may be sent.

#include "FuzzSupport.h"

#include "imaging/ImagingEndpoint.h"

using namespace sightline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QJsonObject resource = fuzz::jsonObject(fuzz::bytesOf(data, size));
    const auto endpoint = ImagingEndpoint::fromResource(resource, QStringLiteral("Endpoint/e"));
    if (!endpoint)
        return 0;
    (void)endpoint->isDicomWeb();
    (void)endpoint->authFor(QUrl(QStringLiteral("https://fhir.example.org/r4")));
    (void)endpoint->authFor(endpoint->serviceBase);
    // The service base is already normalised: splitting it again changes nothing.
    const auto [base, study] = ImagingEndpoint::normaliseAddress(endpoint->serviceBase);
    FUZZ_CHECK(base == endpoint->serviceBase);
    FUZZ_CHECK(study.isEmpty());
    return 0;
}
