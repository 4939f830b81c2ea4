#pragma once
// The strip at the top of the main window that always says whose data is on screen — or that
// none is — and warns when image headers disagree with the FHIR patient.

#include "fhir/PatientSummary.h"

#include <QWidget>

class QLabel;

namespace sightline {

class PatientBanner : public QWidget {
    Q_OBJECT
public:
    explicit PatientBanner(QWidget* parent = nullptr);

    void showPatient(const PatientSummary& patient, const QString& serverName);
    void clearPatient();
    // A clinical-safety warning shown in red until the patient changes.
    void showWarning(const QString& text);
    // The patient with this FHIR id, when shown, came from elsewhere (the EHR): say so next to
    // them, in amber, for as long as they stay open. Tied to the id, not to the next patient
    // shown: another open (a login's launch patient) may come in between.
    void announcePatient(const QString& patientId, const QString& notice) {
        m_announcedId = patientId;
        m_announcement = notice;
    }
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* m_patient;
    QLabel* m_warning;
    QLabel* m_notice;
    QString m_shownId;
    QString m_announcedId;
    QString m_announcement;
};

} // namespace sightline
