#pragma once
// The keyed, repeatable replacements de-identification needs: a new UID for each original UID,
// a pseudonym for each patient and a date shift for each patient. All derive from HMAC-SHA-256
// under one key, so the same input always maps to the same output within a job (or a project
// that reuses its key), different keys give unrelated outputs, and nothing maps back without
// the key. Pure functions of (key, input); thread-safe.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sightline {

class Pseudonymizer {
    Q_DECLARE_TR_FUNCTIONS(Pseudonymizer)

public:
    static constexpr int keyBytes = 32;
    // Days a patient's dates move back: 1 … maxShiftDays.
    static constexpr int maxShiftDays = 1095;

    explicit Pseudonymizer(QByteArray key);
    // A fresh random key (a job's key unless the user supplies one).
    static QByteArray randomKey();
    // The key kept in a file (a project's, so its exports link up), or a random one when
    // `path` is empty. A file with fewer than 16 bytes is refused.
    static Result<QByteArray> keyFromFile(const QString& path);

    const QByteArray& key() const { return m_key; }

    // A UID under the UUID-derived root: "2.25." + 128 bits of the HMAC in decimal (≤ 44
    // characters, no leading zero), so it is valid and unique without a registered root.
    QString uid(const QString& originalUid) const;
    // "SL-" + 12 upper-case hex characters: a patient ID that says it is a pseudonym.
    QString patientId(const QString& originalPatientKey) const;
    // A FHIR resource id for another resource's id: 16 lower-case hex characters, so
    // references between exported resources still resolve.
    QString resourceId(const QString& resourceType, const QString& originalId) const;
    // How many days (1 … maxShiftDays) this patient's dates move back.
    int dayShift(const QString& originalPatientKey) const;

private:
    QByteArray mac(const QByteArray& domain, const QString& value) const;

    QByteArray m_key;
};

} // namespace sightline
