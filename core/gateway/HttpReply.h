#pragma once
// Writes what the gateway answers into a cpp-httplib response: a GatewayAnswer (its multipart
// body streamed straight from the cached files' memory maps), or a file streamed in chunks.

#include "gateway/GatewayAnswer.h"

#include <QByteArray>
#include <QString>

namespace httplib {
struct Response;
}

namespace sightline {

void send(httplib::Response& res, const GatewayAnswer& answer);
// 404 when the file cannot be opened.
void streamFile(httplib::Response& res, const QString& path, const QByteArray& mimeType);

} // namespace sightline
