#include "deidentify/FhirDeidentifier.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <optional>

namespace sightline {

namespace {

constexpr int maxDepth = 64;
constexpr int keptLineNumbers = 20;

// Elements that identify people wherever they appear.
bool isIdentifyingElement(const QString& key) {
    static const QSet<QString> keys = {
        QStringLiteral("identifier"),      QStringLiteral("telecom"),
        QStringLiteral("address"),         QStringLiteral("photo"),
        QStringLiteral("contact"),         QStringLiteral("note"),
        QStringLiteral("authorString"),    QStringLiteral("valueAddress"),
        QStringLiteral("valueHumanName"),  QStringLiteral("valueContactPoint"),
        QStringLiteral("valueIdentifier"), QStringLiteral("link"),
    };
    return keys.contains(key);
}

bool isPersonResource(const QString& type) {
    return type == QLatin1String("Patient") || type == QLatin1String("Practitioner") ||
           type == QLatin1String("RelatedPerson") || type == QLatin1String("Person");
}

bool isIdentifyingExtension(const QJsonValue& extension) {
    const QString url = extension.toObject().value(QLatin1String("url")).toString();
    return url.endsWith(QLatin1String("mothersMaidenName")) ||
           url.endsWith(QLatin1String("birthPlace")) ||
           url.endsWith(QLatin1String("patient-nationality"));
}

// "2021-03-04", "2021-03" and dateTimes/instants ("2021-03-04T10:00:00+01:00"): moved back by
// `days`, keeping the precision and everything after the date. Year-only values say too
// little to identify anyone and are kept.
std::optional<QString> shiftDate(const QString& value, int days) {
    static const QRegularExpression date(
        QStringLiteral("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?(T[0-9:.]+(?:Z|[+-]\\d{2}:\\d{2})?)?$"));
    const QRegularExpressionMatch match = date.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    const bool hasDay = match.hasCaptured(3) && !match.captured(3).isEmpty();
    if (!hasDay && match.hasCaptured(4) && !match.captured(4).isEmpty())
        return std::nullopt; // "2021-03T…" is no FHIR value
    const QDate original(year, month, hasDay ? match.captured(3).toInt() : 15);
    if (!original.isValid())
        return std::nullopt;
    const QDate shifted = original.addDays(-days);
    if (!hasDay)
        return shifted.toString(QStringLiteral("yyyy-MM"));
    return shifted.toString(QStringLiteral("yyyy-MM-dd")) + match.captured(4);
}

// "Patient/123", "Patient/123/_history/2" or "https://host/fhir/Patient/123".
struct ParsedReference {
    QString type;
    QString id;
};

std::optional<ParsedReference> parseReference(const QString& reference) {
    static const QRegularExpression pattern(QStringLiteral(
        "^(.*?/)?([A-Z][A-Za-z]+)/([A-Za-z0-9\\-.]{1,64})(?:/_history/[A-Za-z0-9\\-.]{1,64})?$"));
    const QRegularExpressionMatch match = pattern.match(reference);
    if (!match.hasMatch())
        return std::nullopt;
    return ParsedReference{match.captured(2), match.captured(3)};
}

} // namespace

FhirDeidentifier::FhirDeidentifier(Pseudonymizer keys)
    : m_keys(std::move(keys)) {}

QString FhirDeidentifier::patientKey(const QJsonObject& resource) {
    const QString type = resource.value(QLatin1String("resourceType")).toString();
    if (type == QLatin1String("Patient"))
        return QStringLiteral("Patient/") + resource.value(QLatin1String("id")).toString();
    for (const char* element : {"subject", "patient", "beneficiary"}) {
        const QString reference = resource.value(QLatin1String(element))
                                      .toObject()
                                      .value(QLatin1String("reference"))
                                      .toString();
        const auto parsed = parseReference(reference);
        if (parsed && parsed->type == QLatin1String("Patient"))
            return QStringLiteral("Patient/") + parsed->id;
    }
    return {};
}

QString FhirDeidentifier::rewriteReference(const QString& reference,
                                           FhirDeidentifyCounts& counts) const {
    const auto parsed = parseReference(reference);
    if (!parsed)
        return reference; // contained ("#x"), urn:uuid: or a canonical: nothing to rewrite
    ++counts.idsReplaced;
    const QString id = parsed->type == QLatin1String("Patient")
                           ? m_keys.patientId(QStringLiteral("Patient/") + parsed->id)
                           : m_keys.resourceId(parsed->type, parsed->id);
    // The server's base URL is left out as well: it may name the hospital.
    return parsed->type + QLatin1Char('/') + id;
}

QJsonValue FhirDeidentifier::clean(const QJsonValue& value, const QString& resourceType,
                                   const QString& key, int shiftDays, FhirDeidentifyCounts& counts,
                                   int depth) const {
    if (depth > maxDepth)
        return QJsonValue(); // deeper than any real resource: dropped rather than unchecked
    if (value.isString()) {
        if (const auto shifted = shiftDate(value.toString(), shiftDays)) {
            ++counts.datesShifted;
            return *shifted;
        }
        return value;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue item : value.toArray()) {
            if (key == QLatin1String("extension") && isIdentifyingExtension(item)) {
                ++counts.removed;
                continue;
            }
            const QJsonValue cleaned = clean(item, resourceType, key, shiftDays, counts, depth + 1);
            if (!cleaned.isUndefined() && !cleaned.isNull())
                out.append(cleaned);
        }
        return out;
    }
    if (!value.isObject())
        return value;

