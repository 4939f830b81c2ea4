#pragma once
// Table model of the NetworkRecorder's exchanges for the Network panel: one row per exchange,
// newest last. GUI-thread model; updates as the recorder records.

#include "network/HttpExchange.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace sightline {

class NetworkRecorder;

class NetworkExchangeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Time, Method, Status, Url, Duration, Size, ColumnCount };

    explicit NetworkExchangeModel(NetworkRecorder* recorder, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const HttpExchange& exchange(int row) const { return m_rows.at(row); }

private:
    void append(const HttpExchange& exchange);

    QPointer<NetworkRecorder> m_recorder;
    QList<HttpExchange> m_rows;
};

} // namespace sightline
