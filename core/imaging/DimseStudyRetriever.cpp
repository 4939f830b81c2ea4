#include "imaging/DimseStudyRetriever.h"

#include "cache/CacheBatch.h"
#include "cache/CacheIntake.h"
#include "common/LogCategories.h"
#include "dicom/DimseAssociation.h"
#include "dimse/DimseQuery.h"
#include "imaging/DicomWebClient.h"

#include <QElapsedTimer>
#include <QThread>

#include <optional>

namespace sightline {

namespace {
const QString kGetModel = QStringLiteral("1.2.840.10008.5.1.4.1.2.2.3");  // Study Root GET
const QString kMoveModel = QStringLiteral("1.2.840.10008.5.1.4.1.2.2.2"); // Study Root MOVE
// How long a C-MOVE's images may take to appear in the cache after the node's last answer (the
// receiving node indexes them as its associations end), counted from the last one that came.
constexpr int kArrivalQuietMs = 5000;
// Instances indexed per transaction: as for DICOMweb retrieval.
// SOP Instance UIDs asked for in one C-GET: an identifier's UID list must stay within one
// element's 64 KiB (explicit VR), and a UID takes up to 65 bytes.
constexpr int kUidsPerGet = 400;
} // namespace

// The state of one retrieval, on the association's thread. Reports through the retriever's
// signals, which reach their receivers on the worker thread (queued).
class DimseStudyRetriever::Run {
    Q_DECLARE_TR_FUNCTIONS(DimseStudyRetriever)
public:
    // `userCancelled` is set by cancel(); `stop`, set by cancel() too, also ends a C-GET when
    // the disk fails.
    Run(DimseStudyRetriever* retriever, const CacheConnections& cache, RetrieveRequest request,
        const std::atomic_bool& userCancelled, std::atomic_bool& stop)
        : m_retriever(retriever)
        , m_request(std::move(request))
        , m_userCancelled(userCancelled)
        , m_stop(stop)
        , m_cache(cache.open())
        , m_association(*m_request.node) {
        m_outcome.studyUid = m_request.studyUid;
        m_checkedPatient = m_request.expectedPatient.isEmpty();
    }

    void execute() {
        m_timer.start();
        if (!ImageCache::isValidUid(m_request.studyUid))
            return fail(Error::make(
                Error::Kind::InvalidInput,
                tr("Not a DICOM Study Instance UID: %1").arg(m_request.studyUid.left(80))));
        if (!m_request.moveUnavailable.isEmpty())
            return fail(Error::make(Error::Kind::Unsupported, m_request.moveUnavailable));
        if (!m_cache->openError().isEmpty())
            return fail(
                Error::make(Error::Kind::Storage,
                            tr("The image cache cannot be opened: %1").arg(m_cache->openError())));
        DimseQuery series;
        series.level = DimseQuery::Level::Series;
        const bool byMove = !m_request.moveDestination.isEmpty();
        if (const Status opened = byMove ? m_association.open({series.model(), kMoveModel})
                                         : m_association.open({series.model(), kGetModel},
                                                              DimseAssociation::Receive::Instances);
            !opened)
            return fail(opened.error());
        if (!list())
            return;
        retrieveMissing();
        m_association.release();
    }

