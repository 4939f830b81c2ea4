#include "viewers/OnDemandRetrieval.h"

#include "cache/ImageCache.h"
#include "gateway/SeriesFetcher.h"
#include "imaging/ImagingService.h"
#include "imaging/RetrieveRequest.h"

#include <QSet>

#include <condition_variable>
#include <mutex>

namespace sightline {

namespace {
QString busyKey(const QString& study, const QString& series) {
    return study + QLatin1Char('/') + series;
}

QString whyHeld(const PatientMismatch& mismatch) {
    return QStringLiteral("Sightline holds these images back: they name another patient than the "
                          "viewer's (%1). Open the study again in Sightline and confirm the "
                          "difference to see them.")
        .arg(mismatch.differences.join(QStringLiteral(" ")));
}

Error heldBack(const QString& why) {
    Error error = Error::make(Error::Kind::InvalidInput, why);
    error.httpStatus = 409;
    return error;
}
} // namespace

// How a request's wait ended: a retrieval that covered it finished (its error, if it had one),
// or nothing will bring it (`final`).
struct OnDemandRetrieval::Waiter {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    bool final = false;
    std::optional<Error> error;

    void finish(std::optional<Error> why, bool isFinal = false) {
        {
            std::lock_guard lock(mutex);
            if (finished)
                return;
            finished = true;
            final = isFinal;
            error = std::move(why);
        }
        done.notify_all();
    }
};

// The side the gateway's HTTP threads call; everything in it is guarded by its mutex. Nothing of
// a study is shown to a viewer before the study's images have been compared with the viewer's
// patient (here, once per viewer and study, or by the retrieval that brought them), nor while a
// retrieval of ours is still bringing the series asked for.
class OnDemandRetrieval::Bridge final : public SeriesFetcher {
public:
    Bridge(OnDemandRetrieval* driver, CacheConnections cache)
        : m_driver(driver)
        , m_cache(std::move(cache)) {}

    bool serves(const QString& sourceId) const override {
        std::lock_guard lock(m_mutex);
        return m_viewers.contains(sourceId);
    }

    Status fetch(const QString& sourceId, const QString& study, const QString& series,
                 std::chrono::milliseconds wait) override {
        const auto deadline = std::chrono::steady_clock::now() + wait;
        for (;;) {
            if (const auto refused = refusal(sourceId, study))
                return *refused;
            const Showing first = mayShow(sourceId, study, series);
            if (first == Showing::Yes)
                return Status(Done{});
            if (const auto refused = refusal(sourceId, study)) // held by the comparison just made
                return *refused;
            const auto waiter = std::make_shared<Waiter>();
            {
                std::lock_guard lock(m_mutex);
                if (!m_driver || m_closed)
                    return Error::make(Error::Kind::Cancelled,
                                       QStringLiteral("Sightline's gateway is stopping"));
                m_outstanding.removeIf([](const std::weak_ptr<Waiter>& w) { return w.expired(); });
                m_outstanding.append(waiter);
                QMetaObject::invokeMethod(
                    m_driver,
                    [driver = m_driver, sourceId, study, series, waiter] {
                        driver->request(sourceId, study, series, waiter);
                    },
                    Qt::QueuedConnection);
            }
            std::unique_lock lock(waiter->mutex);
            if (!waiter->done.wait_until(lock, deadline, [&] { return waiter->finished; }))
                return Error::make(Error::Kind::Timeout,
                                   QStringLiteral("The images are still coming from %1; try again "
                                                  "in a moment")
                                       .arg(nodeName(sourceId)));
            const bool final = waiter->final;
            const std::optional<Error> error = waiter->error;
            lock.unlock();
            if (final)
                return *error;
            if (const auto refused = refusal(sourceId, study))
                return *refused;
            const Showing now = mayShow(sourceId, study, series);
            if (now == Showing::Yes)
                return Status(Done{});
            if (const auto refused = refusal(sourceId, study))
                return *refused;
            if (now == Showing::NotInCache) {
                if (error)
                    return *error;
                return Error::make(
                    Error::Kind::NotFound,
                    series.isEmpty()
                        ? QStringLiteral("%1 did not send the whole study").arg(nodeName(sourceId))
                        : QStringLiteral("%1 did not send series %2")
                              .arg(nodeName(sourceId), series));
            }
            // In the cache, but a newer retrieval of ours is bringing it again: wait for that
            // one's comparison too.
        }
    }

