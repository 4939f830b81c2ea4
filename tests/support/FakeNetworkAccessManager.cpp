#include "support/FakeNetworkAccessManager.h"

#include <QTimer>

namespace sightline::test {

namespace {

class FakeReply : public QNetworkReply {
public:
    FakeReply(const QNetworkRequest& request, QByteArray method, const ScriptedReply& script,
              QObject* parent)
        : QNetworkReply(parent)
        , m_body(script.body) {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly);
        QTimer::singleShot(script.delayMs, this, [this, script] { deliver(script); });
    }

    void abort() override {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    qint64 bytesAvailable() const override {
        return m_body.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }

private:
    void deliver(const ScriptedReply& script) {
        if (isFinished())
            return;
        if (script.error != NoError) {
            setError(script.error, QStringLiteral("scripted error"));
            setFinished(true);
            emit errorOccurred(script.error);
            emit finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, script.status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QByteArrayLiteral("Scripted"));
        for (const auto& [name, value] : script.headers)
            setRawHeader(name, value);
        if (script.status >= 400)
            setError(ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(script.status));
        if (script.cutAfterBytes >= 0)
            m_body.truncate(script.cutAfterBytes);
        emit metaDataChanged();
        emit readyRead();
        if (script.cutAfterBytes >= 0) { // the server vanished mid-body
            setError(RemoteHostClosedError, QStringLiteral("Connection closed"));
            emit errorOccurred(RemoteHostClosedError);
        }
        setFinished(true);
        emit finished();
    }

    QByteArray m_body;
    qint64 m_offset = 0;
};

QByteArray methodName(QNetworkAccessManager::Operation op, const QNetworkRequest& request) {
    switch (op) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedReply jsonReply(int status, const QByteArray& json,
                        QList<QPair<QByteArray, QByteArray>> extraHeaders) {
    ScriptedReply reply;
    reply.status = status;
    reply.body = json;
    reply.headers = {{"Content-Type", "application/fhir+json"}};
    reply.headers << extraHeaders;
    return reply;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent) {
    m_handler = [](const RecordedRequest&) {
        return jsonReply(
            404,
            R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found","diagnostics":"nothing scripted"}]})");
    };
}

void FakeNetworkAccessManager::enqueue(const QByteArray& method, const QUrl& url,
                                       ScriptedReply reply) {
    m_queue.append({{method, url}, std::move(reply)});
}

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                       QIODevice* body) {
    RecordedRequest recorded;
    recorded.method = methodName(op, request);
    recorded.url = request.url();
    for (const QByteArray& name : request.rawHeaderList())
        recorded.headers.append({name, request.rawHeader(name)});
    if (body)
        recorded.body = body->readAll();
    m_requests.append(recorded);

    ScriptedReply script;
    bool found = false;
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue[i].first.first == recorded.method && m_queue[i].first.second == recorded.url) {
            script = m_queue.takeAt(i).second;
            found = true;
            break;
        }
    }
    if (!found)
        script = m_handler(recorded);
    return new FakeReply(request, recorded.method, script, this);
}

} // namespace sightline::test
