#pragma once
// What a user asks a DICOM node for, as a C-FIND: the level (patient, study, series, image),
// the information model that level is asked in (Study Root, or Patient Root for patients), the
// keys to match (name with wildcards, PatientID, birth date, study date range, modality,
// accession number, study or series UID) and the attributes each match comes back with.
// Checks what the user typed (dates, UIDs) before anything is sent. Value type.

#include "common/Result.h"
#include "dicom/DimseAssociation.h"

#include <QCoreApplication>
#include <QString>

namespace sightline {

struct DimseQuery {
    Q_DECLARE_TR_FUNCTIONS(DimseQuery)
public:
    enum class Level { Patient, Study, Series, Image };

    Level level = Level::Study;
    QString patientName; // DICOM PN matching: "MÜLLER*", "*^Anna"; matched as typed
    QString patientId;
    QString birthDate;  // yyyy-mm-dd
    QString studyDates; // yyyy-mm-dd, or a range "from..to" (either end open)
    QString modality;
    QString accessionNumber;
    QString studyUid;  // required below study level
    QString seriesUid; // required at image level

    static std::optional<Level> levelFromName(const QString& name);
    static QString levelName(Level level); // PATIENT, STUDY, SERIES, IMAGE

    // The information model's FIND SOP class for this level.
    QString model() const;
    // The identifier to send: matching keys and return keys; an error when something typed
    // cannot be sent (a date that is not one, a missing UID for a lower level).
    Result<QList<DimseAssociation::QueryKey>> keys() const;
};

} // namespace sightline
