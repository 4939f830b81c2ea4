#pragma once
// The image cache's integrity check of a file's bytes: XXH3-128 (xxHash), several times faster
// than SHA-256 and not on the critical path's budget. It guards against accidents (a torn write,
// a disk that lost or flipped bytes), not against an attacker: whoever can change the cache's
// files can change its index too, so a cryptographic hash would buy nothing here. Exports and the
// audit trail keep their SHA-256 digests. Values are tagged with their algorithm, so a cache
// written before (SHA-256, 64 hex digits untagged) is still checked as it was written.

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <memory>

namespace sightline {

class ContentChecksum {
public:
    ContentChecksum();
    ~ContentChecksum();
    ContentChecksum(const ContentChecksum&) = delete;
    ContentChecksum& operator=(const ContentChecksum&) = delete;

    void add(QByteArrayView bytes);
    bool addDevice(QIODevice* device); // reads to the end; false on a read error
    QByteArray value() const;          // "xxh3-128:" and 32 hex digits; adding may go on

    static QByteArray of(QByteArrayView bytes);
    // Whether `device`, read to its end, has the recorded value (written by this class, or a
    // SHA-256 hex digest from before): false on a read error or a value of no known kind.
    static bool matches(QByteArrayView recorded, QIODevice* device);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace sightline
