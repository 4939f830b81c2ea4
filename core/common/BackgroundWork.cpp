#include "common/BackgroundWork.h"

#include <QThread>

#include <algorithm>

namespace sightline {

namespace {
struct BackgroundPool : QThreadPool {
    BackgroundPool() {
        setObjectName(QStringLiteral("Sightline background work"));
        setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    }
};
Q_GLOBAL_STATIC(BackgroundPool, pool)
} // namespace

QThreadPool* backgroundPool() {
    return pool();
}

} // namespace sightline
