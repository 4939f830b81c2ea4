#include "audit/AuditWriter.h"

#include "common/LogCategories.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>

namespace sightline {

namespace {
constexpr int kBatchDelayMs = 50;
constexpr int kWriteAtOnce = 500;
} // namespace

AuditWriter::AuditWriter(QString path)
    : m_path(std::move(path)) {}

AuditWriter::~AuditWriter() = default;

void AuditWriter::open() {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    auto journal = AuditJournal::open(m_path);
    QMutexLocker lock(&m_mutex);
    if (!journal) {
        m_openError = journal.error().toString();
        qCCritical(lcApp) << "Audit journal unavailable:" << m_openError;
        return;
    }
    m_journal = std::move(journal).value();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kBatchDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { writePending(); });
}

QString AuditWriter::openError() const {
    QMutexLocker lock(&m_mutex);
    return m_openError;
}

void AuditWriter::enqueue(const QJsonObject& event) {
    qsizetype waiting = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append(event);
        waiting = m_pending.size();
    }
    // Wake the worker: at once for a burst, otherwise after a short delay to batch.
    QMetaObject::invokeMethod(this, [this, waiting] {
        if (!m_timer)
            return;
        if (waiting >= kWriteAtOnce)
            writePending();
        else if (!m_timer->isActive())
            m_timer->start();
    });
}

Status AuditWriter::writePending() {
    QList<QJsonObject> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    if (batch.isEmpty())
        return Done{};
    if (!m_journal) {
        // Keep the events: they are written once the journal can be opened.
        QMutexLocker lock(&m_mutex);
        m_pending = batch + m_pending;
        emit failed(m_openError);
        return Error::make(Error::Kind::Storage, m_openError);
    }
    const Status status = m_journal->appendBatch(batch);
    if (!status) {
        {
            QMutexLocker lock(&m_mutex);
            m_pending = batch + m_pending; // nothing is lost; retried with the next batch
        }
        qCWarning(lcApp) << "Audit write failed:" << status.error().toString();
        emit failed(status.error().toString());
        m_timer->start(1000);
        return status;
    }
    emit written(int(batch.size()));
    return Done{};
}

} // namespace sightline
