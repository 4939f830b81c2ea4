#include "common/LogCategories.h"

namespace sightline {
Q_LOGGING_CATEGORY(lcNetwork, "sightline.network")
Q_LOGGING_CATEGORY(lcFhir, "sightline.fhir")
Q_LOGGING_CATEGORY(lcServers, "sightline.servers")
Q_LOGGING_CATEGORY(lcCapabilities, "sightline.capabilities")
Q_LOGGING_CATEGORY(lcApp, "sightline.app")
Q_LOGGING_CATEGORY(lcSmart, "sightline.smart")
Q_LOGGING_CATEGORY(lcCache, "sightline.cache")
Q_LOGGING_CATEGORY(lcImaging, "sightline.imaging")
} // namespace sightline
