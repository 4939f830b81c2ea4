#include "imaging/StudyRetriever.h"

#include "cache/CacheBatch.h"
#include "cache/CacheIntake.h"
#include "cache/ImageCache.h"
#include "common/LogCategories.h"
#include "imaging/DicomWebClient.h"
#include "imaging/MultipartReader.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

#include <utility>

namespace sightline {

namespace {
// Writing an instance mostly waits for the disk (fdatasync): more writers than cores keep the
// disk's queue full while the network delivers. Eight, measured on two cores: BenchStudyRetrieval
// took 2-5 ms less than with four (the earlier count), and twelve were no faster.
QThreadPool* writerPool() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(std::max(8, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}
} // namespace

StudyRetriever::StudyRetriever(QNetworkAccessManager* network, NetworkRecorder* recorder,
                               ImageCache* cache, QObject* parent)
    : ImageRetriever(parent)
    , m_network(network)
    , m_recorder(recorder)
    , m_cache(cache) {
    qRegisterMetaType<RetrieveProgress>();
    qRegisterMetaType<RetrieveOutcome>();
    qRegisterMetaType<PatientMismatch>();
}

StudyRetriever::~StudyRetriever() {
    for (const QPointer<RestCall>& call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
    }
}

void StudyRetriever::start(const RetrieveRequest& request) {
    if (m_running)
        return;
    m_request = request;
    m_outcome = RetrieveOutcome{};
    m_outcome.studyUid = request.studyUid;
    m_progress = {};
    m_listed.clear();
    m_queue.clear();
    m_openJobs.clear();
    m_writing = 0;
    m_batch = std::make_unique<CacheBatch>(*m_cache, request.studyUid);
    m_lostCounted = 0;
    m_calls.clear();
    m_checkedPatient = request.expectedPatient.isEmpty();
    m_storageFailed = false;
    m_received.clear();
    m_wholeResponse = false;
    m_refusedWhole = false;
    m_refusedInParts = false;
    m_listingAsked = false;
    m_counted = -1;
    m_listedIsPartial = false;
    m_running = true;
    m_timer.start();
    if (!ImageCache::isValidUid(request.studyUid)) {
        fail(Error::make(Error::Kind::InvalidInput,
                         tr("Not a DICOM Study Instance UID: %1").arg(request.studyUid.left(80))));
        return finishIfIdle();
    }
    delete m_client;
    m_client = new DicomWebClient(m_network, m_recorder, request.serviceBase, this);
    m_client->setAuthorization(request.authorization);
    m_client->setQuirks(request.quirks);
    // A first retrieval of the whole study starts at once with one streamed request. A
    // complete answer is the whole study, so it needs no listing of series and instances (three
    // or more QIDO queries, costly for many servers): one study-level query gives the total for
    // the progress bar. Only an answer that is cut short, partial or wrong is checked against a
    // listing afterwards, which says what is still missing.
    m_wholeStudy =
        request.seriesUids.isEmpty() && m_cache->cachedInstanceCount(request.studyUid) == 0;
    if (m_wholeStudy) {
        m_queue.append({QString(), {}});
        m_openJobs[QString()] = 1;
        pump();
        countStudyInstances();
    } else if (request.seriesUids.isEmpty()) {
        listSeries();
    } else {
        listInstances(request.seriesUids);
    }
}

void StudyRetriever::countStudyInstances() {
    QidoQuery query;
    query.match = {{QStringLiteral("StudyInstanceUID"), m_request.studyUid}};
    query.includeFields = {QStringLiteral("00201208")}; // NumberOfStudyRelatedInstances
    ++m_pendingListings;
    m_calls.append(
        m_client->searchStudies(query, this, [this](const Result<QList<QJsonObject>>& studies) {
            --m_pendingListings;
            // For the progress bar, and to check the answer is whole. Without it the bar shows
            // activity rather than a fraction, and a closed answer is taken as the study.
            if (!studies) {
                qCInfo(lcImaging) << "No instance count for study" << m_request.studyUid << ":"
                                  << studies.error().toString();
            } else if (!studies->isEmpty() && m_listed.isEmpty()) {
                bool number = false;
                m_counted = DicomWebClient::value(studies->first(), "00201208").toInt(&number);
                if (number && m_counted > 0) {
                    m_progress.instancesTotal = m_counted;
                    emit progress(m_progress);
                } else {
                    m_counted = -1;
                }
            }
            maybeSeriesDone(QString());
            finishIfIdle();
        }));
}

void StudyRetriever::fail(const Error& error) {
    qCWarning(lcImaging) << "Retrieval problem:" << error.toString();
    m_outcome.errors.append(error);
}

void StudyRetriever::listSeries() {
    m_listingAsked = true;
    QidoQuery query;
    query.includeFields = {QStringLiteral("0020000E")};
    ++m_pendingListings;
    m_calls.append(m_client->searchSeries(
        m_request.studyUid, query, this, [this](const Result<QList<QJsonObject>>& series) {
            --m_pendingListings;
            if (!series) {
                if (series.error().kind != Error::Kind::Cancelled)
                    fail(series.error());
                return finishIfIdle();
            }
            QStringList uids;
            for (const QJsonObject& s : series.value())
                uids << DicomWebClient::value(s, "0020000E");
            if (uids.isEmpty())
                fail(Error::make(Error::Kind::NotFound,
                                 tr("The server lists no series for this study")));
            listInstances(uids);
            finishIfIdle();
        }));
}

void StudyRetriever::listInstances(const QStringList& seriesUids) {
    for (const QString& series : seriesUids) {
        if (!ImageCache::isValidUid(series)) {
            fail(Error::make(Error::Kind::MalformedData,
                             tr("The server named a series with an invalid UID")));
            continue;
        }
        QidoQuery query;
        query.includeFields = {QStringLiteral("00080018")};
        ++m_pendingListings;
        m_calls.append(m_client->searchInstances(
            m_request.studyUid, series, query, this,
            [this, series](const Result<QList<QJsonObject>>& instances) {
                --m_pendingListings;
                if (!instances) {
                    if (instances.error().kind != Error::Kind::Cancelled)
                        fail(instances.error());
                } else {
                    QSet<QString>& listed = m_listed[series];
                    for (const QJsonObject& i : instances.value())
                        listed.insert(DicomWebClient::value(i, "00080018"));
                }
                if (m_pendingListings == 0)
                    planJobs();
            }));
    }
    if (m_pendingListings == 0)
        planJobs();
}

void StudyRetriever::planJobs() {
    if (m_outcome.cancelled)
        return finishIfIdle();
    if (m_wholeStudy && m_refusedWhole && !m_listed.isEmpty()) {
        // Not given whole, but listed: series by series, as a resumed retrieval would.
        m_wholeStudy = false;
        m_openJobs.remove(QString());
        m_progress.instancesTotal = 0; // counted again from the listing below
        m_outcome.notes << tr("The server would not send the study as a whole (HTTP 404); it "
                              "was retrieved series by series");
    } else if (m_refusedWhole && m_outcome.errors.isEmpty()) {
        fail(Error::make(Error::Kind::NotFound,
                         tr("The server does not have this study (HTTP 404), and lists none of "
                            "its series")));
    }
    if (m_wholeStudy) { // already streamed (see start): the listing gives the total
        m_progress.instancesTotal = 0;
        for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it)
            m_progress.instancesTotal += int(it.value().size());
        emit progress(m_progress);
        maybeSeriesDone(QString());
        return finishIfIdle();
    }
    // Later runs fill the gaps series by series, or instance by instance.
    for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it) {
        const QSet<QString> cached = m_cache->cachedInstances(it.key());
        const QSet<QString> missing = it.value() - cached;
        m_progress.instancesTotal += int(it.value().size());
        m_outcome.alreadyCached += int((it.value() & cached).size());
        if (missing.isEmpty())
            continue;
        if (missing.size() == it.value().size()) {
            m_queue.append({it.key(), {}}); // nothing here yet: one streamed request
            m_openJobs[it.key()] = 1;
        } else {
            for (const QString& sop : missing) // resume: only what is missing
                m_queue.append({it.key(), sop});
            m_openJobs[it.key()] = int(missing.size());
        }
    }
    m_progress.instancesDone = m_outcome.alreadyCached;
    emit progress(m_progress);
    qCInfo(lcImaging) << "Retrieving" << m_progress.instancesTotal - m_progress.instancesDone
                      << "of" << m_progress.instancesTotal << "instances of study"
                      << m_request.studyUid << "in" << m_queue.size() << "requests";
    pump();
    finishIfIdle();
}

