#pragma once
// The bundled OHIF viewer as the gateway serves it: the static build (fetched from npm at build
// time, see cmake/SightlineOhif.cmake), an index.html that loads a configuration generated for
// this session, and that configuration (app-config.js) pointing OHIF's DICOMweb data sources at
// the gateway — same origin, so no CORS and no credentials in the browser.
//
// The build's scripts load their chunks from the site root ("/…bundle.js"), so the public,
// patient-free files of the build are also served at the root; everything that names a patient,
// a study or the session (configuration, viewer routes, DICOMweb) needs the session prefix.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sightline {

struct OhifDataSource {
    QString name;         // OHIF's sourceName (the gateway source id)
    QString friendlyName; // shown in OHIF
    QString dicomWebRoot; // absolute gateway URL
};

class OhifSite {
public:
    explicit OhifSite(QString distDir = bundledDir());

    // Where the build put (or the package installed) the viewer; empty when it was left out.
    static QString bundledDir();
    bool isAvailable() const;
    const QString& dir() const { return m_dir; }

    // A file of the build, for a relative path without "..", never index.html or app-config.js.
    std::optional<QString> staticFile(const QString& relative) const;
    // index.html loading its configuration from `configUrl` (an absolute path).
    QByteArray indexHtml(const QString& configUrl) const;
    static QByteArray appConfig(const QString& routerBasename,
                                const QList<OhifDataSource>& sources);
    static QByteArray mimeType(const QString& path);

private:
    QString m_dir;
};

} // namespace sightline
