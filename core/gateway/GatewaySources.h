#pragma once
// The upstream DICOMweb services the gateway fronts, each under its own short id
// ("/<prefix>/dicomweb/<id>/studies/…"), with the credentials the gateway adds for it. The id
// is derived from the service base, so the same PACS keeps its gateway URL for the session.
// Thread-safe: the application updates credentials while HTTP workers read them.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <mutex>
#include <optional>

namespace sightline {

struct GatewaySource {
    QString id;
    QUrl base;                // upstream service base, e.g. http://pacs/dicom-web
    QByteArray authorization; // "Bearer …" / "Basic …" or empty; never leaves Sightline
    QString label;            // for the status bar and audit, e.g. the server's name
};

class GatewaySources {
public:
    static QString idFor(const QUrl& base);

    // Adds (or updates the label and credentials of) a source; returns its id.
    QString add(const QUrl& base, const QString& label, const QByteArray& authorization = {});
    void setAuthorization(const QString& id, const QByteArray& authorization);
    std::optional<GatewaySource> find(const QString& id) const;
    QList<GatewaySource> all() const;

private:
    mutable std::mutex m_mutex;
    QHash<QString, GatewaySource> m_sources;
};

} // namespace sightline