void StudyRetriever::pump() {
    while (m_active < std::max(1, m_request.maxConnections) && !m_queue.isEmpty() &&
           !m_outcome.cancelled && !m_storageFailed)
        runJob(m_queue.takeFirst());
}

void StudyRetriever::runJob(const Job& job) {
    ++m_active;
    m_calls.append(m_client->retrieve(
        m_request.studyUid, job.series, job.instance,
        [this](MultipartPart&& part) { return takePart(std::move(part)); }, this,
        [this, job](const Status& status, int parts, bool partial) {
            --m_active;
            const bool refusedWhole = m_wholeStudy && job.series.isEmpty() && !status &&
                                      status.error().kind == Error::Kind::NotFound && parts == 0;
            if (refusedWhole) {
                // The listing decides: a study the server lists is fetched series by series.
                m_refusedWhole = true;
                qCInfo(lcImaging) << "The server refused study" << m_request.studyUid
                                  << "as a whole; listing its series";
            } else if (m_refusedWhole && !status && status.error().kind == Error::Kind::NotFound) {
                // Listed, yet refused whole and in parts: say what that likely means, once.
                if (!std::exchange(m_refusedInParts, true))
                    fail(Error::make(
                        Error::Kind::NotFound,
                        tr("The server lists this study but will not send it, whole or series by "
                           "series (HTTP 404): it may hold this Study Instance UID under two "
                           "patients"),
                        status.error().toString(), 404));
            } else if (!status && status.error().kind != Error::Kind::Cancelled) {
                fail(status.error());
            }
            if (m_wholeStudy && job.series.isEmpty())
                m_wholeResponse = status.ok() && !partial;
            --m_openJobs[job.series];
            maybeSeriesDone(job.series);
            pump();
            finishIfIdle();
        }));
}

