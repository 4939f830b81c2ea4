#include "imaging/StudyTableModel.h"

#include <QBrush>
#include <QColor>

namespace sightline {

StudyTableModel::StudyTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void StudyTableModel::setStudies(const QList<ImagingStudyRecord>& studies,
                                 const QHash<QString, int>& cached) {
    beginResetModel();
    m_rows.clear();
    for (const ImagingStudyRecord& s : studies) {
        Row row;
        row.study = s;
        row.cached = cached.value(s.studyUid);
        row.status = s.problem;
        m_rows.append(row);
    }
    // Newest first, as a reading list.
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row& a, const Row& b) { return a.study.started > b.study.started; });
    endResetModel();
}

const ImagingStudyRecord* StudyTableModel::study(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row].study : nullptr;
}

int StudyTableModel::rowOf(const QString& studyUid) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].study.studyUid == studyUid)
            return i;
    }
    return -1;
}

void StudyTableModel::changed(int row) {
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void StudyTableModel::setCachedCount(const QString& studyUid, int cached) {
    const int row = rowOf(studyUid);
    if (row < 0)
        return;
    m_rows[row].cached = cached;
    changed(row);
}

void StudyTableModel::setProgress(const QString& studyUid, const RetrieveProgress& progress) {
    const int row = rowOf(studyUid);
    if (row < 0)
        return;
    m_rows[row].progress = progress;
    m_rows[row].cached = progress.instancesDone;
    m_rows[row].status =
        tr("Retrieving %1 of %2…").arg(progress.instancesDone).arg(progress.instancesTotal);
    changed(row);
}

void StudyTableModel::setOutcome(const QString& studyUid, const RetrieveOutcome& outcome) {
    const int row = rowOf(studyUid);
    if (row < 0)
        return;
    Row& r = m_rows[row];
    r.progress.reset();
    r.cached = outcome.stored + outcome.alreadyCached;
    r.status = outcome.complete() ? tr("In the cache")
               : outcome.cancelled
                   ? tr("Cancelled: %1 of %2 cached").arg(r.cached).arg(r.cached + outcome.missing)
               : outcome.errors.isEmpty() ? tr("%n instance(s) missing", nullptr, outcome.missing)
                                          : outcome.errors.first().message;
    changed(row);
}

void StudyTableModel::setMismatch(const QString& studyUid, const PatientMismatch& mismatch) {
    const int row = rowOf(studyUid);
    if (row < 0)
        return;
    m_rows[row].mismatch = mismatch;
    changed(row);
}

bool StudyTableModel::hasMismatch(const QString& studyUid) const {
    const int row = rowOf(studyUid);
    return row >= 0 && m_rows[row].mismatch.isMismatch();
}

int StudyTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StudyTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudyTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    const ImagingStudyRecord& s = r.study;
    const bool mismatch = r.mismatch.isMismatch();
    if (role == MismatchRole)
        return mismatch;
    if (role == Qt::ForegroundRole && mismatch)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole) {
        if (mismatch)
            return tr("PATIENT MISMATCH — the images may belong to someone else:\n%1")
                .arg(r.mismatch.differences.join(QLatin1Char('\n')));
        if (index.column() == Location && s.endpoint)
            return s.endpoint->serviceBase.toString();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return s.started.isValid() ? s.started.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm"))
                                   : QString();
    case Modality:
        return s.modalities.join(QLatin1Char('/'));
    case Description:
        return s.description;
    case Accession:
        return s.accession;
    case Series:
        return s.numberOfSeries;
    case Instances: // 0: the archive did not say (the attribute is optional in a query)
        return s.numberOfInstances > 0 ? QVariant(s.numberOfInstances) : QVariant();
    case Location:
        // The archive by the name its Endpoint gives (the address is in the tooltip).
        if (!s.endpoint)
            return tr("(no DICOMweb endpoint)");
        return s.endpoint->name.isEmpty() ? s.endpoint->serviceBase.host() + QLatin1Char(':') +
                                                QString::number(s.endpoint->serviceBase.port(443))
                                          : s.endpoint->name;
    case Cached:
        return s.numberOfInstances > 0
                   ? QStringLiteral("%1 / %2").arg(r.cached).arg(s.numberOfInstances)
                   : QString::number(r.cached);
    case Status:
        return mismatch ? tr("⚠ PATIENT MISMATCH: %1").arg(r.mismatch.differences.first())
                        : r.status;
    default:
        return {};
    }
}

QVariant StudyTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Modality:
        return tr("Modality");
    case Description:
        return tr("Description");
    case Accession:
        return tr("Accession");
    case Series:
        return tr("Series");
    case Instances:
        return tr("Images");
    case Location:
        return tr("Where");
    case Cached:
        return tr("Cached");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace sightline
