#pragma once
// What the consent inspector needs about one patient: their Consent resources (readable ones
// parsed, unreadable ones with the reason) and their clinical resources. Pure value.

#include "consent/Consent.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <vector>

namespace sightline {

struct UnreadableConsent {
    QString reference;
    QString reason;
};

struct PatientConsentData {
    QString patientReference; // "Patient/<id>"
    QJsonObject patient;
    std::vector<Consent> consents;
    QList<UnreadableConsent> unreadable;
    QList<QJsonObject> resources; // the patient's clinical resources, the Patient first
    QStringList problems;         // searches that failed (the rest is still shown)
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::PatientConsentData)
