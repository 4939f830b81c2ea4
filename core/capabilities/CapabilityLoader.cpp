#include "capabilities/CapabilityLoader.h"

#include "common/Clock.h"
#include "common/LogCategories.h"
#include "fhir/FhirClient.h"
#include "network/RestCall.h"

namespace sightline {

CapabilityLoader::CapabilityLoader(FhirClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {
    qRegisterMetaType<ServerCapabilities>();
}

void CapabilityLoader::start() {
    m_result = ServerCapabilities{};
    m_result.fhirBase = m_client->baseUrl();
    m_timer.start();
    m_pending = 2;
    emit progress(tr("Fetching %1/metadata and SMART configuration…")
                      .arg(m_client->baseUrl().toDisplayString()));
    m_statementCall =
        m_client->capabilities(this, [this](const Result<FhirReply>& r) { onStatement(r); });
    m_smartCall =
        m_client->getJson(m_client->resolve(QStringLiteral(".well-known/smart-configuration")),
                          this, [this](const Result<FhirReply>& r) { onSmart(r); });
}

void CapabilityLoader::cancel() {
    if (m_statementCall)
        m_statementCall->cancel();
    if (m_smartCall)
        m_smartCall->cancel();
}

void CapabilityLoader::onStatement(const Result<FhirReply>& reply) {
    if (!reply) {
        m_result.statementError = reply.error();
    } else {
        m_result.statementJson = reply->resource;
        auto parsed = CapabilityStatement::fromJson(reply->resource);
        if (parsed)
            m_result.statement = std::move(parsed).value();
        else
            m_result.statementError = parsed.error();
    }
    emit progress(m_result.statement ? tr("CapabilityStatement received")
                                     : tr("CapabilityStatement failed"));
    completeOne();
}

void CapabilityLoader::onSmart(const Result<FhirReply>& reply) {
    if (!reply) {
        m_result.smartError = reply.error();
    } else {
        m_result.smartJson = reply->resource;
        auto parsed = SmartConfiguration::fromJson(reply->resource);
        if (parsed)
            m_result.smart = std::move(parsed).value();
        else
            m_result.smartError = parsed.error();
    }
    completeOne();
}

void CapabilityLoader::completeOne() {
    if (--m_pending > 0)
        return;
    // Servers from before SMART 2.0 publish their OAuth endpoints only in the statement.
    if (!m_result.smart && m_result.statement && !m_result.statement->oauthUris.isEmpty())
        m_result.smart = SmartConfiguration::fromOAuthUris(m_result.statement->oauthUris);
    m_result.fetchedUtc = Clock::system().nowUtc();
    m_result.elapsedMs = m_timer.elapsed();
    qCInfo(lcCapabilities) << "Capabilities of" << m_result.fhirBase.toDisplayString()
                           << "loaded in" << m_result.elapsedMs << "ms; statement"
                           << (m_result.statement ? "ok" : "failed") << "; SMART"
                           << (m_result.smart ? "ok" : "none");
    emit finished(m_result);
}

} // namespace sightline
