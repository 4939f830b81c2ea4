#pragma once
// A prefetch as a job: puts one study into the image cache ahead of use (when the EHR opens it,
// say), so it shows in the Jobs panel with progress and can be cancelled. The retrieval itself
// is ImagingService's (the same credentials, resume, patient check and audit as a Retrieve in
// the Studies panel): the runner asks it on its thread and reports what it hears.

#include "jobs/JobRunner.h"
#include "servers/ServerProfile.h"

#include <QPointer>

#include <atomic>
#include <memory>
#include <mutex>

namespace sightline {

class Retrieval;

class ImagingService;

class PrefetchRunner : public JobRunner {
    Q_OBJECT
public:
    static constexpr const char* kind = "prefetch";

    PrefetchRunner(ImagingService* imaging, ServerProfile server);
    ~PrefetchRunner() override;

    // The job for `studyUid` found on `server` (target "prefetch:SERVER", so prefetches queue
    // behind each other, not behind a long export to the same server).
    static JobRecord record(const ServerProfile& server, const QString& studyUid,
                            const QString& patientReference, const QString& title);
    static QString serverOf(const JobRecord& job);

    void start(const JobRecord& job) override;
    void cancel() override;

private:
    void stopRetrieval();
    // Takes the retrieval's progress and outcome as this job's (called on the imaging thread).
    void follow(Retrieval* retrieval);

    // How the imaging thread reaches this runner, which lives (and is deleted) on the jobs
    // thread: under the lock, `runner` is either alive or null, never half destroyed.
    struct Link {
        std::mutex mutex;
        PrefetchRunner* runner = nullptr;
    };
    std::shared_ptr<Link> m_link = std::make_shared<Link>();

    QPointer<ImagingService> m_imaging;
    ServerProfile m_server;
    QString m_studyUid;
    std::atomic<bool> m_done{false};
};

} // namespace sightline
