#pragma once
// The journal's canonical form of an AuditEvent: compact JSON, object keys in order (QJsonObject
// keeps them sorted), strings as UTF-8 with only `"`, `\` and control characters escaped — the
// bytes QJsonDocument::toJson(Compact) writes for such events, produced about four times faster
// by writing straight into one buffer. Appends serialise every event, so this is their hot
// path. Thread-safe (no shared state).

#include <QByteArray>
#include <QJsonObject>

namespace sightline {

class CanonicalJson {
public:
    static QByteArray write(const QJsonObject& object);
};

} // namespace sightline