    // Called once execute() has returned: the last word, on the association's thread.
    RetrieveOutcome finish() {
        flushIndex();
        makeThumbnails();
        int cachedNow = 0;
        for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it)
            cachedNow += int((it.value() & m_cache->cachedInstances(it.key())).size());
        m_outcome.missing = std::max(0, m_progress.instancesTotal - cachedNow);
        m_outcome.cancelled = m_userCancelled.load();
        if (m_listingComplete && !m_outcome.cancelled && !m_storageFailed) {
            CacheIntake::recordCompleteness(*m_cache, m_request.studyUid, m_listed,
                                            m_request.seriesUids.isEmpty());
            // Series by series (as a viewer asks for them): the study is complete once every
            // series the node named is, whichever retrieval brought it.
            if (!m_request.seriesUids.isEmpty() &&
                std::all_of(m_studySeries.cbegin(), m_studySeries.cend(),
                            [this](const QString& uid) { return m_cache->isSeriesComplete(uid); }))
                (void)m_cache->markStudyComplete(m_request.studyUid, int(m_studySeries.size()));
        }
        m_outcome.elapsedMs = m_timer.elapsed();
        qCInfo(lcImaging) << "Study" << m_request.studyUid << "from" << m_request.node->display()
                          << ":" << m_outcome.stored << "stored," << m_outcome.alreadyCached
                          << "were cached," << m_outcome.missing << "missing,"
                          << m_outcome.errors.size() << "problems";
        return m_outcome;
    }

private:
    bool stopped() const { return m_stop.load(); }

    void fail(const Error& error) {
        qCWarning(lcImaging) << "Retrieval problem:" << error.toString();
        m_outcome.errors.append(error);
    }

    // What the node holds of the study: its series (those asked for), then each one's
    // instances. False when nothing can be retrieved.
    bool list() {
        DimseQuery query;
        query.level = DimseQuery::Level::Series;
        query.studyUid = m_request.studyUid;
        QStringList series;
        bool everySeriesNamed = true;
        const auto seriesFound = m_association.find(
            query.model(), DimseQuery::levelName(query.level), query.keys().value(),
            [&](const QJsonObject& match) {
                const QString uid = DicomWebClient::value(match, "0020000E");
                if (!ImageCache::isValidUid(uid)) {
                    everySeriesNamed = false; // a series exists that cannot be asked for
                    fail(Error::make(Error::Kind::MalformedData,
                                     tr("The node named a series with an invalid UID")));
                } else {
                    m_studySeries << uid;
                    if (m_request.seriesUids.isEmpty() || m_request.seriesUids.contains(uid))
                        series << uid;
                }
                return true;
            },
            &m_stop);
        if (!seriesFound) {
            fail(seriesFound.error());
            return false;
        }
        if (series.isEmpty()) {
            fail(Error::make(
                Error::Kind::NotFound,
                m_request.seriesUids.isEmpty()
                    ? tr("%1 has no series of this study").arg(m_request.node->display())
                    : tr("%1 has none of the series asked for in this study")
                          .arg(m_request.node->display())));
            return false;
        }
        m_listingComplete = everySeriesNamed;
        for (const QString& uid : std::as_const(series)) {
            query.level = DimseQuery::Level::Image;
            query.seriesUid = uid;
            QSet<QString>& instances = m_listed[uid];
            bool namedInvalidImage = false;
            const auto found = m_association.find(
                query.model(), DimseQuery::levelName(query.level), query.keys().value(),
                [&](const QJsonObject& match) {
                    const QString sop = DicomWebClient::value(match, "00080018");
                    if (ImageCache::isValidUid(sop))
                        instances.insert(sop);
                    else // never cached, so never complete: asked for as a whole series
                        namedInvalidImage = true;
                    return true;
                },
                &m_stop);
            if (namedInvalidImage) {
                m_listingComplete = false;
                instances.clear();
            }
            if (!found) {
                // Still retrievable as a series; only what arrives can be known of it.
                m_listingComplete = false;
                m_outcome.notes << tr("%1 did not list the images of series %2 (%3): what "
                                      "arrived is kept, but whether the series is complete is "
                                      "not known")
                                       .arg(m_request.node->display(), uid, found.error().message);
                instances.clear();
            }
            if (stopped())
                return false;
        }
        return true;
    }

