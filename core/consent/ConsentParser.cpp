#include "consent/ConsentParser.h"

#include "consent/AccessRequest.h"
#include "consent/PurposeOfUse.h"
#include "consent/SecurityLabels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sightline {

namespace {

Error malformed(const QString& message) {
    return Error::make(Error::Kind::MalformedData, message);
}

QString referenceOf(const QJsonValue& value) {
    return value.toObject().value(QLatin1String("reference")).toString();
}

QString conceptText(const QJsonObject& codeableConcept) {
    const QList<Coding> codings = Coding::fromConcept(codeableConcept);
    if (!codings.isEmpty())
        return codings.first().display.isEmpty() ? codings.first().code : codings.first().display;
    return codeableConcept.value(QLatin1String("text")).toString();
}

class Reader {
public:
    explicit Reader(Consent& consent)
        : m_consent(consent) {}

    // Reads `value` as a period; fails on a date that is not a FHIR date.
    Status readSpan(const QJsonValue& value, TimeSpan& span, const QString& where) {
        if (value.isUndefined())
            return Done{};
        const QJsonObject period = value.toObject();
        if (!value.isObject())
            return malformed(ConsentParser::tr("%1 is not a Period.").arg(where));
        const QString start = period.value(QLatin1String("start")).toString();
        const QString end = period.value(QLatin1String("end")).toString();
        if (!start.isEmpty()) {
            const auto date = FhirDate::parse(start);
            if (!date)
                return malformed(ConsentParser::tr("%1 starts on \"%2\", which is not a FHIR date.")
                                     .arg(where, start));
            span.startMs = date->firstMs;
            span.startText = start;
        }
        if (!end.isEmpty()) {
            const auto date = FhirDate::parse(end);
            if (!date)
                return malformed(ConsentParser::tr("%1 ends on \"%2\", which is not a FHIR date.")
                                     .arg(where, end));
            span.endMs = date->lastMs;
            span.endText = end;
        }
        if (span.startMs > span.endMs)
            return malformed(
                ConsentParser::tr("%1 ends (%2) before it starts (%3).").arg(where, end, start));
        return Done{};
    }

    QList<Coding> readCodings(const QJsonValue& array, const QString& where, const char* what) {
        QList<Coding> codings;
        for (const QJsonValue& value : array.toArray()) {
            Coding coding = Coding::fromJson(value.toObject());
            if (coding.isEmpty()) {
                warn(ConsentParser::tr("%1: a %2 without a code is ignored.")
                         .arg(where, QLatin1String(what)));
                continue;
            }
            if (coding.system.isEmpty())
                warn(ConsentParser::tr(
                         "%1: %2 \"%3\" has no system; it matches that code in any system.")
                         .arg(where, QLatin1String(what), coding.code));
            codings << coding;
        }
        return codings;
    }

    QList<Coding> readConcepts(const QJsonValue& array) {
        QList<Coding> codings;
        for (const QJsonValue& value : array.toArray())
            codings << Coding::fromConcept(value.toObject());
        return codings;
    }

