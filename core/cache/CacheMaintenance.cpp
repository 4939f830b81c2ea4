#include "cache/CacheMaintenance.h"

#include "common/BackgroundWork.h"
#include <QFutureWatcher>
#include <QPointer>

namespace sightline {

namespace {
// Runs `work` on the pool and hands its result to `done` on `context`'s thread.
template <typename T>
void runThenAnswer(QObject* owner, QObject* context, std::function<T()> work,
                   std::function<void(const T&)> done) {
    auto* watcher = new QFutureWatcher<T>(owner);
    QPointer<QObject> guard(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, guard, done] {
        watcher->deleteLater();
        if (guard)
            done(watcher->result());
    });
    watcher->setFuture(runInBackground(std::move(work)));
}
} // namespace

CacheMaintenance::CacheMaintenance(CacheConnections cache, QObject* parent)
    : QObject(parent)
    , m_cache(std::move(cache)) {}

void CacheMaintenance::stats(QObject* context, std::function<void(const CacheStats&)> done) {
    runThenAnswer<CacheStats>(
        this, context, [cache = m_cache] { return cache.open()->stats(); }, std::move(done));
}

void CacheMaintenance::verify(bool repair, QObject* context,
                              std::function<void(const CacheVerifyReport&)> done) {
    runThenAnswer<CacheVerifyReport>(
        this, context, [cache = m_cache, repair] { return cache.open()->verify(repair); },
        [this, done](const CacheVerifyReport& report) {
            if (report.repaired && !report.ok())
                emit changed();
            done(report);
        });
}

void CacheMaintenance::purgeAll(QObject* context, std::function<void(const Status&)> done) {
    runThenAnswer<Status>(
        this, context,
        [connections = m_cache]() -> Status {
            const auto opened = connections.open();
            ImageCache& cache = *opened;
            if (!cache.openError().isEmpty())
                return Error::make(Error::Kind::Storage,
                                   QObject::tr("The image cache cannot be opened"),
                                   cache.openError());
            return cache.purgeAll();
        },
        [this, done](const Status& status) {
            emit changed();
            done(status);
        });
}

void CacheMaintenance::cachedCounts(const QStringList& studies, QObject* context,
                                    std::function<void(const QHash<QString, int>&)> done) {
    runThenAnswer<QHash<QString, int>>(
        this, context,
        [connections = m_cache, studies] {
            const auto cache = connections.open();
            QHash<QString, int> counts;
            for (const QString& study : studies)
                counts.insert(study, int(cache->cachedInstanceCount(study)));
            return counts;
        },
        std::move(done));
}

} // namespace sightline
