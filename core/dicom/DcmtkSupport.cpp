#include "dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace sightline::dcmtk {

OFCondition readFromMemory(DcmFileFormat& file, const QByteArray& bytes) {
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
    stream.setEos();
    file.transferInit();
    const OFCondition read = file.read(stream, EXS_Unknown, EGL_noChange);
    file.transferEnd();
    return read;
}

void registerCodecsOnce() {
    static std::once_flag once;
    std::call_once(once, [] {
        // DCMTK logs warnings about odd files to stderr; Sightline reports errors itself.
        OFLog::configure(OFLogger::ERROR_LOG_LEVEL);
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

} // namespace sightline::dcmtk
