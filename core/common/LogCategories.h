#pragma once
// One logging category per area, so users and tests can turn areas on and off by name.

#include <QLoggingCategory>

namespace sightline {
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcFhir)
Q_DECLARE_LOGGING_CATEGORY(lcServers)
Q_DECLARE_LOGGING_CATEGORY(lcCapabilities)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcSmart)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcImaging)
} // namespace sightline
