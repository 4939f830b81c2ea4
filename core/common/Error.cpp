#include "common/Error.h"

namespace sightline {

QString Error::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Fhir:
        return QStringLiteral("fhir");
    case Kind::MalformedData:
        return QStringLiteral("malformed-data");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Authorization:
        return QStringLiteral("authorization");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    }
    return QStringLiteral("unknown");
}

QString Error::toString() const {
    QString text = message;
    if (httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!details.isEmpty())
        text += QStringLiteral(": ") + details;
    return text;
}

} // namespace sightline
