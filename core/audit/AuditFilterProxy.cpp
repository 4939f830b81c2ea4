#include "audit/AuditFilterProxy.h"

#include "audit/AuditRecordModel.h"

namespace sightline {

AuditFilterProxy::AuditFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {}

void AuditFilterProxy::setFilter(const AuditFilter& filter) {
    m_filter = filter;
    invalidateFilter();
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const auto* model = qobject_cast<const AuditRecordModel*>(sourceModel());
    if (!model)
        return true;
    const AuditRow& row = model->row(sourceRow);
    const AuditRecord& r = row.record;
    auto contains = [](const QString& haystack, const QString& needle) {
        return needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive);
    };
    if (m_filter.fromUtc.isValid() && r.recordedUtc < m_filter.fromUtc)
        return false;
    if (m_filter.toUtc.isValid() && r.recordedUtc > m_filter.toUtc)
        return false;
    if (!m_filter.action.isEmpty() && r.action != m_filter.action)
        return false;
    if (m_filter.outcome == 0 && r.outcome != 0)
        return false;
    if (m_filter.outcome == 1 && r.outcome == 0)
        return false;
    return contains(r.patient, m_filter.patient) && contains(r.user, m_filter.user) &&
           contains(row.server, m_filter.server) && contains(row.text, m_filter.text);
}

} // namespace sightline
