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
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::PatientSummary)
