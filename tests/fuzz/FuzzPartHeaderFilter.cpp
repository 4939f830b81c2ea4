// Multipart bodies streamed from a PACS through the gateway's part-header filter (Content-Type,
// NUL, body): fed whole and in pieces of a size the input chooses, the filter must give the
// same bytes and the same verdict, and a body that never names the PACS must come out as it
// went in — the network cuts bodies anywhere, and part bodies are never to be changed.

#include "FuzzSupport.h"

#include "gateway/PartHeaderFilter.h"
#include "imaging/MultipartReader.h"

using namespace sightline;

namespace {

const QUrl kPacs(QStringLiteral("http://pacs.example:8042/dicom-web"));
const QString kGateway(QStringLiteral("http://127.0.0.1:5000/s/dicom-web"));

struct Filtered {
    QByteArray bytes;
    bool failed = false;
};

Filtered filter(const QByteArray& boundary, const QByteArray& body, qsizetype chunk) {
    PartHeaderFilter f(boundary, kPacs, kGateway);
    Filtered out;
    for (qsizetype from = 0; from < body.size() && !f.failed(); from += chunk)
        out.bytes += f.feed(body.mid(from, chunk));
    out.bytes += f.finish();
    out.failed = f.failed();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytesOf(data, size), 2);
    const auto boundary = MultipartReader::boundaryOf(parts[0]);
    if (!boundary)
        return 0;
    const QByteArray& body = parts[1];
    const Filtered whole = filter(*boundary, body, qMax<qsizetype>(body.size(), 1));
    const qsizetype chunk = body.isEmpty() ? 1 : 1 + uchar(body.front()) % 17;
    const Filtered pieces = filter(*boundary, body, chunk);
    FUZZ_CHECK(whole.failed == pieces.failed);
    if (!whole.failed) {
        FUZZ_CHECK(whole.bytes == pieces.bytes);
        if (!body.contains("pacs.example:8042"))
            FUZZ_CHECK(whole.bytes == body);
    }
    return 0;
}
