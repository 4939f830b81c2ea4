#pragma once
// Which DICOM toolkit Sightline was built with, for the About dialog and bug reports (the rest
// of Sightline never includes DCMTK's headers).

#include <QString>

namespace sightline {

QString dicomLibraryVersion(); // e.g. "DCMTK 3.6.7"

} // namespace sightline
