#pragma once
// The worker-thread side of ImagingService: owns a QNetworkAccessManager, an ImageCache
// connection and one StudyRetriever per running study. All its methods run on the worker
// thread (ImagingService queues them there); its signals cross back to the GUI thread.

#include "imaging/StudyRetriever.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace sightline {

class ImageCache;
class NetworkRecorder;

class RetrievalWorker : public QObject {
    Q_OBJECT
public:
    // `recorder` is thread-safe: DICOMweb exchanges show in the Network panel.
    RetrievalWorker(QString cacheRoot, NetworkRecorder* recorder);
    ~RetrievalWorker() override;

    void start(const sightline::RetrieveRequest& request);
    void cancel(const QString& studyUid);
    // New limits, applied at once (evicting what no longer fits or has expired).
    void setCacheSettings(const sightline::CacheSettings& settings);

signals:
    void progress(const QString& studyUid, const sightline::RetrieveProgress& progress);
    void seriesThumbnail(const QString& studyUid, const QString& seriesUid, const QImage& image);
    void mismatchFound(const QString& studyUid, const sightline::PatientMismatch& mismatch);
    void finished(const QString& studyUid, const sightline::RetrieveOutcome& outcome);
    void cacheTrimmed(qint64 evicted);

private:
    void ensureReady();

    QString m_cacheRoot;
    CacheSettings m_cacheSettings;
    NetworkRecorder* m_recorder;
    QNetworkAccessManager* m_network = nullptr;
    ImageCache* m_cache = nullptr;
    QHash<QString, StudyRetriever*> m_retrievers;
};

} // namespace sightline
