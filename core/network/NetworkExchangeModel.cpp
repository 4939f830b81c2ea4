#include "network/NetworkExchangeModel.h"

#include "network/NetworkRecorder.h"

#include <QLocale>

namespace sightline {

NetworkExchangeModel::NetworkExchangeModel(NetworkRecorder* recorder, QObject* parent)
    : QAbstractTableModel(parent)
    , m_recorder(recorder)
    , m_rows(recorder->exchanges()) {
    connect(recorder, &NetworkRecorder::exchangeRecorded, this, &NetworkExchangeModel::append);
    connect(recorder, &NetworkRecorder::cleared, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
}

void NetworkExchangeModel::append(const HttpExchange& exchange) {
    // Keep the same bound as the recorder so a long session does not grow without limit.
    if (m_recorder && m_rows.size() >= m_recorder->capacity()) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size()));
    m_rows.append(exchange);
    endInsertRows();
}

int NetworkExchangeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NetworkExchangeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkExchangeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HttpExchange& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return QString::number(e.id);
        case Time:
            return e.startedUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Method:
            return e.method;
        case Status:
            return e.status > 0 ? QString::number(e.status)
                                : (e.error.isEmpty() ? QStringLiteral("—") : tr("failed"));
        case Url:
            return e.url.toDisplayString();
        case Duration:
            return QStringLiteral("%1 ms").arg(e.elapsedMs);
        case Size:
            return QLocale::c().formattedDataSize(e.bytesReceived, 1,
                                                  QLocale::DataSizeTraditionalFormat);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Url)
        return e.url.toDisplayString() +
               (e.note.isEmpty() ? QString() : QStringLiteral("\n") + e.note);
    if (role == Qt::UserRole)
        return QVariant::fromValue(e);
    return {};
}

QVariant NetworkExchangeModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    case Url:
        return tr("URL");
    case Duration:
        return tr("Duration");
    case Size:
        return tr("Received");
    }
    return {};
}

} // namespace sightline
