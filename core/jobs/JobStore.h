#pragma once
// The persistent list of background jobs: an SQLite database (WAL) where each change is one
// atomic statement, so a crash leaves every job in its last recorded state and running jobs
// can be resumed at the next start. Not thread-safe: use one instance from one thread.

#include "common/Clock.h"
#include "common/Result.h"
#include "jobs/JobRecord.h"

#include <QList>
#include <QString>

#include <memory>

namespace sightline {

class JobStore {
public:
    ~JobStore();
    JobStore(const JobStore&) = delete;
    JobStore& operator=(const JobStore&) = delete;

    // `clock` dates what is stored (created, updated); it must outlive the store.
    static Result<std::unique_ptr<JobStore>> open(const QString& path,
                                                  const Clock& clock = Clock::system());
    static QString defaultPath();

    // Stores a new job (id, created and updated times are set) and returns it.
    Result<JobRecord> add(JobRecord job);
    Status update(const JobRecord& job);
    // A running job's progress (and status URL) only: never its state, which another process
    // may have changed meanwhile (`sightline jobs cancel` while a window runs the job).
    Status updateRunning(const JobRecord& job);
    std::optional<JobRecord> get(qint64 id) const;
    // Newest first.
    QList<JobRecord> list() const;
    // Queued, running and paused jobs, oldest first.
    QList<JobRecord> unfinished() const;
    Status remove(qint64 id);
    QString path() const { return m_path; }

private:
    JobStore(QString path, QString connection, const Clock& clock);
    QList<JobRecord> select(const QString& where, const QString& order) const;

    QString m_path;
    QString m_connection;
    const Clock& m_clock;
};

} // namespace sightline
