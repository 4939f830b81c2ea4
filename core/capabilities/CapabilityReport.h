#pragma once
// Renders capabilities and readiness as JSON (for scripts) or plain text (for terminals), the
// form `sightline capabilities` prints. Pure functions; thread-safe.

#include "capabilities/ReadinessCheck.h"
#include "capabilities/ServerCapabilities.h"

#include <QJsonObject>
#include <QString>

namespace sightline {

class CapabilityReport {
public:
    static QJsonObject toJson(const ServerCapabilities& capabilities,
                              const QList<ReadinessItem>& readiness);
    static QString toText(const ServerCapabilities& capabilities,
                          const QList<ReadinessItem>& readiness);
};

} // namespace sightline
