#pragma once
// An EHR launch handed to Sightline: `sightline://launch?iss=…&launch=…` (from the desktop URL
// handler) or `sightline launch --iss … --launch …`. Only the FHIR server (iss) and the opaque
// launch value; everything else comes from the server's SMART configuration. Pure value.

#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace sightline {

struct LaunchRequest {
    QUrl iss;
    QString launch;

    static Result<LaunchRequest> fromUrl(const QUrl& url);
    static Result<LaunchRequest> fromValues(const QString& iss, const QString& launch);
};

} // namespace sightline
