#include "desktop/ComponentVersions.h"

#include "dicom/DicomLibrary.h"
#include "gateway/OhifSite.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <httplib.h> // only for CPPHTTPLIB_VERSION
#include <openssl/crypto.h>
#include <sqlite3.h>
#include <zlib.h>

namespace sightline {

QList<Component> ComponentVersions::all() {
    QList<Component> out;
    out << Component{QStringLiteral("Sightline"), QStringLiteral(SIGHTLINE_VERSION),
                     QStringLiteral("Apache-2.0"), tr("this application")};
    out << Component{QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
                     QStringLiteral("LGPL-3.0-only"),
                     tr("windows, networking, SQL, WebEngine, WebSockets")};
    out << Component{QStringLiteral("DCMTK"), dicomLibraryVersion().section(QLatin1Char(' '), 1),
                     QStringLiteral("BSD-3-Clause"), tr("DICOM parsing, pixel decoding, export")};
    out << Component{
        QStringLiteral("OpenSSL"),
        QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).section(QLatin1Char(' '), 1, 1),
        QStringLiteral("Apache-2.0"), tr("TLS, token signing, hashes")};
    out << Component{QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
                     QStringLiteral("blessing"), tr("image cache index, audit journal, jobs")};
    out << Component{QStringLiteral("zlib"), QString::fromLatin1(zlibVersion()),
                     QStringLiteral("Zlib"), tr("ZIP study archives")};
    // QtKeychain's headers carry no usable version number.
    out << Component{QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-3-Clause"),
                     tr("tokens and passwords in the OS keychain")};
    out << Component{QStringLiteral("cpp-httplib"), QStringLiteral(CPPHTTPLIB_VERSION),
                     QStringLiteral("MIT"), tr("the local DICOMweb gateway")};
#ifdef SIGHTLINE_OHIF_VERSION
    const QString ohif = OhifSite::bundledDir().isEmpty()
                             ? tr("%1 (not installed)").arg(QStringLiteral(SIGHTLINE_OHIF_VERSION))
                             : QStringLiteral(SIGHTLINE_OHIF_VERSION);
#else
    const QString ohif = tr("not bundled");
#endif
    out << Component{QStringLiteral("OHIF Viewer"), ohif, QStringLiteral("MIT"),
                     tr("the bundled web viewer")};
    return out;
}

} // namespace sightline
