// fhir:// and dicomweb:// connection strings as pasted into the server dialog or given on the
// command line: what parses can be written back and read again to the same profile, and the
// written form never carries the client secret.

#include "FuzzSupport.h"

#include "servers/ConnectionString.h"

#include <QUrlQuery>

using namespace sightline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto first = ConnectionString::parse(QString::fromUtf8(fuzz::bytesOf(data, size)));
    if (!first)
        return 0;
    const QString formatted = ConnectionString::format(first->profile);
    const auto second = ConnectionString::parse(formatted);
    FUZZ_CHECK(second.ok());
    FUZZ_CHECK(second->profile == first->profile);
    FUZZ_CHECK(second->clientSecret.isEmpty());
    FUZZ_CHECK(!QUrlQuery(QUrl(formatted)).hasQueryItem(QStringLiteral("client_secret")));
    return 0;
}
