#include "dicom/DicomLibrary.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace sightline {

QString dicomLibraryVersion() {
    return QStringLiteral("DCMTK ") + QString::fromLatin1(OFFIS_DCMTK_VERSION_STRING);
}

} // namespace sightline
