#pragma once
// For viewer tests: how much of a screenshot's central area a viewer drew. CT anatomy is mid
// grey (unsaturated, neither black nor white) on a black viewport; OHIF's chrome is dark blue, and
// a blank or error page is white — neither counts.

#include <QColor>
#include <QImage>

namespace sightline::test {

inline double drawnShare(const QImage& image) {
    const QRect centre(image.width() / 4, image.height() / 4, image.width() / 2,
                       image.height() / 2);
    qint64 drawn = 0, black = 0, all = 0;
    for (int y = centre.top(); y < centre.bottom(); y += 2) {
        for (int x = centre.left(); x < centre.right(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            ++all;
            if (c.value() > 60 && c.value() < 235 && c.saturation() < 40)
                ++drawn;
            else if (c.value() < 16)
                ++black;
        }
    }
    // No black viewport around it: not a viewer showing an image.
    if (all == 0 || black < all / 20)
        return 0.0;
    return double(drawn) / double(all);
}

} // namespace sightline::test
