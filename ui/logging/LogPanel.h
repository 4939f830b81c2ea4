#pragma once
// The Log panel: Sightline's own log lines (already redacted), filterable by area and level.

#include "logging/LogEntry.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace sightline {

class LogCollector;

class LogPanel : public QWidget {
    Q_OBJECT
public:
    explicit LogPanel(LogCollector* collector, QWidget* parent = nullptr);

private:
    void rebuild();
    bool accepts(const LogEntry& entry) const;
    void appendEntry(const LogEntry& entry);

    LogCollector* m_collector;
    QComboBox* m_area;
    QComboBox* m_level;
    QPlainTextEdit* m_text;
};

} // namespace sightline
