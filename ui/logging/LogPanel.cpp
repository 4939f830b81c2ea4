#include "logging/LogPanel.h"

#include "logging/LogCollector.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sightline {

LogPanel::LogPanel(LogCollector* collector, QWidget* parent)
    : QWidget(parent)
    , m_collector(collector) {
    setObjectName(QStringLiteral("logPanel"));
    m_area = new QComboBox(this);
    m_area->addItem(tr("All areas"), QString());
    for (const char* area : {"sightline.network", "sightline.fhir", "sightline.servers",
                             "sightline.capabilities", "sightline.app"})
        m_area->addItem(QString::fromLatin1(area).mid(10), QString::fromLatin1(area));
    m_level = new QComboBox(this);
    m_level->addItem(tr("Debug and above"), int(QtDebugMsg));
    m_level->addItem(tr("Info and above"), int(QtInfoMsg));
    m_level->addItem(tr("Warnings and errors"), int(QtWarningMsg));
    m_level->setCurrentIndex(1);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(5000);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_area, &QComboBox::currentIndexChanged, this, &LogPanel::rebuild);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogPanel::rebuild);
    connect(collector, &LogCollector::entryAdded, this, &LogPanel::appendEntry);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Area"), this));
    filters->addWidget(m_area);
    filters->addWidget(new QLabel(tr("Level"), this));
    filters->addWidget(m_level);
    filters->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_text, 1);
    rebuild();
}

bool LogPanel::accepts(const LogEntry& entry) const {
    // QtMsgType is not ordered by severity (info is 4); rank it.
    auto rank = [](QtMsgType t) { return t == QtDebugMsg ? 0 : t == QtInfoMsg ? 1 : 2; };
    const QString area = m_area->currentData().toString();
    return (area.isEmpty() || entry.category == area) &&
           rank(entry.type) >= rank(QtMsgType(m_level->currentData().toInt()));
}

void LogPanel::appendEntry(const LogEntry& entry) {
    if (!accepts(entry))
        return;
    m_text->appendPlainText(
        QStringLiteral("%1 %2 %3: %4")
            .arg(entry.timeUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                 LogEntry::typeName(entry.type).leftJustified(8), entry.category, entry.message));
}

void LogPanel::rebuild() {
    m_text->clear();
    for (const LogEntry& entry : m_collector->entries())
        appendEntry(entry);
}

} // namespace sightline
