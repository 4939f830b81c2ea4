#pragma once
// The Studies panel's table: one row per imaging study of the patient on screen, with where it
// lives, how much of it is in the cache, retrieval progress, and a patient-mismatch warning
// that cannot be missed. GUI-thread model.

#include "imaging/ImagingStudyRecord.h"
#include "imaging/PatientMatch.h"
#include "imaging/StudyRetriever.h"

#include <QAbstractTableModel>

namespace sightline {

class StudyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Date,
        Modality,
        Description,
        Accession,
        Series,
        Instances,
        Location,
        Cached,
        Status,
        ColumnCount
    };
    static constexpr int MismatchRole = Qt::UserRole + 1; // bool

    explicit StudyTableModel(QObject* parent = nullptr);

    void setStudies(const QList<ImagingStudyRecord>& studies, const QHash<QString, int>& cached);
    const ImagingStudyRecord* study(int row) const;
    int rowOf(const QString& studyUid) const;

    void setCachedCount(const QString& studyUid, int cached);
    void setProgress(const QString& studyUid, const RetrieveProgress& progress);
    void setOutcome(const QString& studyUid, const RetrieveOutcome& outcome);
    void setMismatch(const QString& studyUid, const PatientMismatch& mismatch);
    bool hasMismatch(const QString& studyUid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        ImagingStudyRecord study;
        int cached = 0;
        std::optional<RetrieveProgress> progress;
        QString status;
        PatientMismatch mismatch;
    };
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace sightline
