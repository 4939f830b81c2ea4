// What a viewer sends the local DICOMweb gateway, after the HTTP layer (path, NUL, Accept
// header, NUL, query): the DICOMweb path with its UIDs, the content negotiation, answers from a
// cache that holds nothing of it, and the viewer's static files, which never resolve outside
// the viewer's folder (a symbolic link pointing out of it is planted to try).

#include "FuzzSupport.h"

#include "cache/ImageCache.h"
#include "gateway/CachedDicomWeb.h"
#include "gateway/DicomWebPath.h"
#include "gateway/OhifSite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace sightline;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString site;
    std::unique_ptr<ImageCache> cache;

    Fixture() {
        site = dir.filePath(QStringLiteral("ohif"));
        QDir().mkpath(site + QStringLiteral("/assets"));
        for (const char* name : {"index.html", "app.js", "assets/a.css"}) {
            QFile file(site + QLatin1Char('/') + QLatin1String(name));
            FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        }
        QFile outside(dir.filePath(QStringLiteral("secret.txt")));
        FUZZ_CHECK(outside.open(QIODevice::WriteOnly));
        QFile::link(outside.fileName(), site + QStringLiteral("/assets/link"));
        cache = std::make_unique<ImageCache>(dir.filePath(QStringLiteral("cache")));
    }
};

void checkPath(const DicomWebPath& path) {
    for (const QString* uid : {&path.study, &path.series, &path.instance})
        FUZZ_CHECK(uid->isEmpty() || ImageCache::isValidUid(*uid));
    const auto again = DicomWebPath::parse(path.normalised);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->normalised == path.normalised && again->resource == path.resource &&
               again->level == path.level && again->study == path.study &&
               again->series == path.series && again->instance == path.instance &&
               again->frames == path.frames && again->bulkPath == path.bulkPath);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Fixture fixture;
    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytesOf(data, size), 3);
    const QString rest = QString::fromUtf8(parts[0]);
    const QByteArray& accept = parts[1];

    for (const char* type : {"application/dicom", "application/octet-stream", "image/jpeg"})
        (void)CachedDicomWeb::accepts(accept, QLatin1String(type),
                                      QStringLiteral("1.2.840.10008.1.2.1"));

    if (const auto path = DicomWebPath::parse(rest)) {
        checkPath(*path);
        CachedDicomWeb cached(*fixture.cache, QStringLiteral("http://127.0.0.1:1/p/dicomweb/s"));
        if (path->resource == DicomWebPath::Resource::Search)
            (void)cached.search(*path, QUrlQuery(QString::fromUtf8(parts[2])));
        else
            FUZZ_CHECK(!cached.answer(*path, accept)); // nothing is cached
    }

    const OhifSite site(fixture.site);
    if (const auto file = site.staticFile(rest))
        FUZZ_CHECK(
            file->startsWith(QFileInfo(fixture.site).canonicalFilePath() + QLatin1Char('/')));
    return 0;
}
