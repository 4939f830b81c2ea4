#include "network/HttpRequestSpec.h"

namespace sightline {

namespace {
QByteArray findHeader(const HeaderList& headers, const QByteArray& name) {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

QByteArray HttpRequestSpec::header(const QByteArray& name) const {
    return findHeader(headers, name);
}

void HttpRequestSpec::setHeader(const QByteArray& name, const QByteArray& value) {
    removeHeader(name);
    headers.append({name, value});
}

void HttpRequestSpec::removeHeader(const QByteArray& name) {
    headers.removeIf(
        [&](const auto& pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray HttpResponse::header(const QByteArray& name) const {
    return findHeader(headers, name);
}

} // namespace sightline
