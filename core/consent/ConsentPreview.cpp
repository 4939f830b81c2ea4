#include "consent/ConsentPreview.h"

#include "consent/SecurityLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace sightline {

const QString ConsentPreview::inlineLabelExtension = QStringLiteral(
    "http://hl7.org/fhir/uv/security-label-ds4p/StructureDefinition/extension-inline-sec-label");

namespace {

const QString dataAbsentReason =
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/data-absent-reason");
const QString observationValueSystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationValue");

QList<Coding> inlineLabels(const QJsonObject& element) {
    QList<Coding> labels;
    for (const QJsonValue& value : element.value(QLatin1String("extension")).toArray()) {
        const QJsonObject extension = value.toObject();
        if (extension.value(QLatin1String("url")).toString() ==
            ConsentPreview::inlineLabelExtension)
            labels << Coding::fromJson(extension.value(QLatin1String("valueCoding")).toObject());
    }
    return labels;
}

// One shared resource's filtering: element redaction and reference masking in one walk.
class ResourceFilter {
public:
    ResourceFilter(const ConsentEngine& engine, const AccessRequest& request,
                   const QSet<QString>& withheld, PreviewRow& row)
        : m_engine(engine)
        , m_request(request)
        , m_withheld(withheld)
        , m_row(row) {}

    // The filtered copy of `value`, or undefined when the whole element is redacted.
    QJsonValue filter(const QJsonValue& value, const QString& path, int depth) {
        if (depth > 64)
            return value;
        if (value.isArray()) {
            QJsonArray out;
            const QJsonArray in = value.toArray();
            for (qsizetype i = 0; i < in.size(); ++i) {
                const QJsonValue item =
                    filter(in.at(i), path + u'[' + QString::number(i) + u']', depth + 1);
                if (!item.isUndefined())
                    out.append(item);
            }
            return out;
        }
        if (!value.isObject())
            return value;
        const QJsonObject in = value.toObject();
        if (depth > 0 && denied(in, path))
            return QJsonValue::Undefined;
        // A reference to withheld data keeps no trace of it: not its id, not its display text.
        const QString target =
            AccessRequest::localReference(in.value(QLatin1String("reference")).toString());
        if (depth > 0 && !target.isEmpty() && m_withheld.contains(target)) {
            m_row.maskedReferences << target;
            return QJsonObject{
                {QStringLiteral("extension"),
                 QJsonArray{QJsonObject{{QStringLiteral("url"), dataAbsentReason},
                                        {QStringLiteral("valueCode"), QStringLiteral("masked")}}}}};
        }
        const auto childPath = [&path](const QString& key) {
            return path.isEmpty() ? key : path + u'.' + key;
        };
        // A primitive's labels sit on its "_key" sibling; a redacted primitive loses both.
        QSet<QString> redactedPrimitives;
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString base = it.key().mid(1);
            if (it.key().startsWith(u'_') && it.value().isObject() && in.contains(base) &&
                denied(it.value().toObject(), childPath(base)))
                redactedPrimitives.insert(base);
        }
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString& key = it.key();
            if (redactedPrimitives.contains(key) ||
                (key.startsWith(u'_') && redactedPrimitives.contains(key.mid(1))))
                continue;
            if (key == QLatin1String("contained") || (depth == 0 && key == QLatin1String("meta"))) {
                out.insert(key, it.value());
                continue;
            }
            const QJsonValue filtered = filter(it.value(), childPath(key), depth + 1);
            if (!filtered.isUndefined())
                out.insert(key, filtered);
        }
        return out;
    }

private:
    bool denied(const QJsonObject& element, const QString& path) {
        const QList<Coding> labels = inlineLabels(element);
        if (labels.isEmpty())
            return false;
        ElementRedaction redaction;
        redaction.path = path;
        redaction.labels = labels;
        redaction.request = m_request;
        redaction.request.securityLabels << labels;
        redaction.decision = m_engine.decide(redaction.request);
        if (redaction.decision.permitted())
            return false;
        m_row.redactions << redaction;
        return true;
    }

    const ConsentEngine& m_engine;
    const AccessRequest& m_request;
    const QSet<QString>& m_withheld;
    PreviewRow& m_row;
};

} // namespace

