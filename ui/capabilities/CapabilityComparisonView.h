#pragma once
// Shows two servers' capabilities side by side (CapabilityComparison rows), with a choice of the
// server to compare against and a switch to show only the differences.

#include "capabilities/CapabilityComparison.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace sightline {

class CapabilityComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit CapabilityComparisonView(QWidget* parent = nullptr);

    // Servers offered as the right-hand side: (id, name).
    void setCandidates(const QList<QPair<QString, QString>>& servers, const QString& excludeId);
    void showComparison(const QString& leftName, const QString& rightName,
                        const QList<ComparisonRow>& rows);
    void showMessage(const QString& text);
    int visibleRowCount() const;

signals:
    void compareRequested(const QString& rightServerId);

private:
    void refill();

    QComboBox* m_other;
    QCheckBox* m_differencesOnly;
    QLabel* m_summary;
    QTableWidget* m_table;
    QList<ComparisonRow> m_rows;
};

} // namespace sightline
