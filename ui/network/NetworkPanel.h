#pragma once
// The Network panel: every HTTP exchange Sightline made (redacted), filterable, with full details
// of the selected one and "Copy as curl" without secrets — what integration engineers use to see
// exactly what was sent and received.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace sightline {

class NetworkExchangeModel;
class NetworkRecorder;
struct HttpExchange;

class NetworkPanel : public QWidget {
    Q_OBJECT
public:
    explicit NetworkPanel(NetworkRecorder* recorder, QWidget* parent = nullptr);

    // The curl command for the selected exchange (empty when none is selected).
    QString selectedAsCurl() const;
    static QString describe(const HttpExchange& exchange);

private:
    void showSelected();
    const HttpExchange* selected() const;

    NetworkRecorder* m_recorder;
    NetworkExchangeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QLabel* m_count;
};

} // namespace sightline
