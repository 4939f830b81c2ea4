#pragma once
// One log line as the Log panel shows it.

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace sightline {

struct LogEntry {
    QDateTime timeUtc;
    QtMsgType type = QtInfoMsg;
    QString category;
    QString message; // already redacted

    static QString typeName(QtMsgType type);
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::LogEntry)
