#include "jobs/PrefetchRunner.h"

#include "imaging/Retrieval.h"

#include "imaging/ImagingService.h"

namespace sightline {

PrefetchRunner::PrefetchRunner(ImagingService* imaging, ServerProfile server)
    : m_imaging(imaging)
    , m_server(std::move(server)) {
    m_link->runner = this;
}

PrefetchRunner::~PrefetchRunner() {
    {
        const std::lock_guard lock(m_link->mutex); // waits for the imaging thread's use
        m_link->runner = nullptr;
    }
    if (!m_done)
        stopRetrieval(); // paused: the retrieval stops too (it resumes from the cache later)
}

JobRecord PrefetchRunner::record(const ServerProfile& server, const QString& studyUid,
                                 const QString& patientReference, const QString& title) {
    JobRecord job;
    job.kind = QLatin1String(kind);
    job.title = title;
    job.target = QStringLiteral("prefetch:") + server.id;
    job.parameters = QJsonObject{{QStringLiteral("server"), server.id},
                                 {QStringLiteral("studyUid"), studyUid},
                                 {QStringLiteral("patient"), patientReference}};
    return job;
}

QString PrefetchRunner::serverOf(const JobRecord& job) {
    return job.parameters.value(QLatin1String("server")).toString();
}

void PrefetchRunner::stopRetrieval() {
    if (ImagingService* imaging = m_imaging.data())
        QMetaObject::invokeMethod(imaging, [imaging, uid = m_studyUid] { imaging->cancel(uid); });
}

void PrefetchRunner::start(const JobRecord& job) {
    m_studyUid = job.parameters.value(QLatin1String("studyUid")).toString();
    ImagingService* imaging = m_imaging.data();
    if (!imaging || m_studyUid.isEmpty()) {
        m_done = true;
        emit finished(Error::make(Error::Kind::InvalidInput, tr("Nothing to prefetch")));
        return;
    }
    const QString uid = m_studyUid;
    const std::shared_ptr<Link> link = m_link;
    const ServerProfile server = m_server;
    // ImagingService lives on the GUI thread: the lookup runs there, and the retrieval's signals
    // reach this runner queued. A retrieval already on its way (a Retrieve in the Studies panel)
    // is the one followed.
    QMetaObject::invokeMethod(imaging, [imaging, server, uid, link] {
        imaging->findStudy(server, uid, imaging, [imaging, server, uid, link](const auto& found) {
            // Held while the runner is used from here: it is not deleted meanwhile, and the
            // connections made are in place before it could be.
            const std::lock_guard lock(link->mutex);
            PrefetchRunner* runner = link->runner;
            if (!runner)
                return;
            if (!found || found->studies.isEmpty()) {
                if (!runner->m_done.exchange(true))
                    emit runner->finished(found ? Error::make(Error::Kind::NotFound,
                                                              tr("Study %1 was not found").arg(uid))
                                                : found.error());
                return;
            }
            Retrieval* retrieval =
                imaging->retrieve(server, found->studies.first(), found->identity);
            if (!retrieval) {
                if (!runner->m_done.exchange(true))
                    emit runner->finished(Error::make(
                        Error::Kind::NotFound,
                        tr("Study %1 names no DICOMweb service to retrieve it from").arg(uid)));
                return;
            }
            runner->follow(retrieval);
        });
    });
}

void PrefetchRunner::follow(Retrieval* retrieval) {
    connect(retrieval, &Retrieval::progress, this, [this](const RetrieveProgress& p) {
        if (m_done)
            return;
        emit progressChanged(QJsonObject{{QStringLiteral("phase"), QStringLiteral("retrieving")},
                                         {QStringLiteral("done"), p.instancesDone},
                                         {QStringLiteral("total"), p.instancesTotal},
                                         {QStringLiteral("bytes"), double(p.bytes)}});
    });
    connect(retrieval, &Retrieval::finished, this, [this](const RetrieveOutcome& outcome) {
        if (m_done.exchange(true))
            return;
        if (!outcome.complete()) {
            emit finished(
                outcome.errors.isEmpty()
                    ? Error::make(Error::Kind::Network, tr("%n instance(s) could not be retrieved",
                                                           nullptr, outcome.missing))
                    : outcome.errors.first());
            return;
        }
        JobOutcome done;
        done.progress =
            QJsonObject{{QStringLiteral("phase"), QStringLiteral("finished")},
                        {QStringLiteral("done"), outcome.stored + outcome.alreadyCached},
                        {QStringLiteral("total"), outcome.stored + outcome.alreadyCached},
                        {QStringLiteral("stored"), outcome.stored},
                        {QStringLiteral("alreadyCached"), outcome.alreadyCached},
                        {QStringLiteral("bytes"), double(outcome.bytes)}};
        done.summary =
            tr("%1 stored, %2 already in the cache").arg(outcome.stored).arg(outcome.alreadyCached);
        emit finished(done);
    });
}

void PrefetchRunner::cancel() {
    if (m_done.exchange(true))
        return;
    stopRetrieval();
    emit finished(Error::make(Error::Kind::Cancelled, tr("Cancelled")));
}

} // namespace sightline
