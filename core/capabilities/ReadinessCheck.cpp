#include "capabilities/ReadinessCheck.h"

#include <QCoreApplication>

namespace sightline {

namespace {

using State = ReadinessItem::State;

ReadinessItem item(const char* id, QString title, QString area, bool essential) {
    ReadinessItem i;
    i.id = QString::fromLatin1(id);
    i.title = std::move(title);
    i.area = std::move(area);
    i.essential = essential;
    return i;
}

ReadinessItem& set(ReadinessItem& i, State state, QString reason) {
    i.state = state;
    i.reason = std::move(reason);
    return i;
}

// Checks "Type supports interaction (and search param)" and fills the item.
void checkSearch(ReadinessItem& i, const CapabilityStatement& cs, const QString& type,
                 const QStringList& params) {
    const ResourceCapability* r = cs.resource(type);
    if (!r) {
        set(i, State::Missing,
            ReadinessCheck::tr("%1 is not among the server's resources").arg(type));
        return;
    }
    if (!r->hasInteraction(QStringLiteral("search-type"))) {
        set(i, State::Missing, ReadinessCheck::tr("%1 does not declare search-type").arg(type));
        return;
    }
    for (const QString& p : params) {
        if (r->hasSearchParam(p)) {
            set(i, State::Ready,
                ReadinessCheck::tr("%1 search-type with parameter '%2'").arg(type, p));
            return;
        }
    }
    set(i, State::Partial,
        ReadinessCheck::tr("%1 is searchable but declares none of: %2")
            .arg(type, params.join(QStringLiteral(", "))));
}

void checkInteraction(ReadinessItem& i, const CapabilityStatement& cs, const QString& type,
                      const QString& interaction) {
    const ResourceCapability* r = cs.resource(type);
    if (!r)
        set(i, State::Missing,
            ReadinessCheck::tr("%1 is not among the server's resources").arg(type));
    else if (!r->hasInteraction(interaction))
        set(i, State::Missing,
            ReadinessCheck::tr("%1 does not declare '%2'").arg(type, interaction));
    else
        set(i, State::Ready, ReadinessCheck::tr("%1 declares '%2'").arg(type, interaction));
}

} // namespace

QString ReadinessItem::stateSymbol(State state) {
    switch (state) {
    case State::Ready:
        return QStringLiteral("✓");
    case State::Partial:
        return QStringLiteral("~");
    case State::Missing:
        return QStringLiteral("✗");
    case State::Unknown:
        return QStringLiteral("?");
    }
    return QStringLiteral("?");
}

QString ReadinessItem::stateName(State state) {
    switch (state) {
    case State::Ready:
        return QStringLiteral("ready");
    case State::Partial:
        return QStringLiteral("partial");
    case State::Missing:
        return QStringLiteral("missing");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QList<ReadinessItem> ReadinessCheck::evaluate(const ServerCapabilities& caps) {
    const QString fhir = tr("FHIR");
    const QString imaging = tr("Imaging");
    const QString consent = tr("Consent");
    const QString exportArea = tr("Export");
    const QString audit = tr("Audit");
    const QString smartArea = tr("SMART");

    QList<ReadinessItem> items{
        item("fhir-r4", tr("FHIR R4 (4.0.x)"), fhir, true),
        item("json", tr("JSON format"), fhir, true),
        item("patient-read", tr("Read Patient"), fhir, true),
        item("imaging-search", tr("Search ImagingStudy by patient"), imaging, true),
        item("imaging-include-endpoint", tr("_include ImagingStudy:endpoint"), imaging, false),
        item("consent-search", tr("Search Consent by patient"), consent, false),
        item("bulk-export", tr("Bulk Data $export"), exportArea, false),
        item("transaction", tr("Transaction bundles"), exportArea, false),
        item("conditional-create", tr("Conditional create (If-None-Exist)"), exportArea, false),
        item("audit-create", tr("Create AuditEvent"), audit, false),
        item("smart-discovery", tr("SMART discovery"), smartArea, false),
        item("smart-pkce", tr("PKCE S256"), smartArea, false),
        item("smart-standalone", tr("SMART standalone launch"), smartArea, false),
        item("smart-backend", tr("SMART backend services"), smartArea, false),
        item("smart-permission-v2", tr("SMART scopes v2"), smartArea, false),
        item("smart-imaging", tr("SMART Imaging Access"), smartArea, false),
    };

    if (!caps.statement) {
        for (ReadinessItem& i : items) {
            if (i.area != smartArea)
                set(i, State::Unknown,
                    tr("No CapabilityStatement: %1").arg(caps.statementError.message));
        }
    } else {
        const CapabilityStatement& cs = *caps.statement;
        for (ReadinessItem& i : items) {
            if (i.id == QLatin1String("fhir-r4")) {
                if (cs.fhirVersion.startsWith(QLatin1String("4.0")))
                    set(i, State::Ready, tr("fhirVersion %1").arg(cs.fhirVersion));
                else if (cs.fhirVersion.startsWith(QLatin1Char('4')) ||
                         cs.fhirVersion.startsWith(QLatin1Char('5')))
                    set(i, State::Partial,
                        tr("fhirVersion %1: Sightline speaks R4; most reads will work")
                            .arg(cs.fhirVersion));
                else
                    set(i, State::Missing, tr("fhirVersion '%1' is not R4").arg(cs.fhirVersion));
            } else if (i.id == QLatin1String("json")) {
                if (cs.supportsJson())
                    set(i, State::Ready,
                        tr("format: %1").arg(cs.formats.join(QStringLiteral(", "))));
                else
                    set(i, State::Missing,
                        tr("format lists no JSON (%1)").arg(cs.formats.join(QStringLiteral(", "))));
            } else if (i.id == QLatin1String("patient-read")) {
                checkInteraction(i, cs, QStringLiteral("Patient"), QStringLiteral("read"));
            } else if (i.id == QLatin1String("imaging-search")) {
                checkSearch(i, cs, QStringLiteral("ImagingStudy"),
                            {QStringLiteral("patient"), QStringLiteral("subject")});
            } else if (i.id == QLatin1String("imaging-include-endpoint")) {
                const ResourceCapability* r = cs.resource(QStringLiteral("ImagingStudy"));
                const ResourceCapability* endpoint = cs.resource(QStringLiteral("Endpoint"));
                if (r && r->searchInclude.contains(QLatin1String("ImagingStudy:endpoint")))
                    set(i, State::Ready, tr("searchInclude lists ImagingStudy:endpoint"));
                else if (endpoint && endpoint->hasInteraction(QStringLiteral("read")))
                    set(i, State::Partial,
                        tr("No _include; Sightline reads each Endpoint separately"));
                else
                    set(i, State::Missing,
                        tr("Neither _include nor Endpoint read: only contained Endpoints can be "
                           "used"));
            } else if (i.id == QLatin1String("consent-search")) {
                checkSearch(i, cs, QStringLiteral("Consent"),
                            {QStringLiteral("patient"), QStringLiteral("subject")});
            } else if (i.id == QLatin1String("bulk-export")) {
                if (cs.hasOperation(QStringLiteral("export")))
                    set(i, State::Ready, tr("$export is declared"));
                else
                    set(i, State::Missing, tr("No $export operation declared"));
            } else if (i.id == QLatin1String("transaction")) {
                if (cs.systemInteractions.contains(QLatin1String("transaction")))
                    set(i, State::Ready, tr("System interaction 'transaction'"));
                else if (cs.systemInteractions.contains(QLatin1String("batch")))
                    set(i, State::Partial, tr("Only 'batch': pushes are not atomic"));
                else
                    set(i, State::Missing, tr("Neither transaction nor batch is declared"));
            } else if (i.id == QLatin1String("conditional-create")) {
                QStringList with;
                QStringList without;
                for (const char* type :
                     {"Patient", "ImagingStudy", "Observation", "DiagnosticReport"}) {
                    const ResourceCapability* r = cs.resource(QString::fromLatin1(type));
                    (r && r->conditionalCreate ? with : without) << QString::fromLatin1(type);
                }
                if (without.isEmpty())
                    set(i, State::Ready,
                        tr("conditionalCreate on %1").arg(with.join(QStringLiteral(", "))));
                else if (with.contains(QLatin1String("Patient")))
                    set(i, State::Partial,
                        tr("conditionalCreate missing on %1")
                            .arg(without.join(QStringLiteral(", "))));
                else
                    set(i, State::Missing,
                        tr("Patient has no conditionalCreate: pushes could duplicate patients"));
            } else if (i.id == QLatin1String("audit-create")) {
                checkInteraction(i, cs, QStringLiteral("AuditEvent"), QStringLiteral("create"));
            }
        }
    }

    const std::optional<SmartConfiguration>& smart = caps.smart;
    for (ReadinessItem& i : items) {
        if (i.area != smartArea)
            continue;
        if (!smart) {
            const QString why = caps.smartError.kind == Error::Kind::None
                                    ? tr("no SMART configuration")
                                    : caps.smartError.message;
            set(i, i.id == QLatin1String("smart-discovery") ? State::Missing : State::Unknown,
                tr("No SMART configuration (%1); the server may be open or use other authorization")
                    .arg(why));
            continue;
        }
        const SmartConfiguration& s = *smart;
        if (i.id == QLatin1String("smart-discovery")) {
            const QStringList problems = s.problems();
            if (problems.isEmpty())
                set(i, State::Ready, tr("/.well-known/smart-configuration is complete"));
            else
                set(i, s.tokenEndpoint.isEmpty() ? State::Missing : State::Partial,
                    problems.join(QStringLiteral("; ")));
        } else if (i.id == QLatin1String("smart-pkce")) {
            if (s.supportsS256() && !s.codeChallengeMethods.contains(QLatin1String("plain")))
                set(i, State::Ready,
                    tr("code_challenge_methods_supported: %1")
                        .arg(s.codeChallengeMethods.join(QStringLiteral(", "))));
            else if (s.supportsS256())
                set(i, State::Partial, tr("S256 offered, but so is 'plain'"));
            else
                set(i, State::Missing,
                    tr("S256 not offered: Sightline refuses to log in without PKCE"));
        } else if (i.id == QLatin1String("smart-standalone")) {
            if (s.hasCapability(QStringLiteral("launch-standalone")) &&
                !s.authorizationEndpoint.isEmpty())
                set(i, State::Ready,
                    tr("launch-standalone; authorize at %1")
                        .arg(s.authorizationEndpoint.toDisplayString()));
            else if (!s.authorizationEndpoint.isEmpty())
                set(i, State::Partial,
                    tr("An authorization endpoint exists, but launch-standalone is not declared"));
            else
                set(i, State::Missing, tr("No authorization endpoint"));
        } else if (i.id == QLatin1String("smart-backend")) {
            const bool asymmetric =
                s.hasCapability(QStringLiteral("client-confidential-asymmetric")) ||
                s.tokenEndpointAuthMethods.contains(QLatin1String("private_key_jwt"));
            const bool credentialsGrant =
                s.grantTypes.contains(QLatin1String("client_credentials"));
            if (asymmetric && credentialsGrant)
                set(i, State::Ready, tr("client_credentials with private_key_jwt"));
            else if (asymmetric || credentialsGrant)
                set(i, State::Partial,
                    asymmetric ? tr("private_key_jwt, but client_credentials is not listed")
                               : tr("client_credentials, but no asymmetric client authentication"));
            else
                set(i, State::Missing,
                    tr("Neither client_credentials nor private_key_jwt is declared"));
        } else if (i.id == QLatin1String("smart-permission-v2")) {
            if (s.hasCapability(QStringLiteral("permission-v2")))
                set(i, State::Ready, tr("permission-v2"));
            else if (s.hasCapability(QStringLiteral("permission-v1")))
                set(i, State::Partial, tr("Only permission-v1: Sightline will request v1 scopes"));
            else
                set(i, State::Unknown, tr("Neither permission-v1 nor permission-v2 is declared"));
        } else if (i.id == QLatin1String("smart-imaging")) {
            if (s.offersImagingAccess())
                set(i, State::Ready, tr("smart-imaging-access is declared"));
            else
                set(i, State::Missing,
                    tr("smart-imaging-access is not declared; images come from Endpoint addresses "
                       "with their own credentials"));
        }
    }
    return items;
}

QString ReadinessCheck::verdict(const QList<ReadinessItem>& items) {
    QStringList blocking;
    QStringList limited;
    for (const auto& i : items) {
        if (i.essential && (i.state == State::Missing || i.state == State::Unknown))
            blocking << i.title;
        else if (i.state != State::Ready)
            limited << i.title;
    }
    if (!blocking.isEmpty())
        return tr("Not usable: %1").arg(blocking.join(QStringLiteral(", ")));
    if (!limited.isEmpty())
        return tr("Usable with limits: %1").arg(limited.join(QStringLiteral(", ")));
    return tr("Ready for Sightline");
}

} // namespace sightline
