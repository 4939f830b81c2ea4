#pragma once
// A DICOMweb service as a FHIR Endpoint describes it: the address normalised to the service
// base (an address naming one study, ".../studies/{uid}", is split into base + study), the
// connection type, and how to authenticate there (SMART Imaging Access
// `requires-access-token`). Value type; thread-safe to copy.

#include "common/Result.h"

#include <QJsonObject>
#include <QUrl>

namespace sightline {

struct ImagingEndpoint {
    enum class Auth {
        FhirToken, // send the FHIR server's access token (requires-access-token true, or same
                   // origin)
        None,      // a capability URL: no credentials, and the address itself is secret
        Profile,   // what the matching server profile says (e.g. Basic), for other origins
    };

    QString reference; // "Endpoint/x" or "#x"
    QString name;
    QString connectionType; // "dicom-wado-rs", "dicom-qido-rs", "ihe-iid" …
    QUrl serviceBase;       // ".../dicom-web" without a trailing slash
    QString studyUid;       // set when the address named one study
    std::optional<bool> requiresAccessToken;

    static Result<ImagingEndpoint> fromResource(const QJsonObject& endpoint,
                                                const QString& reference = {});
    // Splits ".../studies/{uid}[/...]" into base and study; strips trailing slashes.
    static QPair<QUrl, QString> normaliseAddress(const QUrl& address);
    bool isDicomWeb() const;
    Auth authFor(const QUrl& fhirBase) const;
};

} // namespace sightline
