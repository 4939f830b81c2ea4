#include "dicom/DicomRenderer.h"

#include "dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmimage/diregist.h> // colour images
#include <dcmtk/dcmimgle/dcmimage.h>

#include <QObject>

#include <memory>

namespace sightline {

namespace {

bool isJpeg2000(const QString& uid) {
    return uid == QLatin1String(UID_JPEG2000LosslessOnlyTransferSyntax) ||
           uid == QLatin1String(UID_JPEG2000TransferSyntax) ||
           uid == QLatin1String(
                      UID_JPEG2000Part2MulticomponentImageCompressionLosslessOnlyTransferSyntax) ||
           uid == QLatin1String(UID_JPEG2000Part2MulticomponentImageCompressionTransferSyntax);
}

Result<QImage> render(DcmFileFormat& file, int maxSide) {
    dcmtk::registerCodecsOnce();
    DcmDataset* ds = file.getDataset();
    OFString syntax;
    file.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, syntax);
    const QString syntaxUid = QString::fromLatin1(syntax.c_str());
    if (isJpeg2000(syntaxUid))
        return Error::make(Error::Kind::Unsupported,
                           QObject::tr("JPEG 2000 images cannot be decoded locally"), syntaxUid);
    if (!ds->tagExists(DCM_PixelData))
        // Not Unsupported: a report or a waveform has no picture anywhere, so no server is
        // asked to render one.
        return Error::make(Error::Kind::NotFound, QObject::tr("The object holds no image"));
    // First frame only: thumbnails of multi-frame objects must not decode the whole cine loop.
    DicomImage image(&file, ds->getOriginalXfer(),
                     CIF_UsePartialAccessToPixelData | CIF_DecompressCompletePixelData, 0, 1);
    if (image.getStatus() != EIS_Normal)
        return Error::make(Error::Kind::MalformedData, QObject::tr("The image cannot be decoded"),
                           QString::fromLatin1(DicomImage::getString(image.getStatus())));
    if (image.isMonochrome()) {
        // The window the modality chose, else one spanning the values actually present.
        if (image.getWindowCount() > 0)
            image.setWindow(0);
        else
            image.setMinMaxWindow(1 /* ignore extremes such as padding */);
    }
    const unsigned long width = image.getWidth();
    const unsigned long height = image.getHeight();
    const double scale = double(maxSide) / double(std::max(width, height));
    const unsigned long outWidth = std::max(1UL, (unsigned long)(width * std::min(scale, 1.0)));
    const unsigned long outHeight = std::max(1UL, (unsigned long)(height * std::min(scale, 1.0)));
    std::unique_ptr<DicomImage> scaled(
        outWidth == width ? nullptr
                          : image.createScaledImage(outWidth, outHeight, 1 /* bilinear */));
    DicomImage& out = scaled ? *scaled : image;
    const int bits = 8;
    const void* pixels = out.getOutputData(bits, 0, 0 /* interleaved RGB */);
    if (!pixels)
        return Error::make(Error::Kind::MalformedData, QObject::tr("The image has no pixels"));
    const bool mono = out.isMonochrome();
    QImage result(int(out.getWidth()), int(out.getHeight()),
                  mono ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const int rowBytes = int(out.getWidth()) * (mono ? 1 : 3);
    for (int y = 0; y < result.height(); ++y)
        std::memcpy(result.scanLine(y), static_cast<const uchar*>(pixels) + y * rowBytes,
                    size_t(rowBytes));
    return result;
}

} // namespace

bool DicomRenderer::canDecode(const QString& transferSyntaxUid) {
    return !isJpeg2000(transferSyntaxUid);
}

Result<QImage> DicomRenderer::thumbnail(const QByteArray& part10, int maxSide) {
    DcmFileFormat file;
    if (const OFCondition read = dcmtk::readFromMemory(file, part10); read.bad())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The DICOM object cannot be read (corrupt or truncated)"),
                           QString::fromUtf8(read.text()));
    return render(file, maxSide);
}

Result<QImage> DicomRenderer::thumbnailFromFile(const QString& path, int maxSide) {
    DcmFileFormat file;
    if (const OFCondition read = file.loadFile(path.toLocal8Bit().constData()); read.bad())
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("The DICOM file cannot be read (corrupt or truncated)"),
                           QString::fromUtf8(read.text()));
    return render(file, maxSide);
}

} // namespace sightline
