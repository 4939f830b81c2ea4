#include "imaging/StudyRetriever.h"

#include "cache/ImageCache.h"
#include "common/LogCategories.h"
#include "dicom/DicomParser.h"
#include "dicom/DicomRenderer.h"
#include "imaging/DicomWebClient.h"
#include "imaging/MultipartReader.h"

namespace sightline {

StudyRetriever::StudyRetriever(QNetworkAccessManager* network, NetworkRecorder* recorder,
                               ImageCache* cache, QObject* parent)
    : QObject(parent)
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
    m_calls.clear();
    m_checkedPatient = request.expectedPatient.isEmpty();
    m_storageFailed = false;
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
    if (request.seriesUids.isEmpty())
        listSeries();
    else
        listInstances(request.seriesUids);
}

void StudyRetriever::fail(const Error& error) {
    qCWarning(lcImaging) << "Retrieval problem:" << error.toString();
    m_outcome.errors.append(error);
}

void StudyRetriever::listSeries() {
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
        [this, job](const Status& status, int) {
            --m_active;
            if (!status && status.error().kind != Error::Kind::Cancelled)
                fail(status.error());
            if (--m_openJobs[job.series] == 0)
                seriesDone(job.series);
            pump();
            finishIfIdle();
        }));
}

Status StudyRetriever::takePart(MultipartPart&& part) {
    const QByteArray type = part.mediaType();
    if (!type.isEmpty() && type != "application/dicom") {
        // Not an instance: say so and keep reading the rest of the body.
        fail(Error::make(
            Error::Kind::MalformedData,
            tr("The server sent a part that is not DICOM (%1)").arg(QString::fromLatin1(type))));
        return Done{};
    }
    const auto header = DicomParser::parse(part.body);
    if (!header) {
        fail(header.error());
        return Done{};
    }
    if (header->studyInstanceUid != m_request.studyUid) {
        fail(Error::make(Error::Kind::MalformedData,
                         tr("The server sent an instance of another study (%1)")
                             .arg(header->studyInstanceUid.left(64))));
        return Done{};
    }
    if (!m_checkedPatient) {
        m_checkedPatient = true;
        m_outcome.mismatch = PatientMatch::compare(m_request.expectedPatient, header.value());
        if (m_outcome.mismatch.isMismatch()) {
            qCWarning(lcImaging) << "Patient mismatch in study" << m_request.studyUid << ":"
                                 << m_outcome.mismatch.differences.join(QStringLiteral("; "));
            emit mismatchFound(m_outcome.mismatch);
        }
    }
    if (const Status stored =
            m_cache->store(header.value(), part.body, m_request.sourceServer, m_request.studyUid);
        !stored) {
        // A full disk fails every following write too: stop, keep what is stored.
        m_storageFailed = true;
        fail(stored.error());
        return stored;
    }
    ++m_outcome.stored;
    m_outcome.bytes += part.body.size();
    ++m_progress.instancesDone;
    m_progress.bytes += part.body.size();
    emit progress(m_progress);
    return Done{};
}

void StudyRetriever::seriesDone(const QString& series) {
    QStringList cached = m_cache->cachedInstances(series).values();
    if (cached.isEmpty())
        return;
    std::sort(cached.begin(), cached.end());
    const QString path = m_cache->instancePath(cached.at(cached.size() / 2));
    const auto thumbnail = DicomRenderer::thumbnailFromFile(path, 128);
    if (!thumbnail) {
        qCInfo(lcImaging) << "No thumbnail for series" << series << ":"
                          << thumbnail.error().toString();
        emit seriesFinished(series, {});
        return;
    }
    m_cache->storeThumbnail(series, thumbnail.value());
    emit seriesFinished(series, thumbnail.value());
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

void StudyRetriever::finishIfIdle() {
    if (!m_running || m_active > 0 || m_pendingListings > 0 ||
        (!m_queue.isEmpty() && !m_outcome.cancelled && !m_storageFailed))
        return;
    m_running = false;
    int cachedNow = 0;
    for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it)
        cachedNow += int((it.value() & m_cache->cachedInstances(it.key())).size());
    m_outcome.missing = m_progress.instancesTotal - cachedNow;
    m_outcome.elapsedMs = m_timer.elapsed();
    qCInfo(lcImaging) << "Study" << m_request.studyUid << ":" << m_outcome.stored << "stored,"
                      << m_outcome.alreadyCached << "were cached," << m_outcome.missing
                      << "missing," << m_outcome.errors.size() << "problems";
    emit finished(m_outcome);
}

} // namespace sightline
