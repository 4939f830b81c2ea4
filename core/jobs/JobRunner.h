#pragma once
// The work behind one kind of background job, as JobManager drives it: start (or continue
// after a restart, from the record's status URL or leftovers), report progress as JSON,
// record a checkpoint worth keeping across restarts, and finish with an outcome. A runner
// lives on JobManager's worker thread and must not block that thread's event loop for long
// (other jobs share it): long local work goes to a thread pool. Deleting a runner stops its
// work (pause); cancel() stops it and reports Cancelled.

#include "common/Result.h"
#include "jobs/JobRecord.h"

#include <QJsonObject>
#include <QObject>

namespace sightline {

struct JobOutcome {
    QJsonObject progress; // the final progress, merged into the record
    QString summary;      // one line for the audit trail and the Jobs panel
};

class JobRunner : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Called on the worker thread once the runner has been moved there.
    virtual void start(const JobRecord& job) = 0;
    // Thread-safe: may be called from the manager's thread.
    virtual void cancel() = 0;

signals:
    void checkpoint(const QString& statusUrl);
    void progressChanged(const QJsonObject& progress);
    void finished(const sightline::Result<sightline::JobOutcome>& outcome);
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::JobOutcome)
