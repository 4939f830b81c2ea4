#include "audit/AuditRecordModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline {

AuditRecordModel::AuditRecordModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString AuditRecordModel::actionName(const QString& code) {
    if (code == QLatin1String("C"))
        return tr("Create");
    if (code == QLatin1String("R"))
        return tr("Read");
    if (code == QLatin1String("U"))
        return tr("Update");
    if (code == QLatin1String("D"))
        return tr("Delete");
    if (code == QLatin1String("E"))
        return tr("Execute");
    return code;
}

QString AuditRecordModel::outcomeName(int outcome) {
    switch (outcome) {
    case 0:
        return tr("success");
    case 4:
        return tr("minor failure");
    case 8:
        return tr("serious failure");
    case 12:
        return tr("major failure");
    }
    return QString::number(outcome);
}

void AuditRecordModel::setRecords(const QList<AuditRecord>& records) {
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(records.size());
    for (const AuditRecord& r : records) {
        AuditRow row;
        row.record = r;
        const QJsonObject event = QJsonDocument::fromJson(r.json).object();
        const QJsonArray subtype = event.value(QLatin1String("subtype")).toArray();
        row.activity = subtype.isEmpty()
                           ? event.value(QLatin1String("type"))
                                 .toObject()
                                 .value(QLatin1String("code"))
                                 .toString()
                           : subtype.first().toObject().value(QLatin1String("code")).toString();
        for (const QJsonValue& agent : event.value(QLatin1String("agent")).toArray()) {
            const QJsonObject a = agent.toObject();
            const QJsonArray codings =
                a.value(QLatin1String("type")).toObject().value(QLatin1String("coding")).toArray();
            if (!codings.isEmpty() &&
                codings.first().toObject().value(QLatin1String("code")).toString() ==
                    QLatin1String("110153"))
                row.server = a.value(QLatin1String("who"))
                                 .toObject()
                                 .value(QLatin1String("display"))
                                 .toString();
        }
        row.text = QString::fromUtf8(r.json);
        m_rows << row;
    }
    endResetModel();
}

int AuditRecordModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditRecordModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditRecordModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRow& row = m_rows.at(index.row());
    if (role == RecordedRole)
        return row.record.recordedUtc;
    if (role == OutcomeRole)
        return row.record.outcome;
    if (role == TextRole)
        return row.text;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Seq:
        return row.record.seq;
    case Time:
        return row.record.recordedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Activity:
        return row.activity;
    case Action:
        return actionName(row.record.action);
    case Outcome:
        return outcomeName(row.record.outcome);
    case Patient:
        return row.record.patient;
    case User:
        return row.record.user.isEmpty() ? tr("(not logged in)") : row.record.user;
    case Server:
        return row.server;
    }
    return {};
}

QVariant AuditRecordModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time");
    case Activity:
        return tr("Activity");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Patient:
        return tr("Patient");
    case User:
        return tr("User");
    case Server:
        return tr("Server");
    }
    return {};
}

} // namespace sightline
