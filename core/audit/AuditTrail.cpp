#include "audit/AuditTrail.h"

#include "audit/AuditWriter.h"

#include <QPointer>
#include <QStandardPaths>

namespace sightline {

AuditTrail::AuditTrail(const QString& journalPath, QObject* parent)
    : QObject(parent)
    , m_path(journalPath)
    , m_writer(new AuditWriter(journalPath)) {
    qRegisterMetaType<AuditVerifyReport>();
    m_thread.setObjectName(QStringLiteral("audit"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &AuditWriter::written, this, &AuditTrail::written);
    connect(m_writer, &AuditWriter::failed, this, &AuditTrail::failed);
    m_thread.start();
    QMetaObject::invokeMethod(m_writer, &AuditWriter::open, Qt::BlockingQueuedConnection);
}

AuditTrail::~AuditTrail() {
    flush();
    m_thread.quit();
    m_thread.wait();
}

QString AuditTrail::defaultJournalPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit/journal.db");
}

QString AuditTrail::openError() const {
    return m_writer->openError();
}

void AuditTrail::record(const QJsonObject& event) {
    m_writer->enqueue(event);
}

Status AuditTrail::flush() {
    Status result = Done{};
    // A short blocking hand-off to the worker (no nested event loop); used at shutdown and in
    // tests.
    QMetaObject::invokeMethod(
        m_writer, [&] { result = m_writer->writePending(); }, Qt::BlockingQueuedConnection);
    return result;
}

// Runs `work` on the audit thread and hands its result to `deliver` on the context's thread;
// nothing is delivered once the context is gone.
template <typename Work, typename Deliver>
void AuditTrail::onWriter(QObject* context, Work work, Deliver deliver) {
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_writer, [this, receiver, work = std::move(work), deliver = std::move(deliver)] {
            auto result = work(m_writer);
            if (receiver)
                QMetaObject::invokeMethod(receiver, [deliver, result] { deliver(result); });
        });
}

void AuditTrail::records(const AuditQuery& query, QObject* context,
                         std::function<void(QList<AuditRecord>)> callback) {
    onWriter(
        context,
        [query](AuditWriter* writer) {
            writer->writePending();
            return writer->journal() ? writer->journal()->records(query) : QList<AuditRecord>{};
        },
        std::move(callback));
}

void AuditTrail::verify(QObject* context, std::function<void(AuditVerifyReport)> callback) {
    onWriter(
        context,
        [](AuditWriter* writer) {
            writer->writePending();
            return writer->journal() ? writer->journal()->verify()
                                     : AuditVerifyReport{0, false, 0, writer->openError()};
        },
        std::move(callback));
}

void AuditTrail::exportNdjson(const AuditQuery& query, const QString& path, QObject* context,
                              std::function<void(Result<int>)> callback) {
    onWriter(
        context,
        [query, path](AuditWriter* writer) -> Result<int> {
            writer->writePending();
            if (!writer->journal())
                return Error::make(Error::Kind::Storage, writer->openError());
            return AuditJournal::saveNdjson(writer->journal()->records(query), path);
        },
        std::move(callback));
}

void AuditTrail::pendingForward(const QString& target, int limit, QObject* context,
                                std::function<void(QList<AuditRecord>, qint64)> callback) {
    onWriter(
        context,
        [target, limit](AuditWriter* writer) {
            AuditJournal* journal = writer->journal();
            // A new target starts at the end of what was written before it was first asked
            // about; establish that before writing what is queued, which it must receive.
            if (journal)
                journal->forwardCursor(target);
            writer->writePending();
            return qMakePair(journal ? journal->pendingFor(target, limit) : QList<AuditRecord>{},
                             journal ? journal->pendingCount(target) : qint64(0));
        },
        [callback = std::move(callback)](const QPair<QList<AuditRecord>, qint64>& pending) {
            callback(pending.first, pending.second);
        });
}

void AuditTrail::confirmForwarded(const QString& target, qint64 seq) {
    QMetaObject::invokeMethod(m_writer, [this, target, seq] {
        if (m_writer->journal())
            m_writer->journal()->setForwardCursor(target, seq);
    });
}

} // namespace sightline
