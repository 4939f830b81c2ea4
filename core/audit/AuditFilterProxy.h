#pragma once
// Filters audit rows by time range, patient, user, action, outcome, server and free text
// (searched in the whole event). GUI-thread proxy over AuditRecordModel.

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace sightline {

struct AuditFilter {
    QDateTime fromUtc;
    QDateTime toUtc;
    QString patient;
    QString user;
    QString action;   // C R U D E, empty for any
    int outcome = -1; // -1 any, 0 success only, 1 failures only
    QString server;
    QString text;
};

class AuditFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AuditFilterProxy(QObject* parent = nullptr);
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    AuditFilter m_filter;
};

} // namespace sightline
