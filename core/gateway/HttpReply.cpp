#include "gateway/HttpReply.h"

#include "gateway/MultipartBody.h"

#include <httplib.h>

#include <QFile>
#include <QFileInfo>

#include <memory>

namespace sightline {

void send(httplib::Response& res, const GatewayAnswer& answer) {
    res.status = answer.status;
    for (const auto& [name, value] : answer.headers)
        res.set_header(name.toStdString(), value.toStdString());
    if (answer.multipart) {
        const std::shared_ptr<MultipartBody> body = answer.multipart;
        res.set_content_provider(size_t(body->size()), answer.contentType.toStdString(),
                                 [body](size_t offset, size_t length, httplib::DataSink& sink) {
                                     // Straight from the cached files' memory maps: no copy on the
                                     // way out.
                                     return body->write(qint64(offset),
                                                        std::min<qint64>(qint64(length), 4 << 20),
                                                        [&sink](const char* data, qint64 size) {
                                                            return sink.write(data, size_t(size));
                                                        });
                                 });
    } else {
        res.set_content(answer.body.constData(), size_t(answer.body.size()),
                        answer.contentType.toStdString());
    }
}

void streamFile(httplib::Response& res, const QString& path, const QByteArray& mimeType) {
    const qint64 size = QFileInfo(path).size();
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        send(res, GatewayAnswer::text(404, QStringLiteral("Not found")));
        return;
    }
    res.set_content_provider(
        size_t(size), mimeType.toStdString(),
        [file](size_t offset, size_t length, httplib::DataSink& sink) {
            if (!file->seek(qint64(offset)))
                return false;
            const QByteArray chunk = file->read(std::min<qint64>(qint64(length), 1 << 20));
            return !chunk.isEmpty() && sink.write(chunk.constData(), size_t(chunk.size()));
        });
}

} // namespace sightline
