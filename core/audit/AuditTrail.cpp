#include "audit/AuditTrail.h"

#include "audit/AuditWriter.h"

#include <QPointer>
#include <QSaveFile>
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

void AuditTrail::records(const AuditQuery& query, QObject* context,
                         std::function<void(QList<AuditRecord>)> callback) {
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(m_writer, [this, query, receiver, callback = std::move(callback)] {
        m_writer->writePending();
        QList<AuditRecord> result =
            m_writer->journal() ? m_writer->journal()->records(query) : QList<AuditRecord>{};
        if (receiver)
            QMetaObject::invokeMethod(receiver, [callback, result] { callback(result); });
    });
}

void AuditTrail::verify(QObject* context, std::function<void(AuditVerifyReport)> callback) {
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(m_writer, [this, receiver, callback = std::move(callback)] {
        m_writer->writePending();
        AuditVerifyReport report = m_writer->journal()
                                       ? m_writer->journal()->verify()
                                       : AuditVerifyReport{0, false, 0, m_writer->openError()};
        if (receiver)
            QMetaObject::invokeMethod(receiver, [callback, report] { callback(report); });
    });
}

} // namespace sightline

namespace sightline {

void AuditTrail::exportNdjson(const AuditQuery& query, const QString& path, QObject* context,
                              std::function<void(Result<int>)> callback) {
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(m_writer, [this, query, path, receiver,
                                         callback = std::move(callback)] {
        m_writer->writePending();
        Result<int> result = Error::make(Error::Kind::Storage, m_writer->openError());
        if (m_writer->journal()) {
            const QList<AuditRecord> records = m_writer->journal()->records(query);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result = Error::make(Error::Kind::Storage, tr("Cannot write %1").arg(path),
                                     file.errorString());
            } else {
                for (const AuditRecord& r : records) {
                    file.write(r.json);
                    file.write("\n");
                }
                result = file.commit() ? Result<int>(int(records.size()))
                                       : Result<int>(Error::make(Error::Kind::Storage,
                                                                 tr("Cannot write %1").arg(path),
                                                                 file.errorString()));
            }
        }
        if (receiver)
            QMetaObject::invokeMethod(receiver, [callback, result] { callback(result); });
    });
}

void AuditTrail::pendingForward(const QString& target, int limit, QObject* context,
                                std::function<void(QList<AuditRecord>, qint64)> callback) {
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_writer, [this, target, limit, receiver, callback = std::move(callback)] {
            AuditJournal* journal = m_writer->journal();
            // A new target starts at the end of what was written before it was first asked
            // about; establish that before writing what is queued, which it must receive.
            if (journal)
                journal->forwardCursor(target);
            m_writer->writePending();
            QList<AuditRecord> records =
                journal ? journal->pendingFor(target, limit) : QList<AuditRecord>{};
            const qint64 total = journal ? journal->pendingCount(target) : 0;
            if (receiver)
                QMetaObject::invokeMethod(receiver,
                                          [callback, records, total] { callback(records, total); });
        });
}

void AuditTrail::confirmForwarded(const QString& target, qint64 seq) {
    QMetaObject::invokeMethod(m_writer, [this, target, seq] {
        if (m_writer->journal())
            m_writer->journal()->setForwardCursor(target, seq);
    });
}

} // namespace sightline
