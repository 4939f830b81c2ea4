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