    void releaseWaiting() override {
        QList<std::weak_ptr<Waiter>> outstanding;
        {
            std::lock_guard lock(m_mutex);
            m_closed = true; // until resumeWaiting(): a request arriving now gives up too
            outstanding.swap(m_outstanding);
        }
        for (const auto& weak : outstanding) {
            if (const auto waiter = weak.lock())
                waiter->finish(Error::make(Error::Kind::Cancelled,
                                           QStringLiteral("Sightline's gateway stopped")),
                               true);
        }
    }

    bool holds(const QString& sourceId, const QString& study) const override {
        std::lock_guard lock(m_mutex);
        return isHeldLocked(sourceId, study);
    }
    bool namesAnotherPatient(const QString& sourceId, const QString& study,
                             const DicomHeader& answered) const override {
        PatientIdentity patient;
        {
            std::lock_guard lock(m_mutex);
            if (m_confirmed.value(sourceId).contains(study))
                return false;
            patient = m_viewers.value(sourceId).patient;
        }
        return !patient.isEmpty() && PatientMatch::compareAnswer(patient, answered).isMismatch();
    }
    void resumeWaiting() override {
        std::lock_guard lock(m_mutex);
        m_closed = false;
    }

    // GUI thread.
    void add(const QString& sourceId, const Viewer& viewer) {
        std::lock_guard lock(m_mutex);
        m_viewers.insert(sourceId, viewer);
        if (viewer.mismatchConfirmed) { // for the study it was opened on, not the others
            m_confirmed[sourceId].insert(viewer.study.studyUid);
            m_held[sourceId].remove(viewer.study.studyUid);
        }
    }
    std::optional<Viewer> viewer(const QString& sourceId) const {
        std::lock_guard lock(m_mutex);
        if (auto it = m_viewers.constFind(sourceId); it != m_viewers.cend())
            return *it;
        return std::nullopt;
    }
    // The series (empty: all) of `study` a retrieval of ours is bringing, or none.
    void setBusy(const QString& study, const std::optional<QStringList>& series) {
        std::lock_guard lock(m_mutex);
        m_busy.removeIf(
            [&](const QString& key) { return key.startsWith(study + QLatin1Char('/')); });
        if (!series)
            return;
        if (series->isEmpty())
            m_busy.insert(busyKey(study, {}));
        for (const QString& uid : *series)
            m_busy.insert(busyKey(study, uid));
    }
    // A series a retrieval of ours was bringing is whole before the retrieval ends.
    void setArrived(const QString& study, const QString& series) {
        std::lock_guard lock(m_mutex);
        m_busy.remove(busyKey(study, series));
    }
    // Every viewer that did not confirm a mismatch in this study stops showing it.
    void hold(const QString& study, const QString& why) {
        std::lock_guard lock(m_mutex);
        for (auto it = m_viewers.cbegin(); it != m_viewers.cend(); ++it)
            holdLocked(it.key(), study, why);
    }
    void detach() {
        {
            std::lock_guard lock(m_mutex);
            m_driver = nullptr;
        }
        releaseWaiting();
    }

private:
    void holdLocked(const QString& sourceId, const QString& study, const QString& why) {
        if (m_confirmed.value(sourceId).contains(study))
            return;
        m_held[sourceId].insert(study, why);
        m_compared[sourceId].remove(study);
    }

    // Why the request is refused without waiting: no such viewer, or the study held back.
    std::optional<Error> refusal(const QString& sourceId, const QString& study) const {
        std::lock_guard lock(m_mutex);
        if (!m_viewers.contains(sourceId))
            return Error::make(Error::Kind::NotFound,
                               QStringLiteral("No viewer was opened on this source"));
        if (const QString why = m_held.value(sourceId).value(study); !why.isEmpty())
            return heldBack(why);
        return std::nullopt;
    }

