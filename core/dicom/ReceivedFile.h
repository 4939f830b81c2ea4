#pragma once
// One object received over DIMSE (a C-STORE, as C-GET's storage SCP or as the receiving node),
// streamed to a file as it arrived instead of being held in memory: a Part-10 file (the file
// meta header Sightline writes, then the data set exactly as the sender encoded it, in the
// transfer syntax of its presentation context). Its bytes are whole but not yet parsed: the
// taker reads it to the end before keeping it (CacheIntake::storeFile).

#include <QByteArray>
#include <QString>

namespace sightline {

struct ReceivedFile {
    QString path;           // in the folder the receiver was given; removed after it is taken,
                            // unless the taker moved it away
    qint64 size = 0;        // bytes of the whole file
    QByteArray checksum;    // ContentChecksum's, of the whole file, taken as it was written
    QString sopInstanceUid; // as the C-STORE request names it
};

} // namespace sightline
