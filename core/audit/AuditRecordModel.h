#pragma once
// Table model of audit records for the Audit panel: time, activity, action, outcome, patient,
// user, server. Filtered by AuditFilterProxy. GUI-thread model.

#include "audit/AuditJournal.h"

#include <QAbstractTableModel>

namespace sightline {

struct AuditRow {
    AuditRecord record;
    QString activity; // subtype code (search-type, read …) or Sightline activity code
    QString server;
    QString text; // the whole event as text, for full-text search
};

class AuditRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, Activity, Action, Outcome, Patient, User, Server, ColumnCount };
    enum Role { RecordedRole = Qt::UserRole + 1, OutcomeRole, TextRole };

    explicit AuditRecordModel(QObject* parent = nullptr);

    void setRecords(const QList<AuditRecord>& records);
    const AuditRow& row(int index) const { return m_rows.at(index); }
    const QList<AuditRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString outcomeName(int outcome);
    // An AuditEvent action code ("R") as a word in the user's language ("Read").
    static QString actionName(const QString& code);

private:
    QList<AuditRow> m_rows;
};

} // namespace sightline