Status StudyRetriever::takePart(MultipartPart&& part) {
    if (m_storageFailed || m_outcome.cancelled)
        return Error::make(Error::Kind::Cancelled, tr("Retrieval stopped"));
    const QByteArray type = part.mediaType();
    if (!type.isEmpty() && type != "application/dicom") {
        // Not an instance: say so and keep reading the rest of the body.
        fail(Error::make(
            Error::Kind::MalformedData,
            tr("The server sent a part that is not DICOM (%1)").arg(QString::fromLatin1(type))));
        return Done{};
    }
    // Parse, check, hash and write on the thread pool; the network keeps flowing meanwhile.
    ++m_writing;
    auto* watcher = new QFutureWatcher<Result<CachedFile>>(this);
    connect(watcher, &QFutureWatcher<Result<CachedFile>>::finished, this, [this, watcher] {
        const Result<CachedFile> written = watcher->result();
        watcher->deleteLater();
        --m_writing;
        partWritten(written);
    });
    watcher->setFuture(QtConcurrent::run(
        writerPool(), [root = m_cache->root(), study = m_request.studyUid,
                       source = m_request.sourceServer, received = std::move(part.body)] {
            return CacheIntake::store(root, study, source, received);
        }));
    return Done{};
}

void StudyRetriever::partWritten(const Result<CachedFile>& written) {
    if (!written) {
        if (written.error().kind == Error::Kind::Storage && !m_storageFailed) {
            // A full disk fails every following write too: stop, keep what is stored.
            m_storageFailed = true;
            m_queue.clear();
            for (const QPointer<RestCall>& call : std::as_const(m_calls)) {
                if (call)
                    call->cancel();
            }
        }
        fail(written.error());
    } else {
        const CachedFile& file = written.value();
        comparePatientOnce(m_request, file.header, m_checkedPatient, m_outcome);
        m_received[file.header.seriesInstanceUid].insert(file.header.sopInstanceUid);
        const Status kept = m_batch->add(file);
        ++m_outcome.stored;
        m_outcome.bytes += file.size;
        ++m_progress.instancesDone;
        m_progress.bytes += file.size;
        emit progress(m_progress);
        keep(kept);
    }
    for (const QString& series : m_openJobs.keys())
        maybeSeriesDone(series);
    finishIfIdle();
}

void StudyRetriever::flushIndex() {
    if (m_batch)
        keep(m_batch->flush());
}

void StudyRetriever::keep(const Status& kept) {
    if (kept)
        return;
    m_storageFailed = true;
    m_outcome.stored = std::max(0, m_outcome.stored - (m_batch->lost() - m_lostCounted));
    m_lostCounted = m_batch->lost();
    fail(kept.error());
}

bool StudyRetriever::settleWholeStudyListing() {
    if (!m_listed.isEmpty())
        return true; // listed (the answer needed checking)
    int received = 0;
    for (const QSet<QString>& sops : std::as_const(m_received))
        received += int(sops.size());
    const bool trusted = m_wholeResponse && m_outcome.errors.isEmpty() && received > 0 &&
                         (m_counted <= 0 || received == m_counted);
    if (trusted || m_listingAsked || m_outcome.cancelled || m_storageFailed) {
        // What arrived is the study, or all that can be known of it now (then nothing is marked
        // complete: see recordCompleteness).
        m_listed = m_received;
        m_listedIsPartial = !trusted;
        if (trusted)
            m_progress.instancesTotal = received;
        return true;
    }
    // Cut short, partial (206), a part refused, or a count that disagrees: the listing says
    // what the study holds and so what is missing. Its answer comes back here.
    listSeries();
    return false;
}

