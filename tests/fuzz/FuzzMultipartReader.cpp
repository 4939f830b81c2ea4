// WADO-RS multipart/related bodies (Content-Type, NUL, body): read whole, read in pieces of a
// size the input chooses, and read straight from a device that releases them piece by piece (as
// a network reply does), the reader must hand on the same parts and reach the same verdict —
// bodies arrive from the network cut anywhere.

#include "FuzzSupport.h"

#include "imaging/MultipartReader.h"
#include "support/ArrivingBytes.h"

using namespace sightline;

namespace {

struct Reading {
    QList<QByteArray> bodies;
    QList<QByteArray> types;
    bool ok = false;
};

enum class Through { Bytes, Device };

Reading read(const QByteArray& boundary, const QByteArray& body, qsizetype chunk,
             Through through = Through::Bytes) {
    Reading reading;
    MultipartReader reader(boundary, [&reading](MultipartPart&& part) -> Status {
        reading.types.append(part.mediaType());
        reading.bodies.append(std::move(part.body));
        return Done{};
    });
    bool ok = true;
    if (through == Through::Device) {
        test::ArrivingBytes device(body);
        while (ok && !device.allArrived()) {
            device.arrive(chunk);
            ok = reader.feed(device).ok();
            FUZZ_CHECK(!ok || device.bytesAvailable() == 0); // all read, or failed
        }
    } else {
        for (qsizetype from = 0; ok && from < body.size(); from += chunk)
            ok = reader.feed(QByteArrayView(body).sliced(from, qMin(chunk, body.size() - from)))
                     .ok();
    }
    reading.ok = ok && reader.finish().ok();
    FUZZ_CHECK(reader.partsDelivered() == reading.bodies.size());
    FUZZ_CHECK(!reading.ok || reader.complete());
    return reading;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytesOf(data, size), 2);
    const auto boundary = MultipartReader::boundaryOf(parts[0]);
    if (!boundary)
        return 0;
    const QByteArray& body = parts[1];
    const Reading whole = read(*boundary, body, qMax<qsizetype>(body.size(), 1));
    const qsizetype chunk = body.isEmpty() ? 1 : 1 + uchar(body.front()) % 17;
    const Reading pieces = read(*boundary, body, chunk);
    const qsizetype arrivals = body.isEmpty() ? 1 : 1 + uchar(body.back()) % 4099;
    const Reading arriving = read(*boundary, body, arrivals, Through::Device);
    FUZZ_CHECK(whole.ok == pieces.ok);
    FUZZ_CHECK(whole.ok == arriving.ok);
    if (whole.ok) {
        FUZZ_CHECK(whole.bodies == pieces.bodies);
        FUZZ_CHECK(whole.types == pieces.types);
        FUZZ_CHECK(whole.bodies == arriving.bodies);
        FUZZ_CHECK(whole.types == arriving.types);
    }
    return 0;
}
