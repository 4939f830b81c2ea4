#pragma once
// The worker-thread half of AuditTrail: owns the AuditJournal (SQLite connections are bound to
// the thread that opened them), batches incoming events and runs queries. Lives on AuditTrail's
// worker thread; its slots are invoked through queued connections only.

#include "audit/AuditJournal.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <memory>

namespace sightline {

class AuditWriter : public QObject {
    Q_OBJECT
public:
    explicit AuditWriter(QString path);
    ~AuditWriter() override;

    // Thread-safe: called by producers on any thread.
    void enqueue(const QJsonObject& event);
    QString openError() const;

    // Worker thread only.
    void open();
    Status writePending();
    AuditJournal* journal() const { return m_journal.get(); }

signals:
    void written(int count);
    void failed(const QString& message);

private:
    QString m_path;
    std::unique_ptr<AuditJournal> m_journal;
    QString m_openError;
    mutable QMutex m_mutex;
    QList<QJsonObject> m_pending;
    QTimer* m_timer = nullptr;
};

} // namespace sightline
