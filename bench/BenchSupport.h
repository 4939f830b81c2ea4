#pragma once
// Small helpers the sandbox benchmarks share.

#include "cache/ImageCache.h"
#include "imaging/StudyRetriever.h"

#include <QEventLoop>
#include <QList>
#include <QNetworkAccessManager>

#include <algorithm>

namespace sightline::bench {

inline double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// Retrieves a whole study into the cache at `cacheRoot`; true when the cache then holds all of it.
inline bool retrieveIntoCache(const QString& cacheRoot, const QString& studyUid,
                              const QUrl& serviceBase) {
    QNetworkAccessManager network;
    ImageCache cache(cacheRoot);
    StudyRetriever retriever(&network, nullptr, &cache);
    QEventLoop loop;
    QObject::connect(&retriever, &StudyRetriever::finished, &loop, &QEventLoop::quit);
    RetrieveRequest request;
    request.studyUid = studyUid;
    request.serviceBase = serviceBase;
    retriever.start(request);
    loop.exec();
    return cache.isStudyComplete(studyUid);
}

} // namespace sightline::bench
