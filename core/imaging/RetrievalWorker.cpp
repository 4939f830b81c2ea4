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
        m_cache = new ImageCache(m_cacheRoot);
}

void RetrievalWorker::start(const RetrieveRequest& request) {
    ensureReady();
    const QString study = request.studyUid;
    StudyRetriever*& retriever = m_retrievers[study];
    if (retriever && retriever->isRunning())
        return;
    if (!retriever) {
        retriever = new StudyRetriever(m_network, m_recorder, m_cache);
        connect(retriever, &StudyRetriever::progress, this,
                [this, study](const RetrieveProgress& p) { emit progress(study, p); });
        connect(retriever, &StudyRetriever::seriesFinished, this,
                [this, study](const QString& series, const QImage& image) {
                    emit seriesThumbnail(study, series, image);
                });
        connect(retriever, &StudyRetriever::mismatchFound, this,
                [this, study](const PatientMismatch& m) { emit mismatchFound(study, m); });
        connect(retriever, &StudyRetriever::finished, this,
                [this, study](const RetrieveOutcome& o) { emit finished(study, o); });
    }
    retriever->start(request);
}

void RetrievalWorker::cancel(const QString& studyUid) {
    if (StudyRetriever* r = m_retrievers.value(studyUid))
        r->cancel();
}

} // namespace sightline
