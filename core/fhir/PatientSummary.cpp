#include "fhir/PatientSummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace sightline {

PatientSummary PatientSummary::fromJson(const QJsonObject& patient) {
    PatientSummary s;
    s.id = patient.value(QLatin1String("id")).toString();
    const QJsonArray names = patient.value(QLatin1String("name")).toArray();
    QJsonObject chosen = names.isEmpty() ? QJsonObject{} : names.first().toObject();
    for (const QJsonValue& n : names) {
        if (n.toObject().value(QLatin1String("use")).toString() == QLatin1String("official"))
            chosen = n.toObject();
    }
    QStringList parts;
    for (const QJsonValue& given : chosen.value(QLatin1String("given")).toArray())
        parts << given.toString();
    parts << chosen.value(QLatin1String("family")).toString();
    s.name = chosen.contains(QLatin1String("text")) ? chosen.value(QLatin1String("text")).toString()
                                                    : parts.join(QLatin1Char(' ')).trimmed();
    const QJsonArray identifiers = patient.value(QLatin1String("identifier")).toArray();
    QJsonObject id = identifiers.isEmpty() ? QJsonObject{} : identifiers.first().toObject();
    for (const QJsonValue& v : identifiers) {
        const QJsonArray codings = v.toObject()
                                       .value(QLatin1String("type"))
                                       .toObject()
                                       .value(QLatin1String("coding"))
                                       .toArray();
        if (!codings.isEmpty() &&
            codings.first().toObject().value(QLatin1String("code")).toString() ==
                QLatin1String("MR"))
            id = v.toObject();
    }
    s.identifier = id.value(QLatin1String("value")).toString();
    s.birthDate =
        QDate::fromString(patient.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
    s.gender = patient.value(QLatin1String("gender")).toString();
    return s;
}

QString PatientSummary::displayDate(const QDate& date) {
    if (!date.isValid())
        return QCoreApplication::translate("PatientSummary", "unknown");
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString PatientSummary::genderText() const {
    if (gender == QLatin1String("male"))
        return QCoreApplication::translate("PatientSummary", "male");
    if (gender == QLatin1String("female"))
        return QCoreApplication::translate("PatientSummary", "female");
    if (gender == QLatin1String("other"))
        return QCoreApplication::translate("PatientSummary", "other");
    if (gender == QLatin1String("unknown"))
        return QCoreApplication::translate("PatientSummary", "unknown");
    return gender;
}

} // namespace sightline
