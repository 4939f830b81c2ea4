// DICOM Part 10 files as they come out of a WADO-RS response, through DCMTK as Sightline uses
// it: the header read for the cache and the patient check, every element listed, a thumbnail
// rendered, and (for what parses) the DICOM JSON metadata and first frame the gateway serves;
// that JSON must parse, whatever character set the file declares or breaks.

#include "FuzzSupport.h"

#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "dicom/DicomRenderer.h"
#include "dicom/DicomWebEncoder.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sightline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray part10 = fuzz::bytesOf(data, size);
    (void)DicomParser::looksLikePart10(part10);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("instance.dcm"));
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(part10);
    file.close();
    (void)DicomParser::elementsOfFile(path); // the tag viewer, also for what does not parse

    const auto header = DicomParser::parse(part10);
    if (!header)
        return 0;
    (void)header->displayName();
    // The series thumbnail, as a retrieval renders it from the stored file.
    if (const auto image = DicomRenderer::thumbnailFromFile(path, 32))
        FUZZ_CHECK(image->width() <= 32 && image->height() <= 32);
    if (const auto metadata = DicomWebEncoder::metadata(path, QStringLiteral("http://x/bulk"), 64))
        FUZZ_CHECK(QJsonDocument::fromJson(*metadata).isObject() ||
                   QJsonDocument::fromJson(*metadata).isArray());
    (void)DicomWebEncoder::frame(path, 1);
    (void)DicomWebEncoder::mediaTypeFor(header->transferSyntaxUid);
    // The cache files an instance under its UIDs only when they are UIDs (no path escapes).
    if (ImageCache::isValidUid(header->sopInstanceUid))
        FUZZ_CHECK(!header->sopInstanceUid.contains(QLatin1Char('/')));
    return 0;
}
