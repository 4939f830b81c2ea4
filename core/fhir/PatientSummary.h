#pragma once
// The few facts about a FHIR Patient that identify them on screen: display name, an identifier
// (MRN when typed), birth date, gender. Pure value; thread-safe.

#include <QDate>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sightline {

struct PatientSummary {
    QString id;
    QString name;       // "Given Family", from the official name when there is one
    QString identifier; // MRN (or the first identifier) as "value (system)"
    QDate birthDate;
    QString gender;

    static PatientSummary fromJson(const QJsonObject& patient);
    // How a patient's birth date is shown wherever the patient is identified: day, month as a
    // word and the four-digit year in the user's language ("14 Mar 1958", "14 März 1958"),
    // never a two-digit year or an order that reads differently elsewhere (03/04/58).
    static QString displayDate(const QDate& date);
    QString birthDateText() const { return displayDate(birthDate); }
    // The administrative gender in the user's language.
    QString genderText() const;
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::PatientSummary)