    void retrieveMissing() {
        bool anythingCached = m_cache->cachedInstanceCount(m_request.studyUid) > 0;
        QList<std::pair<QString, QStringList>> gets; // series (empty: the study) → instances
        // In the order asked for (a viewer's first series first), else as the node named them.
        for (const QString& uid :
             m_request.seriesUids.isEmpty() ? m_studySeries : m_request.seriesUids) {
            const auto it = m_listed.constFind(uid);
            if (it == m_listed.cend())
                continue;
            const QSet<QString> cached = m_cache->cachedInstances(it.key());
            const QSet<QString> missing = it.value() - cached;
            m_progress.instancesTotal += int(it.value().size());
            m_outcome.alreadyCached += int((it.value() & cached).size());
            if (!it.value().isEmpty() && missing.isEmpty())
                continue;
            if (it.value().isEmpty() || missing.size() == it.value().size()) {
                gets.append({it.key(), {}}); // nothing here yet (or not listed): whole
                continue;
            }
            const QStringList uids = missing.values();
            for (qsizetype from = 0; from < uids.size(); from += kUidsPerGet)
                gets.append({it.key(), uids.mid(from, kUidsPerGet)});
        }
        // A first retrieval of every series asks for the study in one C-GET.
        if (!anythingCached && m_request.seriesUids.isEmpty() && gets.size() == m_listed.size())
            gets = {{QString(), {}}};
        m_progress.instancesDone = m_outcome.alreadyCached;
        emit m_retriever->progress(m_progress);
        qCInfo(lcImaging) << "Retrieving" << m_progress.instancesTotal - m_progress.instancesDone
                          << "of" << m_progress.instancesTotal << "instances of study"
                          << m_request.studyUid << "from" << m_request.node->display() << "in"
                          << gets.size() << "C-GET requests";
        QSet<QString> askedWhole; // series asked for as a whole after a refused UID list
        if (!m_request.moveDestination.isEmpty())
            return moveAndAwait(gets);
        for (qsizetype i = 0; i < gets.size(); ++i) {
            if (stopped())
                break;
            const auto [series, instances] = gets.at(i);
            const int refusedBefore = m_refusedHere;
            const auto got = m_association.get(
                m_request.studyUid, series, instances, ImageCache::incomingFolder(m_cache->root()),
                [this](const Result<ReceivedFile>& received) { return take(received); }, &m_stop);
            if (!got) {
                fail(got.error());
                const Error::Kind kind = got.error().kind;
                if (kind == Error::Kind::Network || kind == Error::Kind::Timeout)
                    break; // the association is gone
                // Refused, the association still usable: a list of UIDs is asked for again as
                // the whole series (not every node takes lists), then the rest goes on.
                if (!instances.isEmpty() && !askedWhole.contains(series)) {
                    askedWhole.insert(series);
                    gets.append({series, {}});
                }
                continue;
            }
            // The node counts the images Sightline refused (disk full, another study) as failed.
            const int failedThere = got->failed - (m_refusedHere - refusedBefore);
            if (failedThere > 0)
                fail(Error::make(Error::Kind::Unsupported,
                                 tr("%1 could not send %n image(s)", nullptr, failedThere)
                                     .arg(m_request.node->display())));
            if (!series.isEmpty() && i + 1 < gets.size())
                announceIfComplete(series);
        }
    }

