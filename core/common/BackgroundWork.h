#pragma once
// Where Sightline's background work runs: parsing, resolving thousands of studies, cache scans,
// de-identification, key generation. Its own thread pool, never QThreadPool::globalInstance():
// Qt's raster painting splits large fills and image conversions across the global pool and
// waits for them on the GUI thread, so while Sightline's tasks filled that pool a repaint sat
// waiting (60–100 ms when 2,000 studies arrived on a 2-core machine). Use runInBackground()
// wherever QtConcurrent::run() would otherwise go.

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace sightline {

// The pool behind runInBackground(): as many threads as cores, at least two.
QThreadPool* backgroundPool();

template <typename Function, typename... Args>
auto runInBackground(Function&& function, Args&&... args) {
    return QtConcurrent::run(backgroundPool(), std::forward<Function>(function),
                             std::forward<Args>(args)...);
}

} // namespace sightline
