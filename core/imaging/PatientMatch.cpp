#include "imaging/PatientMatch.h"

#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>

namespace sightline {

namespace {

QString normalised(const QString& text) {
    return text.simplified().toCaseFolded();
}

QJsonObject officialName(const QJsonObject& patient) {
    const QJsonArray names = patient.value(QLatin1String("name")).toArray();
    for (const QJsonValue n : names) {
        if (n.toObject().value(QLatin1String("use")).toString() == QLatin1String("official"))
            return n.toObject();
    }
    return names.first().toObject();
}

} // namespace

PatientIdentity PatientIdentity::fromPatient(const QJsonObject& patient) {
    PatientIdentity p;
    p.patientReference = QStringLiteral("Patient/") + patient.value(QLatin1String("id")).toString();
    for (const QJsonValue v : patient.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject id = v.toObject();
        p.identifiers.append({id.value(QLatin1String("system")).toString(),
                              id.value(QLatin1String("value")).toString()});
    }
    const QJsonObject name = officialName(patient);
    p.family = name.value(QLatin1String("family")).toString();
    for (const QJsonValue g : name.value(QLatin1String("given")).toArray())
        p.given << g.toString();
    p.birthDate =
        QDate::fromString(patient.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
    return p;
}

PatientMismatch PatientMatch::compare(const PatientIdentity& fhir, const DicomHeader& dicom) {
    PatientMismatch m;
    m.dicomPatientId = dicom.patientId;
    m.dicomName = dicom.patientName;
    bool idMatches = false;
    for (const auto& [system, value] : fhir.identifiers) {
        if (value.trimmed() != dicom.patientId.trimmed())
            continue;
        // An issuer on both sides must agree when it can be compared: an OID or URI. A local
        // namespace name (IssuerOfPatientID is free text, e.g. "HOSPITAL_A") cannot be mapped to
        // a FHIR system, so the value alone decides.
        QString issuer = dicom.issuerOfPatientId.trimmed();
        QString sys = system;
        if (sys.startsWith(QLatin1String("urn:oid:")))
            sys = sys.mid(8);
        if (issuer.startsWith(QLatin1String("urn:oid:")))
            issuer = issuer.mid(8);
        static const QRegularExpression oid(QStringLiteral("^[0-9]+(\\.[0-9]+)+$"));
        const bool comparable = oid.match(issuer).hasMatch() || issuer.contains(QLatin1Char(':'));
        if (!comparable || sys.isEmpty() || issuer == sys || issuer == system)
            idMatches = true;
    }
    if (!idMatches)
        m.differences << QObject::tr("DICOM Patient ID %1 is not an identifier of %2")
                             .arg(dicom.patientId.isEmpty() ? QObject::tr("(empty)")
                                                            : dicom.patientId,
                                  fhir.patientReference);
    const QStringList parts = dicom.patientName.split(QLatin1Char('^'));
    const QString dicomFamily = parts.value(0);
    const QString dicomGiven = parts.value(1);
    if (normalised(dicomFamily) != normalised(fhir.family) ||
        normalised(dicomGiven) != normalised(fhir.given.join(QLatin1Char(' '))))
        m.differences << QObject::tr("DICOM name %1 differs from %2, %3")
                             .arg(dicom.patientName, fhir.family,
                                  fhir.given.join(QLatin1Char(' ')));
    if (fhir.birthDate.isValid() && dicom.birthDate.isValid() && fhir.birthDate != dicom.birthDate)
        m.differences << QObject::tr("DICOM birth date %1 differs from %2")
                             .arg(dicom.birthDate.toString(Qt::ISODate),
                                  fhir.birthDate.toString(Qt::ISODate));
    return m;
}

PatientMismatch PatientMatch::compareCached(const ImageCache& cache, const QString& studyUid,
                                            const PatientIdentity& fhir) {
    const QList<CachedInstance> instances = cache.instancesOf(studyUid);
    if (instances.isEmpty())
        return {};
    const auto header = DicomParser::parseFile(instances.first().path);
    return header ? compare(fhir, header.value()) : PatientMismatch{};
}

} // namespace sightline
