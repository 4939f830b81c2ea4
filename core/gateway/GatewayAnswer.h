#pragma once
// One gateway response before it goes on the wire: status, headers, and either a small body
// or a multipart body streamed from cached files.

#include "gateway/MultipartBody.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>

namespace sightline {

struct GatewayAnswer {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    std::shared_ptr<MultipartBody> multipart; // when set, the body
    QList<QPair<QByteArray, QByteArray>> headers;

    static GatewayAnswer json(const QByteArray& body, int status = 200) {
        return {status, "application/dicom+json", body, nullptr, {}};
    }
    static GatewayAnswer text(int status, const QString& message) {
        return {status, "text/plain; charset=utf-8", message.toUtf8() + '\n', nullptr, {}};
    }
};

} // namespace sightline