QString ConsentPreview::describe(const QJsonObject& resource) {
    for (const char* field : {"code", "type", "medicationCodeableConcept", "vaccineCode"}) {
        const QJsonObject concept_ = resource.value(QLatin1String(field)).toObject();
        if (concept_.contains(QLatin1String("text")))
            return concept_.value(QLatin1String("text")).toString();
        for (const Coding& c : Coding::fromConcept(concept_)) {
            if (!c.display.isEmpty())
                return c.display;
        }
    }
    for (const char* field : {"description", "name", "title"}) {
        const QJsonValue value = resource.value(QLatin1String(field));
        if (value.isString())
            return value.toString();
    }
    return {};
}

QString ConsentPreview::outcomeName(PreviewRow::Outcome outcome) {
    switch (outcome) {
    case PreviewRow::Outcome::Shared:
        return QCoreApplication::translate("ConsentPreview", "shared");
    case PreviewRow::Outcome::Redacted:
        return QCoreApplication::translate("ConsentPreview", "redacted");
    case PreviewRow::Outcome::Withheld:
        return QCoreApplication::translate("ConsentPreview", "withheld");
    case PreviewRow::Outcome::Undecided:
        return QCoreApplication::translate("ConsentPreview", "undecided");
    }
    return {};
}

ConsentPreviewResult ConsentPreview::run(const QList<QJsonObject>& resources) const {
    ConsentPreviewResult result;
    result.rows.reserve(resources.size());
    // Pass 1: who refers to whom, so "related" data provisions can be judged.
    QList<AccessRequest> requests;
    requests.reserve(resources.size());
    QHash<QString, QStringList> referencedBy;
    for (const QJsonObject& resource : resources) {
        AccessRequest request = m_question;
        request.describe(resource);
        for (const QString& target : std::as_const(request.references))
            referencedBy[target] << request.resourceReference;
        requests << request;
    }
    // Pass 2: resource-level decisions.
    QSet<QString> withheld;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        AccessRequest& request = requests[i];
        request.referencedBy = referencedBy.value(request.resourceReference);
        PreviewRow row;
        row.reference = request.resourceReference;
        row.resourceType = request.resourceType;
        row.description = describe(resources.at(i));
        row.labels = request.securityLabels;
        row.decision = m_engine.decide(request);
        row.outcome = row.decision.effect == ConsentEffect::Permit ? PreviewRow::Outcome::Shared
                      : row.decision.effect == ConsentEffect::Deny ? PreviewRow::Outcome::Withheld
                                                                   : PreviewRow::Outcome::Undecided;
        if (row.outcome != PreviewRow::Outcome::Shared)
            withheld.insert(row.reference);
        row.request = request;
        result.rows << row;
    }
    // Pass 3: element redaction and reference masking of what is shared; the Bundle.
    QJsonArray entries;
    int highest = -1;
    bool anyRedacted = false;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        PreviewRow& row = result.rows[i];
        if (row.outcome != PreviewRow::Outcome::Shared) {
            ++(row.outcome == PreviewRow::Outcome::Withheld ? result.withheld : result.undecided);
            continue;
        }
        ResourceFilter filter(m_engine, row.request, withheld, row);
        row.filtered = filter.filter(resources.at(i), {}, 0).toObject();
        if (!row.redactions.isEmpty()) {
            row.outcome = PreviewRow::Outcome::Redacted;
            anyRedacted = true;
            QJsonObject meta = row.filtered.value(QLatin1String("meta")).toObject();
            QJsonArray security = meta.value(QLatin1String("security")).toArray();
            security.append(QJsonObject{{QStringLiteral("system"), observationValueSystem},
                                        {QStringLiteral("code"), QStringLiteral("REDACTED")}});
            meta.insert(QStringLiteral("security"), security);
            row.filtered.insert(QStringLiteral("meta"), meta);
            ++result.redacted;
        } else {
            ++result.shared;
        }
        highest = std::max(highest, SecurityLabels::effectiveConfidentiality(row.labels));
        entries.append(QJsonObject{{QStringLiteral("fullUrl"), row.reference},
                                   {QStringLiteral("resource"), row.filtered}});
    }
    QJsonArray bundleLabels;
    if (highest >= 0)
        bundleLabels.append(
            QJsonObject{{QStringLiteral("system"), SecurityLabels::confidentialitySystem},
                        {QStringLiteral("code"), SecurityLabels::confidentialityCode(highest)}});
    if (anyRedacted)
        bundleLabels.append(QJsonObject{{QStringLiteral("system"), observationValueSystem},
                                        {QStringLiteral("code"), QStringLiteral("REDACTED")}});
    result.bundle = QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("searchset")},
        {QStringLiteral("total"), entries.size()},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("security"), bundleLabels}}},
        {QStringLiteral("entry"), entries}};
    return result;
}

} // namespace sightline
