#pragma once
// The worker-thread side of RetrievalQueue: owns a QNetworkAccessManager, uses the worker
// thread's cache connection and owns one retriever per running study (StudyRetriever for
// DICOMweb, DimseStudyRetriever for a DICOM node). All its methods run on
// the worker thread (ImagingService queues them there); its signals cross back to the GUI thread.

#include "cache/CacheConnections.h"
#include "imaging/RetrieveRequest.h"

#include <QHash>
#include <QImage>
#include <QObject>

class QNetworkAccessManager;

namespace sightline {

class ImageCache;
class ImageRetriever;
class NetworkRecorder;

class RetrievalWorker : public QObject {
    Q_OBJECT
public:
    // `recorder` is thread-safe: DICOMweb exchanges show in the Network panel.
    // `network`, when given, is used instead of a manager of its own (tests script it); the
    // worker owns it, and it must belong to the worker thread.
    RetrievalWorker(CacheConnections cache, NetworkRecorder* recorder,
                    QNetworkAccessManager* network = nullptr);
    ~RetrievalWorker() override;

    void start(const sightline::RetrieveRequest& request);
    void cancel(const QString& studyUid);
    // Applies the cache's limits at once (evicting what no longer fits or has expired).
    void enforceCacheLimits();

signals:
    void progress(const QString& studyUid, const sightline::RetrieveProgress& progress);
    void seriesThumbnail(const QString& studyUid, const QString& seriesUid, const QImage& image);
    void mismatchFound(const QString& studyUid, const sightline::PatientMismatch& mismatch);
    void seriesComplete(const QString& studyUid, const QString& seriesUid);
    void finished(const QString& studyUid, const sightline::RetrieveOutcome& outcome);
    void cacheTrimmed(qint64 evicted);

private:
    void ensureReady();

    CacheConnections m_cache;
    NetworkRecorder* m_recorder;
    QNetworkAccessManager* m_network;
    QHash<QString, ImageRetriever*> m_retrievers;
};

} // namespace sightline