    // Whether what is asked for is in the cache and may be shown to this viewer: not while a
    // retrieval of ours brings it (NotYet: its comparison is still to come), not while the study
    // is held, and only once the study's images have been compared with the viewer's patient
    // (a mismatch holds the study back instead).
    enum class Showing { Yes, NotYet, NotInCache };
    Showing mayShow(const QString& sourceId, const QString& study, const QString& series) {
        ImageCache& cache = m_cache.forThisThread();
        if (series.isEmpty() ? !cache.isStudyComplete(study) : !cache.isSeriesComplete(series))
            return Showing::NotInCache;
        PatientIdentity patient;
        {
            std::lock_guard lock(m_mutex);
            const bool busy =
                m_busy.contains(busyKey(study, {})) ||
                (series.isEmpty() ? std::any_of(m_busy.cbegin(), m_busy.cend(),
                                                [&](const QString& key) {
                                                    return key.startsWith(study + QLatin1Char('/'));
                                                })
                                  : m_busy.contains(busyKey(study, series)));
            if (busy || isHeldLocked(sourceId, study))
                return Showing::NotYet;
            if (m_compared.value(sourceId).contains(study) ||
                m_confirmed.value(sourceId).contains(study))
                return Showing::Yes;
            patient = m_viewers.value(sourceId).patient;
        }
        // Reads the cache index and one file: this is an HTTP thread, not the window's.
        const PatientMismatch mismatch = patient.isEmpty()
                                             ? PatientMismatch()
                                             : PatientMatch::compareCached(cache, study, patient);
        std::lock_guard lock(m_mutex);
        if (mismatch.isMismatch())
            holdLocked(sourceId, study, whyHeld(mismatch));
        // Held meanwhile (a retrieval found another patient while this compared): not shown.
        if (isHeldLocked(sourceId, study))
            return Showing::NotYet;
        m_compared[sourceId].insert(study);
        return Showing::Yes;
    }

    bool isHeldLocked(const QString& sourceId, const QString& study) const {
        return m_held.value(sourceId).contains(study) &&
               !m_confirmed.value(sourceId).contains(study);
    }

    QString nodeName(const QString& sourceId) const {
        std::lock_guard lock(m_mutex);
        const Viewer viewer = m_viewers.value(sourceId);
        return viewer.server.name.isEmpty() ? viewer.server.dicomNode.display()
                                            : viewer.server.name;
    }

