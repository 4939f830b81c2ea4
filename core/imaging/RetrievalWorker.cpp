#include "imaging/RetrievalWorker.h"

#include "cache/ImageCache.h"

#include <QNetworkAccessManager>

namespace sightline {

RetrievalWorker::RetrievalWorker(QString cacheRoot, NetworkRecorder* recorder)
    : m_cacheRoot(std::move(cacheRoot))
    , m_recorder(recorder) {}

RetrievalWorker::~RetrievalWorker() {
    qDeleteAll(m_retrievers);
    delete m_cache;
    delete m_network;
}

void RetrievalWorker::ensureReady() {
    // Made on first use, so they belong to the worker thread.
    if (!m_network)
        m_network = new QNetworkAccessManager;
    if (!m_cache)
        m_cache = new ImageCache(m_cacheRoot, m_cacheSettings);
}

void RetrievalWorker::setCacheSettings(const CacheSettings& settings) {
    m_cacheSettings = settings;
    ensureReady();
    m_cache->setSettings(settings);
    m_cache->forgetTotals();
    // A study being retrieved is not evicted under its retrieval (each pins itself again when
    // it indexes its next batch).
    const QString pinned = m_retrievers.isEmpty() ? QString() : m_retrievers.cbegin().key();
    const auto evicted = m_cache->enforceBudget(pinned);
    emit cacheTrimmed(evicted ? evicted.value() : 0);
}

void RetrievalWorker::start(const RetrieveRequest& request) {
    ensureReady();
    const QString study = request.studyUid;
    if (m_retrievers.contains(study))
        return;              // already on its way
    m_cache->forgetTotals(); // the cache may have been emptied since the last retrieval
    // One retriever per running study, gone when it has reported its outcome.
    auto* retriever = new StudyRetriever(m_network, m_recorder, m_cache);
    m_retrievers.insert(study, retriever);
    connect(retriever, &StudyRetriever::progress, this,
            [this, study](const RetrieveProgress& p) { emit progress(study, p); });
    connect(retriever, &StudyRetriever::seriesFinished, this,
            [this, study](const QString& series, const QImage& image) {
                emit seriesThumbnail(study, series, image);
            });
    connect(retriever, &StudyRetriever::mismatchFound, this,
            [this, study](const PatientMismatch& m) { emit mismatchFound(study, m); });
    connect(retriever, &StudyRetriever::finished, this,
            [this, study, retriever](const RetrieveOutcome& o) {
                m_retrievers.remove(study);
                retriever->deleteLater();
                emit finished(study, o);
            });
    retriever->start(request);
}

void RetrievalWorker::cancel(const QString& studyUid) {
    if (StudyRetriever* r = m_retrievers.value(studyUid))
        r->cancel();
}

} // namespace sightline
