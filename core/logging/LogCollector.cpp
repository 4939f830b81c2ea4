#include "logging/LogCollector.h"

#include "common/Clock.h"
#include "network/Redactor.h"

#include <atomic>

namespace sightline {

namespace {
std::atomic<LogCollector*> g_collector{nullptr};
QtMessageHandler g_previous = nullptr;
} // namespace

QString LogEntry::typeName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

LogCollector::LogCollector(int capacity, QObject* parent)
    : QObject(parent)
    , m_capacity(capacity) {
    qRegisterMetaType<LogEntry>();
}

LogCollector::~LogCollector() {
    if (m_installed) {
        g_collector = nullptr;
        qInstallMessageHandler(g_previous);
    }
}

void LogCollector::install() {
    g_collector = this;
    g_previous = qInstallMessageHandler(&LogCollector::handler);
    m_installed = true;
}

void LogCollector::handler(QtMsgType type, const QMessageLogContext& context,
                           const QString& message) {
    // Redact before anything leaves this function, including what goes to stderr.
    const QString clean = Redactor::text(message);
    if (LogCollector* collector = g_collector.load())
        collector->append(
            LogEntry{Clock::system().nowUtc(), type,
                     QString::fromLatin1(context.category ? context.category : "default"), clean});
    if (g_previous)
        g_previous(type, context, clean);
}

void LogCollector::append(const LogEntry& entry) {
    {
        QMutexLocker lock(&m_mutex);
        m_entries.append(entry);
        if (m_entries.size() > m_capacity)
            m_entries.remove(0, m_entries.size() - m_capacity);
    }
    emit entryAdded(entry);
}

QList<LogEntry> LogCollector::entries() const {
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

} // namespace sightline
