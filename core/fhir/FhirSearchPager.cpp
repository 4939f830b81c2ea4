#include "fhir/FhirSearchPager.h"

#include "network/RestCall.h"

#include <QJsonArray>

namespace sightline {

FhirSearchPager::FhirSearchPager(FhirClient* client, QString type, QueryParams params, int maxPages,
                                 QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_type(std::move(type))
    , m_params(std::move(params))
    , m_maxPages(maxPages) {}

void FhirSearchPager::start() {
    m_current = m_client->search(m_type, m_params, FhirClient::SearchMethod::Get, this,
                                 [this](const Result<FhirReply>& reply) { handlePage(reply); });
}

void FhirSearchPager::cancel() {
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
}

void FhirSearchPager::handlePage(const Result<FhirReply>& reply) {
    if (!reply) {
        emit finished(reply.error());
        return;
    }
    const QJsonObject bundle = reply->resource;
    if (bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle")) {
        emit finished(Error::make(Error::Kind::MalformedData,
                                  tr("A search answered with something other than a Bundle"),
                                  bundle.value(QLatin1String("resourceType")).toString()));
        return;
    }
    ++m_pages;
    for (const QJsonValue& entry : bundle.value(QLatin1String("entry")).toArray()) {
        const QString mode = entry.toObject()
                                 .value(QLatin1String("search"))
                                 .toObject()
                                 .value(QLatin1String("mode"))
                                 .toString();
        if (mode != QLatin1String("include") && mode != QLatin1String("outcome"))
            ++m_matches;
    }
    emit pageReady(bundle, m_pages);
    if (m_cancelled) {
        emit finished(Error::make(Error::Kind::Cancelled, tr("Search cancelled")));
        return;
    }
    const QUrl next = FhirClient::nextLink(bundle);
    if (next.isEmpty() || m_pages >= m_maxPages) {
        emit finished(m_matches);
        return;
    }
    m_current = m_client->fetchPage(next, this,
                                    [this](const Result<FhirReply>& page) { handlePage(page); });
}

} // namespace sightline