    Result<int> readProvision(const QJsonObject& json, int parent, const QString& path,
                              Provision::Type inheritedType, bool r5) {
        const int depth = parent < 0 ? 0 : m_consent.provisions[parent].depth + 1;
        const QString where = ConsentParser::tr("Provision %1").arg(path);
        if (depth >= ConsentParser::maxDepth)
            return malformed(
                ConsentParser::tr("The provision tree is deeper than %1 levels (at provision %2).")
                    .arg(ConsentParser::maxDepth)
                    .arg(path));
        if (int(m_consent.provisions.size()) >= ConsentParser::maxProvisions)
            return malformed(ConsentParser::tr("The consent has more than %1 provisions.")
                                 .arg(ConsentParser::maxProvisions));

        Provision p;
        p.parent = parent;
        p.depth = depth;
        p.path = path;
        const QJsonValue type = json.value(QLatin1String("type"));
        if (type.isUndefined() || r5) {
            p.type = inheritedType;
            p.typeInferred = true;
            if (!r5 && parent >= 0)
                warn(ConsentParser::tr("%1 has no type; read as an exception to its parent (%2).")
                         .arg(where, p.type == Provision::Type::Permit ? QStringLiteral("permit")
                                     : p.type == Provision::Type::Deny
                                         ? QStringLiteral("deny")
                                         : ConsentParser::tr("no decision")));
        } else if (type.toString() == QLatin1String("permit")) {
            p.type = Provision::Type::Permit;
        } else if (type.toString() == QLatin1String("deny")) {
            p.type = Provision::Type::Deny;
        } else {
            return malformed(
                ConsentParser::tr("%1 has type \"%2\"; only permit and deny are defined.")
                    .arg(where, type.toVariant().toString()));
        }

        if (Status s = readSpan(json.value(QLatin1String("period")), p.period,
                                ConsentParser::tr("%1 period").arg(where));
            !s)
            return s.error();
        if (Status s = readSpan(json.value(QLatin1String("dataPeriod")), p.dataPeriod,
                                ConsentParser::tr("%1 dataPeriod").arg(where));
            !s)
            return s.error();
        for (const QJsonValue& value : json.value(QLatin1String("actor")).toArray()) {
            const QJsonObject actor = value.toObject();
            ProvisionActor a;
            a.roles = Coding::fromConcept(actor.value(QLatin1String("role")).toObject());
            a.reference =
                AccessRequest::localReference(referenceOf(actor.value(QLatin1String("reference"))));
            if (a.roles.isEmpty() && a.reference.isEmpty())
                warn(ConsentParser::tr("%1: an actor without role or reference is ignored.")
                         .arg(where));
            else
                p.actors << a;
        }
        p.actions = readConcepts(json.value(QLatin1String("action")));
        p.securityLabels = readCodings(json.value(QLatin1String("securityLabel")), where, "label");
        for (const Coding& label : p.securityLabels) {
            if (!SecurityLabels::isConfidentiality(label) &&
                !SecurityLabels::isKnownSensitivity(label.code))
                warn(ConsentParser::tr(
                         "%1: security label \"%2\" is not a code Sightline knows; it matches "
                         "resources carrying exactly that label.")
                         .arg(where, label.code));
        }
        p.purposes = readCodings(json.value(QLatin1String("purpose")), where, "purpose");
        for (const Coding& purpose : p.purposes) {
            if (!PurposeOfUse::isKnown(purpose.code))
                warn(ConsentParser::tr(
                         "%1: purpose \"%2\" is not a v3-ActReason code Sightline knows; only "
                         "requests naming it exactly match.")
                         .arg(where, purpose.code));
        }
        p.classes = readCodings(json.value(QLatin1String("class")), where, "class");
        p.classes << readCodings(json.value(QLatin1String("resourceType")), where, "resource type");
        p.classes << readCodings(json.value(QLatin1String("documentType")), where, "document type");
        p.codes = readConcepts(json.value(QLatin1String("code")));
        for (const QJsonValue& value : json.value(QLatin1String("data")).toArray()) {
            const QJsonObject data = value.toObject();
            ProvisionData d;
            d.reference =
                AccessRequest::localReference(referenceOf(data.value(QLatin1String("reference"))));
            const QString meaning = data.value(QLatin1String("meaning")).toString();
            if (meaning == QLatin1String("related"))
                d.meaning = ProvisionData::Meaning::Related;
            else if (meaning == QLatin1String("dependents"))
                d.meaning = ProvisionData::Meaning::Dependents;
            else if (meaning == QLatin1String("authoredby"))
                d.meaning = ProvisionData::Meaning::AuthoredBy;
            else if (meaning != QLatin1String("instance"))
                warn(ConsentParser::tr("%1: data meaning \"%2\" is unknown; read as instance.")
                         .arg(where, meaning));
            if (d.reference.isEmpty())
                warn(ConsentParser::tr("%1: a data entry without a reference is ignored.")
                         .arg(where));
            else
                p.data << d;
        }

        const int index = int(m_consent.provisions.size());
        m_consent.provisions.push_back(std::move(p));
        if (parent >= 0)
            m_consent.provisions[parent].children << index;

        const QJsonValue nested = json.value(QLatin1String("provision"));
        if (!nested.isUndefined() && !nested.isArray())
            return malformed(ConsentParser::tr("%1: nested provisions must be a list.").arg(where));
        const QJsonArray children = nested.toArray();
        const Provision::Type childType = Provision::opposite(m_consent.provisions[index].type);
        for (int i = 0; i < children.size(); ++i) {
            if (!children.at(i).isObject())
                return malformed(ConsentParser::tr("%1: nested provision %2 is not an object.")
                                     .arg(where)
                                     .arg(i + 1));
            const QString childPath = path == QLatin1String("decision")
                                          ? QString::number(i + 1)
                                          : path + u'.' + QString::number(i + 1);
            Result<int> child =
                readProvision(children.at(i).toObject(), index, childPath, childType, r5);
            if (!child)
                return child.error();
        }
        return index;
    }

