#pragma once
// Applies the chosen theme to the running application: the system's style and palette, or
// Fusion with a light or a dark palette (the same on every desktop, and readable with the red
// patient-mismatch warnings).

#include "desktop/AppearanceSettings.h"

namespace sightline {

class Theme {
public:
    // Call once after the QApplication exists, before the first window.
    static void rememberSystemLook();
    static void apply(AppearanceSettings::Theme theme);
    static bool isDark(); // the palette in use has a dark window background
};

} // namespace sightline
