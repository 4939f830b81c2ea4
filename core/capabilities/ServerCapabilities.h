#pragma once
// What one capability fetch learned about a server: the parsed statement and SMART
// configuration (each with its own error when it could not be had), and the raw JSON.

#include "capabilities/CapabilityStatement.h"
#include "capabilities/SmartConfiguration.h"
#include "common/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace sightline {

struct ServerCapabilities {
    QUrl fhirBase;
    std::optional<CapabilityStatement> statement;
    Error statementError;
    QJsonObject statementJson;
    std::optional<SmartConfiguration> smart;
    Error smartError;
    QJsonObject smartJson;
    QDateTime fetchedUtc;
    qint64 elapsedMs = 0;

    bool reachable() const {
        return statement.has_value() || (statementError.kind != Error::Kind::Network &&
                                         statementError.kind != Error::Kind::Tls &&
                                         statementError.kind != Error::Kind::Timeout);
    }
};

} // namespace sightline
