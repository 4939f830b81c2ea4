#pragma once
// Runs a FHIR search and follows its `next` links page by page, up to a page limit, reporting
// each Bundle as it arrives. One job per search; cancel() stops it between or during pages.

#include "common/Result.h"
#include "fhir/FhirClient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace sightline {

class FhirSearchPager : public QObject {
    Q_OBJECT
public:
    FhirSearchPager(FhirClient* client, QString type, QueryParams params, int maxPages = 50,
                    QObject* parent = nullptr);

    void start();
    void cancel();
    int pagesFetched() const { return m_pages; }

signals:
    void pageReady(const QJsonObject& bundle, int pageNumber);
    // The number of matching entries seen across all pages, or why the search stopped.
    void finished(const sightline::Result<int>& matches);

private:
    void handlePage(const Result<FhirReply>& reply);

    QPointer<FhirClient> m_client;
    QString m_type;
    QueryParams m_params;
    int m_maxPages;
    int m_pages = 0;
    int m_matches = 0;
    QPointer<RestCall> m_current;
    bool m_cancelled = false;
};

} // namespace sightline
