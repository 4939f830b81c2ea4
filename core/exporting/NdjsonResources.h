#pragma once
// Reads FHIR resources from NDJSON files, or from folders of them (what a bulk export wrote),
// for a push. Within a folder Patient files come first and the rest follow by name, so
// references to patients can be rewritten to the ones already pushed; an export's error files
// (errors*.ndjson) are left out. Lines that are not JSON
// objects are counted and named, never silently dropped. Blocking file work: call it off the
// GUI thread.

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>

namespace sightline {

struct NdjsonResources {
    Q_DECLARE_TR_FUNCTIONS(NdjsonResources)

public:
    QList<QJsonObject> resources;
    qint64 malformedLines = 0;
    QStringList problems; // "file line N is not a JSON object", the first few

    // The NDJSON files `paths` stand for (folders expanded), in push order.
    static QStringList filesIn(const QStringList& paths);
    // Fails when a file cannot be read or there is nothing to read; stops when `cancelled`.
    static Result<NdjsonResources> read(const QStringList& paths,
                                        const std::atomic_bool* cancelled = nullptr);
};

} // namespace sightline
