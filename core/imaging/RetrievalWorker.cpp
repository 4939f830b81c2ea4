#include "imaging/RetrievalWorker.h"

#include "cache/ImageCache.h"
#include "imaging/DimseStudyRetriever.h"
#include "imaging/StudyRetriever.h"

#include <QNetworkAccessManager>

namespace sightline {

RetrievalWorker::RetrievalWorker(CacheConnections cache, NetworkRecorder* recorder,
                                 QNetworkAccessManager* network)
    : m_cache(std::move(cache))
    , m_recorder(recorder)
    , m_network(network) {}

RetrievalWorker::~RetrievalWorker() {
    qDeleteAll(m_retrievers);
    delete m_network;
}

void RetrievalWorker::ensureReady() {
    // Made on first use, so it belongs to the worker thread.
    if (!m_network)
        m_network = new QNetworkAccessManager;
}

void RetrievalWorker::enforceCacheLimits() {
    // A study being retrieved is not evicted under its retrieval (each pins itself again when
    // it indexes its next batch).
    const QString pinned = m_retrievers.isEmpty() ? QString() : m_retrievers.cbegin().key();
    const auto evicted = m_cache.forThisThread().enforceBudget(pinned);
    emit cacheTrimmed(evicted ? evicted.value() : 0);
}

void RetrievalWorker::start(const RetrieveRequest& request) {
    ensureReady();
    const QString study = request.studyUid;
    if (m_retrievers.contains(study))
        return; // already on its way
    // One retriever per running study, gone when it has reported its outcome. The connection
    // counts the cache's bytes afresh: it may have been emptied since the last retrieval.
    // A DICOM node's study comes by C-GET, any other by DICOMweb.
    ImageRetriever* retriever =
        request.node ? static_cast<ImageRetriever*>(new DimseStudyRetriever(m_cache))
                     : new StudyRetriever(m_network, m_recorder, &m_cache.forThisThread());
    m_retrievers.insert(study, retriever);
    connect(retriever, &ImageRetriever::progress, this,
            [this, study](const RetrieveProgress& p) { emit progress(study, p); });
    connect(retriever, &ImageRetriever::seriesFinished, this,
            [this, study](const QString& series, const QImage& image) {
                emit seriesThumbnail(study, series, image);
            });
    connect(retriever, &ImageRetriever::seriesComplete, this,
            [this, study](const QString& series) { emit seriesComplete(study, series); });
    connect(retriever, &ImageRetriever::mismatchFound, this,
            [this, study](const PatientMismatch& m) { emit mismatchFound(study, m); });
    connect(retriever, &ImageRetriever::finished, this,
            [this, study, retriever](const RetrieveOutcome& o) {
                m_retrievers.remove(study);
                retriever->deleteLater();
                emit finished(study, o);
            });
    retriever->start(request);
}

void RetrievalWorker::cancel(const QString& studyUid) {
    if (ImageRetriever* r = m_retrievers.value(studyUid))
        r->cancel();
}

} // namespace sightline
