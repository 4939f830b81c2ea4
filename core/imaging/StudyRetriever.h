#pragma once
// Retrieves a study (or some of its series) from DICOMweb into the image cache. A study with
// nothing cached comes as one streamed WADO-RS request, and its complete answer is the study.
// Otherwise the instances are listed first (QIDO-RS), so a later run fetches only what is missing:
// a series with nothing cached comes as one streamed request, a partly cached one instance by
// instance. Up to `maxConnections` requests run at once. Each part is checked (DICOM, right study),
// its patient compared with the FHIR Patient (mismatches reported), and stored atomically; a
// thumbnail is made per finished series. A failure (server gone, disk full, corrupt part) keeps
// what was stored and is reported; nothing half-written remains.
//
// Parsing, hashing and writing run on the thread pool while the network keeps flowing; the
// index is updated in batches on the retriever's thread. Run the retriever itself on a worker
// thread (with its own QNetworkAccessManager and ImageCache), never on the GUI thread.

#include "cache/CacheBatch.h"
#include "cache/ImageCache.h"
#include "common/Result.h"
#include "imaging/ImageRetriever.h"
#include "imaging/PatientMatch.h"
#include "imaging/RetrieveRequest.h"
#include "servers/ServerProfile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace sightline {

class DicomWebClient;
class ImageCache;
class NetworkRecorder;
class RestCall;
struct MultipartPart;

class StudyRetriever : public ImageRetriever {
    Q_OBJECT
public:
    StudyRetriever(QNetworkAccessManager* network, NetworkRecorder* recorder, ImageCache* cache,
                   QObject* parent = nullptr);
    ~StudyRetriever() override;

    void start(const RetrieveRequest& request) override;
    void cancel() override;
    bool isRunning() const { return m_running; }

private:
    struct Job {
        QString series;
        QString instance; // empty: the whole series in one request
    };
    void countStudyInstances();
    void listSeries();
    void listInstances(const QStringList& series);
    void planJobs();
    void pump();
    void runJob(const Job& job);
    Status takePart(MultipartPart&& part);
    void partWritten(const Result<CachedFile>& written);
    void flushIndex();
    // A batch that could not be put in place or indexed: stop, count only what is kept.
    void keep(const Status& kept);
    // Whole study: once its answer is in, what the study holds (the answer itself when it was
    // complete, else a listing, started here; false until that listing is back).
    bool settleWholeStudyListing();
    void maybeSeriesDone(const QString& series);
    void seriesDone(const QString& series);
    // A thumbnail the server renders, asked for in each of renderedMediaTypes() in turn.
    void renderThumbnail(const QString& series, const QString& instance, const Error& localError,
                         int typeIndex = 0);
    void finishIfIdle();
    void recordCompleteness();
    void fail(const Error& error);

    QNetworkAccessManager* m_network;
    QPointer<NetworkRecorder> m_recorder;
    ImageCache* m_cache;
    DicomWebClient* m_client = nullptr;
    RetrieveRequest m_request;
    RetrieveOutcome m_outcome;
    RetrieveProgress m_progress;
    QHash<QString, QSet<QString>> m_listed;   // series → SOP Instance UIDs
    QHash<QString, QSet<QString>> m_received; // series → SOP Instance UIDs stored this run
    QList<Job> m_queue;
    QHash<QString, int> m_openJobs;      // series → jobs not yet finished
    int m_writing = 0;                   // parts being parsed and written on the pool
    std::unique_ptr<CacheBatch> m_batch; // written, on their way into the index (per request)
    int m_lostCounted = 0;               // of m_batch->lost(), taken from stored
    QList<QPointer<RestCall>> m_calls;
    QElapsedTimer m_timer;
    int m_pendingListings = 0;
    int m_active = 0;
    bool m_running = false;
    bool m_checkedPatient = false;
    bool m_storageFailed = false;
    bool m_wholeStudy = false;    // one study-level request, not listed unless it falls short
    bool m_wholeResponse = false; // that request ended with the whole answer (200, closed)
    // The server refused the study as a whole (404, e.g. one Study Instance UID under two
    // patients in Orthanc) although it lists it: retrieved series by series instead.
    bool m_refusedWhole = false;
    bool m_refusedInParts = false; // and series by series too
    bool m_listingAsked = false;
    bool m_listedIsPartial = false; // m_listed is only what arrived of an answer that fell short
    int m_counted = -1;             // the study's instance count from QIDO, -1 unknown
};

} // namespace sightline