    const QJsonObject object = value.toObject();
    const QString ownType = object.value(QLatin1String("resourceType")).toString();
    const bool isResource = !ownType.isEmpty();
    const QString type = isResource ? ownType : resourceType;
    if (isResource && depth > 0) // a contained or bundled resource follows its own patient
        shiftDays = m_keys.dayShift(patientKey(object));
    const bool isReference = object.contains(QLatin1String("reference"));

    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& name = it.key();
        const bool narrative = name == QLatin1String("text") && it.value().isObject();
        const bool personName = name == QLatin1String("name") && isPersonResource(type);
        const bool referenceDisplay = isReference && name == QLatin1String("display");
        if (isIdentifyingElement(name) || narrative || personName || referenceDisplay) {
            ++counts.removed;
            continue;
        }
        if (isResource && name == QLatin1String("id") && it.value().isString()) {
            ++counts.idsReplaced;
            out.insert(name,
                       type == QLatin1String("Patient")
                           ? m_keys.patientId(QStringLiteral("Patient/") + it.value().toString())
                           : m_keys.resourceId(type, it.value().toString()));
            continue;
        }
        if (((isReference && name == QLatin1String("reference")) ||
             name == QLatin1String("fullUrl")) &&
            it.value().isString()) {
            out.insert(name, rewriteReference(it.value().toString(), counts));
            continue;
        }
        if (name == QLatin1String("url") || name == QLatin1String("system") ||
            name == QLatin1String("resourceType")) {
            out.insert(name, it.value()); // URIs, never dates
            continue;
        }
        const QJsonValue cleaned = clean(it.value(), type, name, shiftDays, counts, depth + 1);
        if (!cleaned.isUndefined())
            out.insert(name, cleaned);
    }
    return out;
}

QJsonObject FhirDeidentifier::deidentify(const QJsonObject& resource,
                                         FhirDeidentifyCounts* counts) const {
    FhirDeidentifyCounts local;
    FhirDeidentifyCounts& c = counts ? *counts : local;
    ++c.resources;
    const int shiftDays = m_keys.dayShift(patientKey(resource));
    return clean(resource, {}, {}, shiftDays, c, 0).toObject();
}

Result<FhirDeidentifyCounts> FhirDeidentifier::deidentifyNdjson(const QString& input,
                                                                const QString& output) const {
    QFile in(input);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, tr("Could not read %1.").arg(input),
                           in.errorString());
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, tr("Could not write %1.").arg(output),
                           out.errorString());
    FhirDeidentifyCounts counts;
    qint64 lineNumber = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            ++counts.malformedLines;
            if (counts.malformedLineNumbers.size() < keptLineNumbers)
                counts.malformedLineNumbers.append(lineNumber);
            continue;
        }
        out.write(
            QJsonDocument(deidentify(document.object(), &counts)).toJson(QJsonDocument::Compact));
        out.write("\n");
    }
    if (in.error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Storage, tr("Could not read %1.").arg(input),
                           in.errorString());
    if (!out.commit())
        return Error::make(Error::Kind::Storage, tr("Could not write %1.").arg(output),
                           out.errorString());
    return counts;
}

} // namespace sightline
