#pragma once
// The part bodies of a multipart answer (as a viewer or a test reads them), for comparing two
// servers' answers part by part. Empty when the answer is not multipart or does not end well.

#include "imaging/MultipartReader.h"

#include <QByteArray>
#include <QList>

namespace sightline::test {

inline QList<QByteArray> multipartBodies(const QByteArray& contentType, const QByteArray& body) {
    QList<QByteArray> out;
    const auto boundary = MultipartReader::boundaryOf(contentType);
    if (!boundary)
        return out;
    MultipartReader reader(boundary.value(), [&](MultipartPart&& part) -> Status {
        out << part.body;
        return Done{};
    });
    if (!reader.feed(body) || !reader.finish())
        return {};
    return out;
}

} // namespace sightline::test
