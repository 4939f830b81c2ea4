#pragma once
// The upstream DICOMweb services the gateway fronts, each under its own short id
// ("/<prefix>/dicomweb/<id>/studies/…"), with the credentials the gateway adds for it. The id
// is derived from the service base, so the same PACS keeps its gateway URL for the session.
// A source made for one patient's viewer (addForPatient) has its own id and lets that viewer
// see that patient's studies only. Thread-safe: the application updates credentials while HTTP
// workers read them.

#include "servers/DicomNodeAddress.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

#include <mutex>
#include <optional>

namespace sightline {

struct GatewaySource {
    QString id;
    QUrl base; // upstream service base, e.g. http://pacs/dicom-web; dicom:// for a DICOM node
    QByteArray authorization; // "Bearer …" / "Basic …" or empty; never leaves Sightline
    QString label;            // for the status bar and audit, e.g. the server's name
    // For a patient's viewer: the studies it may see (empty: a source without a patient).
    QString patient;         // whose studies, for refusals and the audit trail
    QSet<QString> studyUids; // the only studies answered; any other is refused (403)
    // Set for a DICOM node (base dicom://…): searches go to it as C-FIND, images come from
    // the cache (DicomNodeAnswers).
    std::optional<DicomNodeAddress> node;
    bool isForPatient() const { return !studyUids.isEmpty(); }
    // Whether requests may go on to the upstream: a DICOM node has no DICOMweb, and its
    // studies are answered from the cache alone.
    bool hasUpstream() const {
        return base.scheme() == QLatin1String("https") || base.scheme() == QLatin1String("http");
    }
};

class GatewaySources {
public:
    static QString idFor(const QUrl& base);

    // Adds (or updates the label and credentials of) a source; returns its id.
    QString add(const QUrl& base, const QString& label, const QByteArray& authorization = {},
                const std::optional<DicomNodeAddress>& node = std::nullopt);
    // A source for one patient's viewer: the same upstream, under an id of its own, answering
    // `studyUids` only (a viewer's study list and navigation stay within that patient).
    // `node`: the DICOM node the source stands for, when it is one.
    QString addForPatient(const QUrl& base, const QString& label, const QByteArray& authorization,
                          const QString& patient, const QSet<QString>& studyUids,
                          const std::optional<DicomNodeAddress>& node = std::nullopt);
    void setAuthorization(const QString& id, const QByteArray& authorization);
    std::optional<GatewaySource> find(const QString& id) const;
    QList<GatewaySource> all() const;

private:
    mutable std::mutex m_mutex;
    QHash<QString, GatewaySource> m_sources;
};

} // namespace sightline