    void warn(const QString& text) { m_consent.warnings << text; }

private:
    Consent& m_consent;
};

Provision::Type typeFromPolicy(const QStringList& policies) {
    if (policies.contains(QLatin1String("OPTIN")) || policies.contains(QLatin1String("OPTINR")))
        return Provision::Type::Permit;
    if (policies.contains(QLatin1String("OPTOUT")) || policies.contains(QLatin1String("OPTOUTE")))
        return Provision::Type::Deny;
    return Provision::Type::None;
}

} // namespace

Result<Consent> ConsentParser::parse(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(tr("The consent is not valid JSON: %1 at offset %2.")
                             .arg(error.errorString())
                             .arg(error.offset));
    if (!document.isObject())
        return malformed(tr("The consent is not a JSON object."));
    return parse(document.object());
}

Result<Consent> ConsentParser::parse(const QJsonObject& resource) {
    if (resource.value(QLatin1String("resourceType")).toString() != QLatin1String("Consent"))
        return malformed(tr("This is not a Consent resource (resourceType \"%1\").")
                             .arg(resource.value(QLatin1String("resourceType")).toString()));
    Consent consent;
    consent.json = resource;
    consent.id = resource.value(QLatin1String("id")).toString();
    consent.reference =
        consent.id.isEmpty() ? tr("Consent (no id)") : QLatin1String("Consent/") + consent.id;
    const QJsonValue provisionValue = resource.value(QLatin1String("provision"));
    const bool r5 = resource.contains(QLatin1String("decision")) || provisionValue.isArray() ||
                    resource.contains(QLatin1String("subject"));
    consent.shape = r5 ? Consent::Shape::R5 : Consent::Shape::R4;
    Reader reader(consent);

    consent.status = resource.value(QLatin1String("status")).toString();
    if (consent.status.isEmpty())
        reader.warn(tr("The consent has no status; it is treated as not active."));
    consent.scope = conceptText(resource.value(QLatin1String("scope")).toObject());
    for (const QJsonValue& value : resource.value(QLatin1String("category")).toArray())
        consent.categories << conceptText(value.toObject());
    consent.patient =
        referenceOf(resource.value(r5 ? QLatin1String("subject") : QLatin1String("patient")));
    if (consent.patient.isEmpty())
        consent.patient = referenceOf(resource.value(QLatin1String("patient")));
    if (!consent.patient.isEmpty())
        consent.patient = AccessRequest::localReference(consent.patient);
    consent.dateText =
        resource.value(r5 ? QLatin1String("date") : QLatin1String("dateTime")).toString();
    if (!consent.dateText.isEmpty()) {
        if (const auto date = FhirDate::parse(consent.dateText))
            consent.dateMs = date->firstMs;
        else
            reader.warn(tr("The consent date \"%1\" is not a FHIR date; it counts as the oldest.")
                            .arg(consent.dateText));
    }
    for (const Coding& c :
         Coding::fromConcept(resource.value(QLatin1String("policyRule")).toObject()))
        consent.policies << c.code;
    for (const QJsonValue& value : resource.value(QLatin1String("policy")).toArray())
        consent.policies << value.toObject().value(QLatin1String("uri")).toString();
    for (const QJsonValue& value : resource.value(QLatin1String("policyBasis")).toArray()) {
        const QJsonObject basis = value.toObject();
        consent.policies << (basis.contains(QLatin1String("url"))
                                 ? basis.value(QLatin1String("url")).toString()
                                 : referenceOf(basis.value(QLatin1String("reference"))));
    }
    consent.policies.removeAll(QString());
    for (const char* key : {"organization", "controller", "manager", "grantee"}) {
        for (const QJsonValue& value : resource.value(QLatin1String(key)).toArray()) {
            const QJsonObject org = value.toObject();
            const QString name = org.value(QLatin1String("display")).toString();
            consent.organizations << (name.isEmpty() ? referenceOf(value) : name);
        }
    }
    if (Status s = reader.readSpan(resource.value(QLatin1String("period")), consent.period,
                                   tr("The consent period"));
        !s)
        return s.error();

    if (r5) {
        // R5: Consent.decision is the base; each provision is an exception to its parent.
        const QString decision = resource.value(QLatin1String("decision")).toString();
        Provision base;
        base.path = QStringLiteral("decision");
        base.type = decision == QLatin1String("permit") ? Provision::Type::Permit
                    : decision == QLatin1String("deny") ? Provision::Type::Deny
                                                        : typeFromPolicy(consent.policies);
        if (!decision.isEmpty() && decision != QLatin1String("permit") &&
            decision != QLatin1String("deny"))
            return malformed(
                tr("The consent's decision is \"%1\"; only permit and deny are defined.")
                    .arg(decision));
        if (decision.isEmpty())
            reader.warn(
                tr("The consent states no decision; its provisions are read as exceptions "
                   "to %1.")
                    .arg(base.type == Provision::Type::None ? tr("nothing") : tr("its policy")));
        consent.provisions.push_back(base);
        const QJsonArray provisions = provisionValue.toArray();
        for (int i = 0; i < provisions.size(); ++i) {
            if (!provisions.at(i).isObject())
                return malformed(tr("Provision %1 is not an object.").arg(i + 1));
            Result<int> child =
                reader.readProvision(provisions.at(i).toObject(), 0, QString::number(i + 1),
                                     Provision::opposite(base.type), true);
            if (!child)
                return child.error();
        }
        return consent;
    }

    if (provisionValue.isUndefined()) {
        const Provision::Type base = typeFromPolicy(consent.policies);
        if (base == Provision::Type::None) {
            reader.warn(tr("The consent has no provision and no opt-in/opt-out policy; it decides "
                           "nothing."));
            return consent;
        }
        reader.warn(tr("The consent has no provision; its policy (%1) applies to everything.")
                        .arg(consent.policies.join(QLatin1String(", "))));
        Provision root;
        root.path = QStringLiteral("1");
        root.type = base;
        root.typeInferred = true;
        consent.provisions.push_back(root);
        return consent;
    }
    if (!provisionValue.isObject())
        return malformed(tr("The consent's provision is not an object."));
    const Provision::Type policyType = typeFromPolicy(consent.policies);
    if (!provisionValue.toObject().contains(QLatin1String("type")))
        reader.warn(policyType == Provision::Type::None
                        ? tr("Provision 1 has no type and the policy names none; it decides "
                             "nothing itself.")
                        : tr("Provision 1 has no type; the policy (%1) gives it.")
                              .arg(consent.policies.join(QLatin1String(", "))));
    Result<int> root =
        reader.readProvision(provisionValue.toObject(), -1, QStringLiteral("1"), policyType, false);
    if (!root)
        return root.error();
    return consent;
}

} // namespace sightline
