#pragma once
// The strip at the top of the main window that always says whose data is on screen — or that
// none is — and warns when image headers disagree with the FHIR patient.

#include <QDate>
#include <QWidget>

class QLabel;

namespace sightline {

class PatientBanner : public QWidget {
    Q_OBJECT
public:
    explicit PatientBanner(QWidget* parent = nullptr);

    void showPatient(const QString& name, const QString& identifier, const QDate& birthDate,
                     const QString& gender, const QString& serverName);
    void clearPatient();
    // A clinical-safety warning shown in red until the patient changes.
    void showWarning(const QString& text);
    // The next patient shown came from elsewhere (the EHR): say so next to them, in amber.
    void announceNextPatient(const QString& notice) { m_nextNotice = notice; }
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* m_patient;
    QLabel* m_warning;
    QLabel* m_notice;
    QString m_nextNotice;
};

} // namespace sightline
