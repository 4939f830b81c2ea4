#include "CommandLineJobs.h"

#include <QJsonObject>
#include <QTextStream>

namespace sightline {

CommandLineJobs::CommandLineJobs(std::unique_ptr<JobStore> store)
    : m_store(std::move(store))
    , m_audit(AuditTrail::defaultJournalPath())
    , m_manager(std::make_unique<JobManager>(m_store.get(), &m_network, &m_audit)) {}

CommandLineJobs::~CommandLineJobs() {
    m_manager.reset(); // running jobs stay "running" in the store for `jobs resume`
    m_audit.flush();
}

Result<std::unique_ptr<CommandLineJobs>> CommandLineJobs::open() {
    auto store = JobStore::open(JobStore::defaultPath());
    if (!store)
        return store.error();
    return std::unique_ptr<CommandLineJobs>(new CommandLineJobs(std::move(store.value())));
}

QString CommandLineJobs::progressLine(const JobRecord& job) {
    const QJsonObject p = job.progress;
    const QString phase = p.value(QLatin1String("phase")).toString();
    QString line =
        QStringLiteral("[%1] %2 %3").arg(job.id).arg(JobRecord::stateName(job.state), phase);
    if (p.value(QLatin1String("serverPercent")).toInt(-1) >= 0 && phase == QLatin1String("waiting"))
        line += QStringLiteral(" %1%").arg(p.value(QLatin1String("serverPercent")).toInt());
    const int filesTotal = p.value(QLatin1String("filesTotal")).toInt();
    if (filesTotal > 0 && job.kind == QLatin1String("bulk-export"))
        line += tr(" %1/%2 files, %3 resources, %4 kB")
                    .arg(p.value(QLatin1String("filesDone")).toInt())
                    .arg(filesTotal)
                    .arg(qint64(p.value(QLatin1String("resources")).toDouble()))
                    .arg(qint64(p.value(QLatin1String("bytes")).toDouble()) / 1024);
    else if (filesTotal > 0)
        line += tr(" %1/%2 files, %3 kB")
                    .arg(p.value(QLatin1String("filesDone")).toInt())
                    .arg(filesTotal)
                    .arg(qint64(p.value(QLatin1String("bytes")).toDouble()) / 1024);
    else if (p.value(QLatin1String("total")).toInt() > 0)
        line += tr(" %1/%2 resources")
                    .arg(p.value(QLatin1String("done")).toInt())
                    .arg(p.value(QLatin1String("total")).toInt());
    if (!job.error.isEmpty())
        line += QStringLiteral(" — ") + job.error;
    return line;
}

int CommandLineJobs::wait(const QSet<qint64>& ids) {
    QTextStream err(stderr);
    QString last;
    QObject::connect(
        m_manager.get(), &JobManager::jobChanged, m_manager.get(), [&](const JobRecord& job) {
            if (!ids.contains(job.id))
                return;
            const QString line = progressLine(job);
            if (line != last)
                err << line << Qt::endl;
            last = line;
            bool allEnded = true;
            for (qint64 id : std::as_const(ids)) {
                const auto stored = id == job.id ? std::optional<JobRecord>(job) : m_store->get(id);
                allEnded = allEnded && stored && stored->isFinished();
            }
            if (allEnded)
                QCoreApplication::exit(0);
        });
    QCoreApplication::exec();
    m_manager->disconnect(m_manager.get());
    int code = 0;
    for (qint64 id : std::as_const(ids)) {
        const auto job = m_store->get(id);
        if (!job || job->state != JobRecord::State::Completed)
            code = 2;
    }
    return code;
}

} // namespace sightline
