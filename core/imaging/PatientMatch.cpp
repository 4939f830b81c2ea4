#include "imaging/PatientMatch.h"

#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"

#include <QJsonArray>
#include <QObject>
#include <QRegularExpression>

namespace sightline {

namespace {

// Two spellings of one name: accents dropped ("García" = "GARCIA"), and German
// transliteration ("Müller" = "MUELLER", as many RIS and modalities write it).
QStringList spellings(const QString& text) {
    const QString folded = text.simplified().toCaseFolded();
    // Accents of Latin letters only: in other scripts a mark tells names apart (バ is not ハ,
    // Vietnamese tones, Hebrew and Arabic vowel points).
    auto withoutMarks = [](const QString& s) {
        QString out;
        QChar base;
        for (const QChar c : s.normalized(QString::NormalizationForm_KD)) {
            if (c.category() == QChar::Mark_NonSpacing && base.unicode() < 0x0250 &&
                base.isLetter())
                continue;
            if (c.category() != QChar::Mark_NonSpacing)
                base = c;
            out += c;
        }
        return out;
    };
    QString transliterated = folded;
    transliterated.replace(QStringLiteral("ä"), QStringLiteral("ae"))
        .replace(QStringLiteral("ö"), QStringLiteral("oe"))
        .replace(QStringLiteral("ü"), QStringLiteral("ue"))
        .replace(QStringLiteral("ß"), QStringLiteral("ss"));
    return {withoutMarks(folded), withoutMarks(transliterated)};
}

bool sameText(const QString& a, const QString& b) {
    const QStringList as = spellings(a);
    const QStringList bs = spellings(b);
    for (int i = 0; i < as.size(); ++i) {
        if (as.at(i) == bs.at(i))
            return true;
    }
    return false;
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
    for (const QJsonValue n : patient.value(QLatin1String("name")).toArray()) {
        QStringList given;
        for (const QJsonValue g : n.toObject().value(QLatin1String("given")).toArray())
            given << g.toString();
        p.names.append({n.toObject().value(QLatin1String("family")).toString(), given});
    }
    p.birthDate =
        QDate::fromString(patient.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
    return p;
}

PatientMismatch PatientMatch::compare(const PatientIdentity& fhir, const DicomHeader& dicom) {
    return compareFields(fhir, dicom, false);
}

PatientMismatch PatientMatch::compareAnswer(const PatientIdentity& fhir,
                                            const DicomHeader& answered) {
    return compareFields(fhir, answered, true);
}

PatientMismatch PatientMatch::compareFields(const PatientIdentity& fhir, const DicomHeader& dicom,
                                            bool emptyAgrees) {
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
    if (!idMatches && !(emptyAgrees && dicom.patientId.trimmed().isEmpty()))
        m.differences << QObject::tr("DICOM Patient ID %1 is not an identifier of %2")
                             .arg(dicom.patientId.isEmpty() ? QObject::tr("(empty)")
                                                            : dicom.patientId,
                                  fhir.patientReference);
    QList<QPair<QString, QStringList>> names = fhir.names;
    if (names.isEmpty())
        names.append({fhir.family, fhir.given});
    if (!sameName(dicom.patientName, names) &&
        !(emptyAgrees && dicom.patientName.trimmed().isEmpty()))
        m.differences << QObject::tr("DICOM name %1 differs from %2, %3")
                             .arg(dicom.patientName, fhir.family,
                                  fhir.given.join(QLatin1Char(' ')));
    if (fhir.birthDate.isValid() && dicom.birthDate.isValid() && fhir.birthDate != dicom.birthDate)
        m.differences << QObject::tr("DICOM birth date %1 differs from %2")
                             .arg(dicom.birthDate.toString(Qt::ISODate),
                                  fhir.birthDate.toString(Qt::ISODate));
    return m;
}

bool PatientMatch::sameName(const QString& dicomName,
                            const QList<QPair<QString, QStringList>>& fhirNames) {
    // Each component group is the same name in another script: any of them may match.
    for (const QString& group : dicomName.split(QLatin1Char('='))) {
        const QStringList parts = group.split(QLatin1Char('^'));
        const QString family = parts.value(0);
        // Given and middle names together, as FHIR lists them (prefix and suffix left out).
        const QString given =
            QStringList{parts.value(1), parts.value(2)}.join(QLatin1Char(' ')).simplified();
        if (family.trimmed().isEmpty() && given.isEmpty() && dicomName.contains(QLatin1Char('=')))
            continue; // a group left empty: the name is given in another script
        for (const auto& [fhirFamily, fhirGiven] : fhirNames) {
            if (sameText(family, fhirFamily) && sameText(given, fhirGiven.join(QLatin1Char(' '))))
                return true;
        }
    }
    return false;
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