void StudyRetriever::maybeSeriesDone(const QString& series) {
    // A series is done when its requests have ended and no part is still being written.
    if (m_openJobs.value(series, -1) != 0 || m_writing > 0 ||
        (series.isEmpty() && m_pendingListings > 0)) // whole study: thumbnails need the series
        return;
    if (series.isEmpty() && !settleWholeStudyListing())
        return;
    m_openJobs.remove(series);
    flushIndex();
    if (series.isEmpty()) { // the whole-study request
        for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it)
            seriesDone(it.key());
    } else {
        seriesDone(series);
    }
}

void StudyRetriever::seriesDone(const QString& series) {
    const auto thumbnail = CacheIntake::makeThumbnail(*m_cache, series);
    if (!thumbnail && thumbnail.error().kind == Error::Kind::NotFound)
        return;
    if (!thumbnail && thumbnail.error().kind == Error::Kind::Unsupported && m_client) {
        // Not decodable here (JPEG 2000): the server renders it (WADO-RS /rendered).
        QStringList cached = m_cache->cachedInstances(series).values();
        std::sort(cached.begin(), cached.end());
        renderThumbnail(series, cached.at(cached.size() / 2), thumbnail.error());
        return;
    }
    if (!thumbnail) {
        qCInfo(lcImaging) << "No thumbnail for series" << series << ":"
                          << thumbnail.error().toString();
        emit seriesFinished(series, {});
        return;
    }
    emit seriesFinished(series, thumbnail.value());
}

void StudyRetriever::renderThumbnail(const QString& series, const QString& instance,
                                     const Error& localError, int typeIndex) {
    const QList<QByteArray> types = DicomWebClient::renderedMediaTypes();
    ++m_active;
    m_calls.append(m_client->rendered(
        m_request.studyUid, series, instance, 128, types.at(typeIndex), this,
        [this, series, instance, localError, typeIndex, types](const Result<QImage>& rendered) {
            --m_active;
            if (!rendered && !m_outcome.cancelled && typeIndex + 1 < types.size() &&
                DicomWebClient::mayRenderInAnotherType(rendered.error()))
                return renderThumbnail(series, instance, localError, typeIndex + 1);
            if (rendered) {
                m_cache->storeThumbnail(series, rendered.value());
            } else if (!m_outcome.cancelled) {
                qCInfo(lcImaging) << "No rendered thumbnail for series" << series << ":"
                                  << rendered.error().toString();
                m_outcome.notDisplayable.append(
                    tr("Series %1: %2; the server could not render it: %3")
                        .arg(series, localError.message, rendered.error().message));
            }
            emit seriesFinished(series, rendered ? rendered.value() : QImage());
            finishIfIdle();
        }));
}

void StudyRetriever::cancel() {
    if (!m_running)
        return;
    m_outcome.cancelled = true;
    m_queue.clear();
    for (const QPointer<RestCall>& call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
    finishIfIdle();
}

void StudyRetriever::recordCompleteness() {
    if (m_outcome.cancelled || m_storageFailed || m_listedIsPartial)
        return;
    CacheIntake::recordCompleteness(*m_cache, m_request.studyUid, m_listed,
                                    m_request.seriesUids.isEmpty());
}

void StudyRetriever::finishIfIdle() {
    if (!m_running || m_active > 0 || m_pendingListings > 0 || m_writing > 0 ||
        (!m_queue.isEmpty() && !m_outcome.cancelled && !m_storageFailed))
        return;
    for (const QString& series : m_openJobs.keys())
        maybeSeriesDone(series);
    if (m_pendingListings > 0 || m_active > 0)
        return; // a listing or a server-rendered thumbnail started just now: it calls back
    flushIndex();
    m_running = false;
    int cachedNow = 0;
    for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it)
        cachedNow += int((it.value() & m_cache->cachedInstances(it.key())).size());
    m_outcome.missing = std::max(0, m_progress.instancesTotal - cachedNow);
    recordCompleteness();
    m_outcome.elapsedMs = m_timer.elapsed();
    qCInfo(lcImaging) << "Study" << m_request.studyUid << ":" << m_outcome.stored << "stored,"
                      << m_outcome.alreadyCached << "were cached," << m_outcome.missing
                      << "missing," << m_outcome.errors.size() << "problems";
    emit finished(m_outcome);
}

} // namespace sightline
