#include "CommandLineJobs.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTextStream>

namespace sightline {

Result<std::unique_ptr<CommandLineJobs>> CommandLineJobs::open(AppServices& services) {
    auto manager = services.jobs();
    if (!manager)
        return manager.error();
    return std::unique_ptr<CommandLineJobs>(new CommandLineJobs(services, manager.value()));
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
    if (const QDateTime until = QDateTime::fromString(
            p.value(QLatin1String("rateLimitedUntil")).toString(), Qt::ISODate);
        until.isValid() && !job.isFinished())
        line += QStringLiteral(" — ") +
                tr("rate-limited by the server, next try at %1")
                    .arg(until.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    if (!job.error.isEmpty())
        line += QStringLiteral(" — ") + job.error;
    return line;
}

int CommandLineJobs::wait(const QSet<qint64>& ids) {
    QTextStream err(stderr);
    QString last;
    QObject::connect(m_manager, &JobManager::jobChanged, m_manager, [&](const JobRecord& job) {
        if (!ids.contains(job.id))
            return;
        const QString line = progressLine(job);
        if (line != last)
            err << line << Qt::endl;
        last = line;
        bool allEnded = true;
        for (qint64 id : std::as_const(ids)) {
            const auto stored = id == job.id ? std::optional<JobRecord>(job) : store().get(id);
            allEnded = allEnded && stored && stored->isFinished();
        }
        if (allEnded)
            QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    m_manager->disconnect(m_manager);
    int code = 0;
    for (qint64 id : std::as_const(ids)) {
        const auto job = store().get(id);
        if (!job || job->state != JobRecord::State::Completed)
            code = 2;
    }
    return code;
}

} // namespace sightline
