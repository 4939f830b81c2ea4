#include "capabilities/CapabilityComparisonView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sightline {

CapabilityComparisonView::CapabilityComparisonView(QWidget* parent)
    : QWidget(parent) {
    m_other = new QComboBox(this);
    m_other->setObjectName(QStringLiteral("compareWith"));
    auto* compare = new QPushButton(tr("Compare"), this);
    compare->setObjectName(QStringLiteral("compareButton"));
    m_differencesOnly = new QCheckBox(tr("Differences only"), this);
    m_differencesOnly->setChecked(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Section"), tr("Aspect"), tr("This server"), tr("Other server")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();

    connect(compare, &QPushButton::clicked, this, [this] {
        if (m_other->currentIndex() >= 0)
            emit compareRequested(m_other->currentData().toString());
    });
    connect(m_differencesOnly, &QCheckBox::toggled, this, &CapabilityComparisonView::refill);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Compare with"), this));
    row->addWidget(m_other, 1);
    row->addWidget(compare);
    row->addWidget(m_differencesOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void CapabilityComparisonView::setCandidates(const QList<QPair<QString, QString>>& servers,
                                             const QString& excludeId) {
    const QString previous = m_other->currentData().toString();
    m_other->clear();
    for (const auto& [id, name] : servers) {
        if (id != excludeId)
            m_other->addItem(name, id);
    }
    const int again = m_other->findData(previous);
    if (again >= 0)
        m_other->setCurrentIndex(again);
}

void CapabilityComparisonView::showComparison(const QString& leftName, const QString& rightName,
                                              const QList<ComparisonRow>& rows) {
    m_rows = rows;
    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Aspect"), leftName, rightName});
    m_summary->setText(tr("%n difference(s) between %1 and %2", nullptr,
                          CapabilityComparison::differenceCount(rows))
                           .arg(leftName, rightName));
    refill();
}

void CapabilityComparisonView::showMessage(const QString& text) {
    m_summary->setText(text);
}

void CapabilityComparisonView::refill() {
    m_table->setRowCount(0);
    for (const ComparisonRow& r : std::as_const(m_rows)) {
        if (m_differencesOnly->isChecked() && !r.differs)
            continue;
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        const QStringList cells{r.section, r.aspect, r.left, r.right};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (r.differs && c >= 2) {
                item->setBackground(QColor(255, 243, 205));
                item->setForeground(QColor(0x1a, 0x1a, 0x1a)); // readable in a dark theme too
            }
            m_table->setItem(at, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 2; c < 4; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 420));
}

int CapabilityComparisonView::visibleRowCount() const {
    return m_table->rowCount();
}

} // namespace sightline
