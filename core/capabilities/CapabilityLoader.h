#pragma once
// Fetches a server's CapabilityStatement and SMART configuration in parallel and assembles a
// ServerCapabilities. One job per fetch; cancel() aborts both requests.

#include "capabilities/ServerCapabilities.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace sightline {

class FhirClient;
class RestCall;
struct FhirReply;
template <typename T> class Result;

class CapabilityLoader : public QObject {
    Q_OBJECT
public:
    explicit CapabilityLoader(FhirClient* client, QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_pending > 0; }

signals:
    void progress(const QString& step);
    void finished(const sightline::ServerCapabilities& capabilities);

private:
    void onStatement(const Result<FhirReply>& reply);
    void onSmart(const Result<FhirReply>& reply);
    void completeOne();

    QPointer<FhirClient> m_client;
    ServerCapabilities m_result;
    QPointer<RestCall> m_statementCall;
    QPointer<RestCall> m_smartCall;
    QElapsedTimer m_timer;
    int m_pending = 0;
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::ServerCapabilities)
