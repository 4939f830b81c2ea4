#pragma once
// Reads a device to its end a megabyte at a time, handing each piece to `take` (hashes and
// checksums of files too large to hold). False on a read error.

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

namespace sightline {

template <typename Take> bool forEachChunk(QIODevice* device, Take&& take) {
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        take(QByteArrayView(buffer.constData(), n));
    }
}

} // namespace sightline
