#pragma once
// Pushes resources to a FHIR server without creating duplicates (the conditional-create
// pattern): each resource is sent in a transaction Bundle as POST with
// `ifNoneExist: identifier=<system>|<value>` for a chosen identifier system, in chunks;
// references between pushed resources are rewritten (urn:uuid within a Bundle, the created
// location across Bundles); a Provenance per Bundle records that Sightline pushed them. A dry
// run searches first and predicts 201 (created), 200 (already there) or 412 (several match).
// Per entry it records status, location, ETag and Last-Modified; a refused Bundle marks its
// entries with the server's OperationOutcome and the push goes on. Resources without an
// identifier in the chosen system are skipped (they could not be recognised next time).
// Runs on the FhirClient's thread; network work is asynchronous.

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace sightline {

class FhirClient;
class RestCall;

struct PushEntry {
    QString source;     // "Patient/123" as read
    QString identifier; // "system|value", empty when the resource has none in the system
    int predicted = 0;  // dry run: 201, 200 or 412; 0 when not predicted
    int status = 0;     // sent: HTTP status of the entry; 0 when not sent
    QString location;
    QString etag;
    QString lastModified;
    QString problem; // why skipped or refused

    // The status that counts: the predicted one in a dry run, else the one sent.
    int outcome(bool dryRun) const { return dryRun ? predicted : status; }
    QJsonObject toJson() const;
    static PushEntry fromJson(const QJsonObject& json);
};

// How a push went, counted from its entries.
struct PushTally {
    int created = 0;   // 201
    int existing = 0;  // 200: already on the target
    int ambiguous = 0; // 412: several resources carry the identifier
    int failed = 0;    // refused or not sent
    int skipped = 0;   // no identifier in the chosen system

    static PushTally of(const QList<PushEntry>& entries, bool dryRun);
};

struct PushOptions {
    QString identifierSystem;
    int chunkSize = 100;
    bool dryRun = false;
    bool provenance = true;
};

class TransactionPush : public QObject {
    Q_OBJECT
public:
    TransactionPush(FhirClient* target, QList<QJsonObject> resources, PushOptions options,
                    QObject* parent = nullptr);

    void start();
    void cancel();

    // The value of the first identifier in `system`, or empty.
    static QString identifierValue(const QJsonObject& resource, const QString& system);
    // The transaction Bundle for `resources` (pure: used by start() and tests). `known` maps
    // source references already pushed to their new ones.
    static QJsonObject bundleFor(const QList<QJsonObject>& resources, const PushOptions& options,
                                 const QHash<QString, QString>& known);

signals:
    void progress(int done, int total);
    void finished(const sightline::Result<QList<sightline::PushEntry>>& entries);

private:
    // Reports progress; true when nothing is left to do (finished was emitted, or it stopped).
    bool reportProgressOrFinish();
    void predictNext();
    void sendNextChunk();
    void fail(const Error& error);

    QPointer<FhirClient> m_target;
    QList<QJsonObject> m_resources; // the ones with an identifier, in push order
    QList<PushEntry> m_entries;     // every resource, skipped ones included
    QList<int> m_entryOf;           // m_resources index → m_entries index
    PushOptions m_options;
    QHash<QString, QString> m_pushed; // source reference → created reference
    int m_next = 0;
    QPointer<RestCall> m_call;
    bool m_done = false;
};

} // namespace sightline