    // C-MOVE: the node sends the images to Sightline's receiving node, which stores them; they
    // are counted as they appear in the cache.
    void moveAndAwait(const QList<std::pair<QString, QStringList>>& moves) {
        QHash<QString, QSet<QString>> before; // series → cached before
        for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it)
            before.insert(it.key(), m_cache->cachedInstances(it.key()));
        DimseAssociation::MoveOutcome total;
        std::optional<Error> refused; // the node's own answer, when it did not move
        for (const auto& [series, instances] : moves) {
            if (stopped())
                break;
            const auto moved = m_association.move(m_request.studyUid, series, instances,
                                                  m_request.moveDestination, &m_stop);
            if (!moved) {
                const Error::Kind kind = moved.error().kind;
                if (kind == Error::Kind::Network || kind == Error::Kind::Timeout) {
                    fail(moved.error());
                    break; // the association is gone
                }
                refused = moved.error();
                break; // the other moves would go to the same destination
            }
            total.completed += moved->completed;
            total.failed += moved->failed;
        }
        // What arrived: polled until every listed image is here or none came for a while.
        QElapsedTimer quiet;
        quiet.start();
        int arrived = -1;
        for (;;) {
            int now = 0;
            for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it) {
                const QSet<QString> fresh =
                    m_cache->cachedInstances(it.key()) - before.value(it.key());
                if (!fresh.isEmpty())
                    m_received[it.key()] = fresh;
                now += int(fresh.size());
            }
            if (now != arrived) {
                arrived = now;
                quiet.restart();
                m_progress.instancesDone = m_outcome.alreadyCached + arrived;
                emit m_retriever->progress(m_progress);
            }
            // A node that refused sends nothing more: one look is enough.
            if ((m_progress.instancesTotal > 0 &&
                 m_progress.instancesDone >= m_progress.instancesTotal) ||
                quiet.elapsed() > (refused ? 500 : kArrivalQuietMs) || m_userCancelled.load())
                break;
            QThread::msleep(100);
        }
        m_outcome.stored = arrived;
        if (arrived > 0) {
            m_checkedPatient = true;
            m_outcome.mismatch = PatientMatch::compareCached(*m_cache, m_request.studyUid,
                                                             m_request.expectedPatient);
            if (m_outcome.mismatch.isMismatch())
                emit m_retriever->mismatchFound(m_outcome.mismatch);
        }
        const bool destinationUnknown = refused && refused->details.contains(QLatin1String("a801"));
        if (arrived == 0 && !destinationUnknown && (refused || total.completed + total.failed > 0))
            // Nodes say this in many ways (dcmqrscp: out of resources; Orthanc: a failure with
            // no reason): nothing arrived, so Sightline says where the node should send.
            fail(Error::make(Error::Kind::Network,
                             tr("%1 did not deliver the images to %2: check at the node that %2 "
                                "is registered as a move destination with this computer's "
                                "address and port %3, and that no firewall blocks that port.")
                                 .arg(m_request.node->display(), m_request.moveDestination)
                                 .arg(m_request.movePort),
                             refused ? refused->toString() : QString()));
        else if (refused)
            fail(*refused);
        else if (total.failed > 0)
            fail(Error::make(Error::Kind::Unsupported,
                             tr("%1 could not send %n image(s)", nullptr, total.failed)
                                 .arg(m_request.node->display())));
    }

    // One instance from the node: true when it is in the cache (the node is told so).
    bool take(const Result<ReceivedFile>& received) {
        if (stopped()) {
            ++m_refusedHere;
            return false;
        }
        const Result<CachedFile> written =
            received ? CacheIntake::storeFile(m_cache->root(), m_request.studyUid,
                                              m_request.sourceServer, received.value())
                     : Result<CachedFile>(received.error());
        if (!written) {
            ++m_refusedHere;
            if (written.error().kind == Error::Kind::Storage) {
                // A full disk fails every following write too: stop, keep what is stored.
                m_storageFailed = true;
                m_stop = true;
            }
            fail(written.error());
            return false;
        }
        const CachedFile& file = written.value();
        m_retriever->comparePatientOnce(m_request, file.header, m_checkedPatient, m_outcome);
        m_received[file.header.seriesInstanceUid].insert(file.header.sopInstanceUid);
        const Status kept = m_batch.add(file);
        ++m_outcome.stored;
        m_outcome.bytes += file.size;
        ++m_progress.instancesDone;
        m_progress.bytes += file.size;
        emit m_retriever->progress(m_progress);
        keep(kept);
        return !m_storageFailed;
    }

    void flushIndex() { keep(m_batch.flush()); }

    // A series a viewer asked for is shown as soon as it is whole, not once the last series
    // asked with it is: put in place, indexed, marked complete and announced while the rest
    // comes. Only when the node listed its images (so that "whole" is known) and they agreed
    // with the patient.
    void announceIfComplete(const QString& series) {
        const QSet<QString> listed = m_listed.value(series);
        if (m_request.seriesUids.isEmpty() || listed.isEmpty() || stopped() ||
            m_outcome.mismatch.isMismatch())
            return;
        flushIndex();
        if (m_storageFailed || !(listed - m_cache->cachedInstances(series)).isEmpty() ||
            !m_cache->markSeriesComplete(m_request.studyUid, series, int(listed.size())))
            return;
        const auto thumbnail = CacheIntake::makeThumbnail(*m_cache, series);
        m_announced.insert(series);
        emit m_retriever->seriesFinished(series, thumbnail ? thumbnail.value() : QImage());
        emit m_retriever->seriesComplete(series);
    }

    // A batch that could not be put in place or indexed: stop (a failing disk fails what
    // follows too), and count only what is kept.
    void keep(const Status& kept) {
        if (kept)
            return;
        m_storageFailed = true;
        m_stop = true;
        m_outcome.stored = std::max(0, m_outcome.stored - (m_batch.lost() - m_lostCounted));
        m_lostCounted = m_batch.lost();
        fail(kept.error());
    }

    void makeThumbnails() {
        for (auto it = m_received.cbegin(); it != m_received.cend(); ++it) {
            if (m_announced.contains(it.key()))
                continue; // its thumbnail went out with it
            const auto thumbnail = CacheIntake::makeThumbnail(*m_cache, it.key());
            if (!thumbnail && thumbnail.error().kind == Error::Kind::Unsupported)
                m_outcome.notDisplayable.append(
                    tr("Series %1: %2").arg(it.key(), thumbnail.error().message));
            emit m_retriever->seriesFinished(it.key(), thumbnail ? thumbnail.value() : QImage());
        }
    }

    DimseStudyRetriever* m_retriever;
    RetrieveRequest m_request;
    const std::atomic_bool& m_userCancelled;
    std::atomic_bool& m_stop; // the C-GET under way ends (cancelled, or the disk failed)
    std::unique_ptr<ImageCache> m_cache;
    DimseAssociation m_association;
    RetrieveOutcome m_outcome;
    RetrieveProgress m_progress;
    QHash<QString, QSet<QString>> m_listed;   // series → SOP Instance UIDs the node listed
    QHash<QString, QSet<QString>> m_received; // series → SOP Instance UIDs stored this run
    QSet<QString> m_announced;                // series announced complete before the end
    CacheBatch m_batch{*m_cache, m_request.studyUid}; // written, on their way into the index
    int m_lostCounted = 0;                            // of m_batch.lost(), taken from stored
    QElapsedTimer m_timer;
    bool m_checkedPatient = false;
    bool m_storageFailed = false;
    bool m_listingComplete = false; // every series' instances are known
    QStringList m_studySeries;      // every series of the study, as the node named them
    int m_refusedHere = 0;          // instances the node sent that Sightline did not keep
};

DimseStudyRetriever::DimseStudyRetriever(CacheConnections cache, QObject* parent)
    : ImageRetriever(parent)
    , m_cache(std::move(cache)) {
    qRegisterMetaType<RetrieveProgress>();
    qRegisterMetaType<RetrieveOutcome>();
    qRegisterMetaType<PatientMismatch>();
}

DimseStudyRetriever::~DimseStudyRetriever() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

void DimseStudyRetriever::start(const RetrieveRequest& request) {
    if (m_thread || !request.node)
        return;
    m_thread.reset(QThread::create([this, cache = m_cache, request] {
        Run run(this, cache, request, m_cancelled, m_stop);
        run.execute();
        emit finished(run.finish());
    }));
    m_thread->setObjectName(QStringLiteral("C-GET ") + request.node->display());
    m_thread->start();
}

void DimseStudyRetriever::cancel() {
    m_cancelled = true;
    m_stop = true;
}

} // namespace sightline
