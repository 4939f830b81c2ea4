#pragma once
// Sightline's audit service: takes AuditEvents from any capability without blocking it, writes
// them in batches to the AuditJournal on a worker thread, and answers queries (records,
// verification, pending forwards) asynchronously. record() is thread-safe; everything else is
// called from the thread that owns the AuditTrail.

#include "audit/AuditJournal.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <functional>

namespace sightline {

class AuditWriter;

class AuditTrail : public QObject {
    Q_OBJECT
public:
    // Opens (or creates) the journal at `journalPath` on a worker thread.
    explicit AuditTrail(const QString& journalPath, QObject* parent = nullptr);
    ~AuditTrail() override;

    static QString defaultJournalPath();

    // Queues an event; it is written within ~50 ms (or at once when many are waiting).
    void record(const QJsonObject& event);
    // Waits until everything recorded so far is on disk (for shutdown and tests).
    Status flush();

    void records(const AuditQuery& query, QObject* context,
                 std::function<void(QList<AuditRecord>)> callback);
    void verify(QObject* context, std::function<void(AuditVerifyReport)> callback);
    // Writes the matching records as NDJSON (one AuditEvent per line), atomically; the callback
    // gets the number of lines written.
    void exportNdjson(const AuditQuery& query, const QString& path, QObject* context,
                      std::function<void(Result<int>)> callback);
    // Store-and-forward: records not yet confirmed by `target`, and confirming them.
    void pendingForward(const QString& target, int limit, QObject* context,
                        std::function<void(QList<AuditRecord>, qint64 totalPending)> callback);
    void confirmForwarded(const QString& target, qint64 seq);
    QString journalPath() const { return m_path; }
    // Why the journal cannot be written (empty when it can).
    QString openError() const;

signals:
    // Emitted after each batch reaches the journal, with how many events it held.
    void written(int count);
    void failed(const QString& message);

private:
    template <typename Work, typename Deliver>
    void onWriter(QObject* context, Work work, Deliver deliver);

    QString m_path;
    QThread m_thread;
    AuditWriter* m_writer;
};

} // namespace sightline
