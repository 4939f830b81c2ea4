#pragma once
// What a push job sends, where from and where to: resources read from NDJSON files (or the
// folders an export wrote), or found on a source server by type (and optionally patient), sent
// to a target server with TransactionPush's options. Kept as JSON in the job store so a push
// continues after a restart. Pure value; thread-safe.

#include "exporting/TransactionPush.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace sightline {

struct PushServer {
    QString id; // the server profile, for its credentials
    QString name;
    QUrl fhirBase;
    QString caCertificatePath;
};

struct PushRequest {
    Q_DECLARE_TR_FUNCTIONS(PushRequest)

public:
    QStringList files; // NDJSON files or folders of them; empty = search the source server
    PushServer source;
    QString type;    // searched on the source server
    QString patient; // only this patient's resources (a Patient id), or empty for all
    PushServer target;
    PushOptions options;

    bool fromFiles() const { return !files.isEmpty(); }
    // Empty when the request can run, else what is missing.
    QString problem() const;
    QString describe() const;
    QJsonObject toJson() const;
    static PushRequest fromJson(const QJsonObject& json);
};

} // namespace sightline
