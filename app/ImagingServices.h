#pragma once
// What the imaging and viewer commands need, made the same way the app makes it: servers,
// network, audit (FHIR calls audited), the imaging service with the PACS credentials.

#include "audit/AuditTrail.h"
#include "audit/FhirAuditor.h"
#include "cache/CacheConfig.h"
#include "cache/ImageCache.h"
#include "imaging/DicomWebCredentials.h"
#include "imaging/ImagingService.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"

#include <QNetworkAccessManager>

namespace sightline {

struct ImagingServices {
    ServerStore servers;
    QNetworkAccessManager network;
    NetworkRecorder recorder;
    AuditTrail audit{AuditTrail::defaultJournalPath()};
    FhirAuditor auditor{&audit};
    FhirClientFactory clients{&network, &recorder,
                              [this](FhirClient* client) { auditor.watch(client); }};
    CacheConfig cacheConfig = CacheConfig::load();
    ImagingService imaging{clients, cacheConfig.root(), &audit};
    SecretStore secrets;
    DicomWebCredentials credentials{&servers, &secrets};
    ImagingServices() {
        imaging.setCredentials(&credentials);
        imaging.setCacheSettings(cacheConfig.limits);
    }
};

} // namespace sightline