    mutable std::mutex m_mutex;
    OnDemandRetrieval* m_driver; // null once it is gone
    CacheConnections m_cache;
    QHash<QString, Viewer> m_viewers;               // by source
    QHash<QString, QSet<QString>> m_confirmed;      // by source: studies whose mismatch the
                                                    // user confirmed
    QHash<QString, QSet<QString>> m_compared;       // by source: studies that agreed
    QHash<QString, QHash<QString, QString>> m_held; // by source: study → why
    QSet<QString> m_busy; // "study/series" keys a retrieval of ours is bringing ("study/": all)
    QList<std::weak_ptr<Waiter>> m_outstanding;
    bool m_closed = false; // the gateway is stopping: nothing new waits
};

OnDemandRetrieval::OnDemandRetrieval(ImagingService* imaging, QObject* parent)
    : QObject(parent)
    , m_imaging(imaging)
    , m_bridge(std::make_shared<Bridge>(this, imaging->cache())) {
    connect(imaging, &ImagingService::finished, this, &OnDemandRetrieval::retrievalFinished);
    connect(imaging, &ImagingService::mismatchFound, this, &OnDemandRetrieval::holdBack);
    connect(imaging, &ImagingService::seriesComplete, this, &OnDemandRetrieval::seriesArrived);
}

OnDemandRetrieval::~OnDemandRetrieval() {
    m_bridge->detach();
}

std::shared_ptr<SeriesFetcher> OnDemandRetrieval::fetcher() const {
    return m_bridge;
}

void OnDemandRetrieval::serve(const QString& sourceId, const Viewer& viewer) {
    m_bridge->add(sourceId, viewer);
}

void OnDemandRetrieval::request(const QString& sourceId, const QString& study,
                                const QString& series, const std::shared_ptr<Waiter>& waiter) {
    if (!m_bridge->viewer(sourceId) || !m_imaging) {
        waiter->finish(Error::make(Error::Kind::NotFound,
                                   QStringLiteral("No viewer was opened on this source")),
                       true);
        return;
    }
    // Its series already announced whole by the running retrieval (the request saw it busy just
    // before the announcement came): it goes at once.
    if (!series.isEmpty() && m_arrived.value(study).contains(series)) {
        waiter->finish(std::nullopt);
        return;
    }
    QList<Waiting>& waiting = m_waiting[study];
    waiting.append({sourceId, series, waiter});
    // A viewer asks for its series all at once: those already on their way here (queued) join
    // the first retrieval, which brings them in the order asked, each served once it is whole.
    if (waiting.size() == 1 && !m_imaging->isRetrieving(study))
        QMetaObject::invokeMethod(
            this,
            [this, study] {
                if (m_imaging && !m_imaging->isRetrieving(study))
                    retrieveNext(study);
            },
            Qt::QueuedConnection);
}

void OnDemandRetrieval::retrieveNext(const QString& study) {
    const QList<Waiting> waiting = m_waiting.value(study);
    if (waiting.isEmpty())
        return;
    // The series in the order they were asked for; a request for the whole study takes it all.
    QStringList series;
    bool whole = false;
    for (const Waiting& w : waiting) {
        whole = whole || w.series.isEmpty();
        if (!w.series.isEmpty() && !series.contains(w.series))
            series.append(w.series);
    }
    if (whole)
        series.clear();
    const std::optional<Viewer> viewer = m_bridge->viewer(waiting.first().sourceId);
    ImagingStudyRecord record = viewer ? viewer->study : ImagingStudyRecord();
    if (record.studyUid != study) { // another study of the patient, from the same node
        ImagingStudyRecord other;
        other.studyUid = study;
        other.patientReference = record.patientReference;
        other.endpoint = record.endpoint;
        record = other;
    }
    Retrieval* retrieval =
        viewer && m_imaging ? m_imaging->retrieve(viewer->server, record, viewer->patient, series)
                            : nullptr;
    if (!retrieval) {
        const Error error =
            Error::make(Error::Kind::Unsupported,
                        record.problem.isEmpty() ? QStringLiteral("The study cannot be retrieved")
                                                 : record.problem);
        for (const Waiting& w : m_waiting.take(study))
            w.waiter->finish(error, true);
        return;
    }
    m_asked.insert(study, series);
    m_bridge->setBusy(study, series);
}

void OnDemandRetrieval::seriesArrived(const QString& study, const QString& series) {
    // Only a retrieval of ours, and a series it was asked for: its waiters go now (their
    // comparison with the patient came first, through mismatchFound).
    const auto asked = m_asked.constFind(study);
    if (asked == m_asked.cend() || !asked->contains(series))
        return;
    m_bridge->setArrived(study, series);
    m_arrived[study].insert(series);
    const auto waiting = m_waiting.find(study);
    if (waiting == m_waiting.end())
        return;
    waiting->removeIf([&series](const Waiting& w) {
        if (w.series != series)
            return false;
        w.waiter->finish(std::nullopt);
        return true;
    });
}

void OnDemandRetrieval::retrievalFinished(const QString& study, const RetrieveOutcome& outcome) {
    if (outcome.mismatch.isMismatch())
        holdBack(study, outcome.mismatch);
    const std::optional<QStringList> asked =
        m_asked.contains(study) ? std::optional(m_asked.take(study)) : std::nullopt;
    m_arrived.remove(study);
    m_bridge->setBusy(study, std::nullopt);
    const QList<Waiting> waiting = m_waiting.take(study);
    QList<Waiting> later; // asked for what this retrieval did not bring: the next one will
    std::optional<Error> error;
    if (outcome.cancelled)
        error = Error::make(Error::Kind::Cancelled,
                            QStringLiteral("The retrieval was cancelled in Sightline"));
    else if (!outcome.errors.isEmpty())
        error = outcome.errors.first();
    for (const Waiting& w : waiting) {
        // Only a retrieval of ours says what it covered; another's (the Studies panel's, say)
        // leaves its waiters to the next one of ours, which finds what it brought.
        const bool covered = asked && (asked->isEmpty() || asked->contains(w.series));
        if (covered)
            w.waiter->finish(error);
        else
            later.append(w);
    }
    if (later.isEmpty())
        return;
    if (!m_imaging) { // nothing will bring them now
        for (const Waiting& w : later)
            w.waiter->finish(
                Error::make(Error::Kind::Cancelled, QStringLiteral("Sightline is closing")), true);
        return;
    }
    m_waiting.insert(study, later);
    if (!m_imaging->isRetrieving(study))
        retrieveNext(study);
}

void OnDemandRetrieval::holdBack(const QString& study, const PatientMismatch& mismatch) {
    m_bridge->hold(study, whyHeld(mismatch));
}

} // namespace sightline
