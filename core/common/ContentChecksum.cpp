#include "common/ContentChecksum.h"

#include "common/DeviceChunks.h"
#include "common/Sha256.h"

#include <xxhash.h>

#include <new>

namespace sightline {

namespace {
constexpr QByteArrayView kTag = "xxh3-128:";
constexpr qsizetype kSha256HexDigits = 64;
} // namespace

struct ContentChecksum::State {
    State()
        : xxh(XXH3_createState()) {
        if (!xxh)
            throw std::bad_alloc();
        XXH3_128bits_reset(xxh);
    }
    ~State() { XXH3_freeState(xxh); }
    State(const State&) = delete;
    State& operator=(const State&) = delete;
    XXH3_state_t* xxh;
};

ContentChecksum::ContentChecksum()
    : m_state(std::make_unique<State>()) {}

ContentChecksum::~ContentChecksum() = default;

void ContentChecksum::add(QByteArrayView bytes) {
    XXH3_128bits_update(m_state->xxh, bytes.data(), size_t(bytes.size()));
}

bool ContentChecksum::addDevice(QIODevice* device) {
    return forEachChunk(device, [this](QByteArrayView bytes) { add(bytes); });
}

QByteArray ContentChecksum::value() const {
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(m_state->xxh));
    return kTag.toByteArray() +
           QByteArray(reinterpret_cast<const char*>(canonical.digest), sizeof canonical.digest)
               .toHex();
}

QByteArray ContentChecksum::of(QByteArrayView bytes) {
    ContentChecksum checksum;
    checksum.add(bytes);
    return checksum.value();
}

bool ContentChecksum::matches(QByteArrayView recorded, QIODevice* device) {
    if (recorded.startsWith(kTag)) {
        ContentChecksum checksum;
        return checksum.addDevice(device) && checksum.value() == recorded;
    }
    if (recorded.size() == kSha256HexDigits) {
        Sha256 hash;
        return hash.addDevice(device) && hash.hex() == recorded;
    }
    return false;
}

} // namespace sightline
