#include "ConsentCommand.h"

#include "AppServices.h"
#include "ServerResolver.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "consent/ConsentAudit.h"
#include "consent/ConsentLoader.h"
#include "consent/ConsentParser.h"
#include "consent/ConsentPreview.h"
#include "consent/DecisionExplainer.h"
#include "consent/SecurityLabels.h"
#include "fhir/FhirClient.h"
#include "fhir/FhirDate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace sightline {

namespace {

struct Options {
    QStringList consentFiles;
    QStringList resourceFiles;
    QString server;
    QString patient;
    AccessRequest question;
    ConsentPolicy policy;
    bool json = false;
    QString error;
};

Coding codingOf(const QString& text) {
    const qsizetype bar = text.lastIndexOf(u'|');
    return bar < 0 ? Coding{{}, text, {}} : Coding{text.left(bar), text.mid(bar + 1), {}};
}

Options parseOptions(const QStringList& args, bool needsServer) {
    Options o;
    QList<Coding> purposes;
    o.question.actions = {
        Coding{QStringLiteral("http://terminology.hl7.org/CodeSystem/consentaction"),
               QStringLiteral("access"),
               {}}};
    bool actionGiven = false;
    o.question.atMs = Clock::system().nowMs();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        auto value = [&]() { return args.at(++i); };
        if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--latest-wins")) {
            o.policy.combining = ConsentPolicy::Combining::LatestWins;
        } else if (!a.startsWith(QLatin1String("--"))) {
            if (!needsServer || !o.server.isEmpty()) {
                o.error = ConsentCommand::tr("Unexpected argument %1").arg(a);
                return o;
            }
            o.server = a;
        } else if (!hasValue) {
            o.error = ConsentCommand::tr("%1 needs a value").arg(a);
            return o;
        } else if (a == QLatin1String("--consent")) {
            o.consentFiles << value();
        } else if (a == QLatin1String("--resource")) {
            o.resourceFiles << value();
        } else if (a == QLatin1String("--patient")) {
            o.patient = value().section(u'/', -1);
        } else if (a == QLatin1String("--purpose")) {
            purposes << codingOf(value());
        } else if (a == QLatin1String("--actor")) {
            o.question.actorReference = AccessRequest::localReference(value());
        } else if (a == QLatin1String("--role")) {
            o.question.actorRoles << codingOf(value());
        } else if (a == QLatin1String("--action")) {
            if (!actionGiven)
                o.question.actions.clear();
            actionGiven = true;
            o.question.actions << codingOf(value());
        } else if (a == QLatin1String("--clearance")) {
            o.question.clearance = SecurityLabels::confidentialityRank(value());
            if (o.question.clearance < 0) {
                o.error = ConsentCommand::tr("--clearance takes U, L, M, N, R or V");
                return o;
            }
        } else if (a == QLatin1String("--at")) {
            const auto at = FhirDate::parse(value());
            if (!at) {
                o.error = ConsentCommand::tr("--at takes a FHIR date or dateTime, e.g. 2026-06-01");
                return o;
            }
            o.question.atMs = at->firstMs;
        } else if (a == QLatin1String("--default")) {
            const QString d = value();
            if (d == QLatin1String("permit"))
                o.policy.whenNoConsentApplies = ConsentEffect::Permit;
            else if (d == QLatin1String("deny"))
                o.policy.whenNoConsentApplies = ConsentEffect::Deny;
            else if (d == QLatin1String("none"))
                o.policy.whenNoConsentApplies = ConsentEffect::NoDecision;
            else {
                o.error = ConsentCommand::tr("--default takes permit, deny or none");
                return o;
            }
        } else {
            o.error = ConsentCommand::tr("Unknown option %1").arg(a);
            return o;
        }
    }
    o.question.setPurposes(
        purposes.isEmpty() ? QList<Coding>{Coding{{}, QStringLiteral("TREAT"), {}}} : purposes);
    return o;
}

Result<QJsonObject> readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::InvalidInput,
            ConsentCommand::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(
            Error::Kind::MalformedData,
            ConsentCommand::tr("%1 is not a JSON object: %2").arg(path, error.errorString()));
    return doc.object();
}

void printDecision(QTextStream& out, const DecisionExplainer& explainer,
                   const ConsentDecision& decision, const AccessRequest& request) {
    out << explainer.effectName(decision.effect).toUpper() << "  "
        << (request.resourceReference.isEmpty() ? request.resourceType : request.resourceReference)
        << "\n  " << explainer.summary(decision) << '\n';
    for (const ExplainedStep& step : explainer.explain(decision, request)) {
        const char* mark = step.kind == ExplainedStep::Kind::Passed   ? "  ✓ "
                           : step.kind == ExplainedStep::Kind::Failed ? "  ✗ "
                                                                      : "  → ";
        out << mark << step.text << '\n';
    }
}

QJsonArray previewJson(const ConsentPreviewResult& result, const DecisionExplainer& explainer) {
    QJsonArray rows;
    for (const PreviewRow& row : result.rows) {
        QJsonObject r = explainer.toJson(row.decision, row.request);
        r.insert(QStringLiteral("resource"), row.reference);
        r.insert(QStringLiteral("outcome"), ConsentPreview::outcomeName(row.outcome));
        QJsonArray redacted;
        for (const ElementRedaction& e : row.redactions)
            redacted.append(QJsonObject{{QStringLiteral("element"), e.path},
                                        {QStringLiteral("why"), explainer.summary(e.decision)}});
        if (!redacted.isEmpty())
            r.insert(QStringLiteral("redacted"), redacted);
        if (!row.maskedReferences.isEmpty())
            r.insert(QStringLiteral("masked"), QJsonArray::fromStringList(row.maskedReferences));
        rows.append(r);
    }
    return rows;
}

void printPreview(QTextStream& out, const ConsentPreviewResult& result,
                  const DecisionExplainer& explainer) {
    for (const PreviewRow& row : result.rows) {
        out << qSetFieldWidth(10) << Qt::left << ConsentPreview::outcomeName(row.outcome)
            << qSetFieldWidth(40) << row.reference << qSetFieldWidth(0)
            << explainer.summary(row.decision) << '\n';
        for (const ElementRedaction& e : row.redactions)
            out << "          "
                << ConsentCommand::tr("element %1 removed: %2")
                       .arg(e.path, explainer.summary(e.decision))
                << '\n';
        for (const QString& masked : row.maskedReferences)
            out << "          " << ConsentCommand::tr("reference to %1 masked").arg(masked) << '\n';
    }
    out << ConsentCommand::tr("%1 shared, %2 redacted, %3 withheld, %4 undecided")
               .arg(result.shared)
               .arg(result.redacted)
               .arg(result.withheld)
               .arg(result.undecided)
        << '\n';
}

} // namespace

int ConsentCommand::run(const CommandLine& cl) {
    return cl.mode == CommandLine::Mode::ConsentEvaluate ? evaluate(cl) : check(cl);
}

int ConsentCommand::evaluate(const CommandLine& cl) {
    Options o = parseOptions(cl.rest, false);
    if (o.error.isEmpty() && (o.consentFiles.isEmpty() || o.resourceFiles.isEmpty()))
        o.error = tr("consent evaluate needs --consent FILE and --resource FILE");
    QTextStream err(stderr);
    if (!o.error.isEmpty()) {
        err << o.error << "\n\n" << CommandLine::usage();
        return 1;
    }
    std::vector<Consent> consents;
    for (const QString& path : o.consentFiles) {
        const Result<QJsonObject> json = readJson(path);
        if (!json) {
            err << json.error().message << '\n';
            return 1;
        }
        Result<Consent> consent = ConsentParser::parse(json.value());
        if (!consent) {
            err << tr("%1: %2").arg(path, consent.error().message) << '\n';
            return 2;
        }
        for (const QString& warning : consent->warnings)
            err << tr("%1: warning: %2").arg(path, warning) << '\n';
        consents.push_back(std::move(consent.value()));
    }
    QList<QJsonObject> resources;
    for (const QString& path : o.resourceFiles) {
        const Result<QJsonObject> json = readJson(path);
        if (!json) {
            err << json.error().message << '\n';
            return 1;
        }
        if (json->value(QLatin1String("resourceType")).toString() == QLatin1String("Bundle")) {
            for (const QJsonValue& entry : json->value(QLatin1String("entry")).toArray())
                resources << entry.toObject().value(QLatin1String("resource")).toObject();
        } else {
            resources << json.value();
        }
    }
    const ConsentEngine engine(std::move(consents), o.policy);
    const DecisionExplainer explainer(engine);
    AuditTrail audit(AuditTrail::defaultJournalPath());
    QTextStream out(stdout);
    if (resources.size() == 1) {
        AccessRequest request = o.question;
        request.describe(resources.first());
        const ConsentDecision decision = engine.decide(request);
        ConsentAudit::whatIf(&audit, request, decision, explainer.summary(decision));
        if (o.json)
            out << QJsonDocument(explainer.toJson(decision, request))
                       .toJson(QJsonDocument::Indented);
        else
            printDecision(out, explainer, decision, request);
    } else {
        const ConsentPreviewResult result = ConsentPreview(engine, o.question).run(resources);
        ConsentAudit::preview(&audit, {}, o.question, result);
        if (o.json)
            out << QJsonDocument(
                       QJsonObject{{QStringLiteral("resources"), previewJson(result, explainer)},
                                   {QStringLiteral("bundle"), result.bundle}})
                       .toJson(QJsonDocument::Indented);
        else
            printPreview(out, result, explainer);
    }
    audit.flush();
    return 0;
}

int ConsentCommand::check(const CommandLine& cl) {
    Options o = parseOptions(cl.rest, true);
    if (o.error.isEmpty() && (o.server.isEmpty() || o.patient.isEmpty()))
        o.error = tr("consent check needs SERVER and --patient ID");
    QTextStream err(stderr);
    if (!o.error.isEmpty()) {
        err << o.error << "\n\n" << CommandLine::usage();
        return 1;
    }
    AppServices services;
    const auto resolved = ServerResolver::resolve(o.server, services.servers);
    if (!resolved) {
        err << resolved.error().toString() << '\n';
        return 1;
    }
    if (const Status in = services.signIn(resolved->profile); !in) {
        err << in.error().toString() << '\n';
        return 2;
    }
    AuditTrail& audit = services.audit;
    auto made = services.clients.create(resolved->profile);
    if (!made) {
        err << made.error().toString() << '\n';
        return 2;
    }
    std::unique_ptr<FhirClient> client(made.value());
    ConsentLoader loader(client.get(), o.patient);
    int code = 2;
    QObject::connect(
        &loader, &ConsentLoader::finished, &loader, [&](const Result<PatientConsentData>& data) {
            QTextStream out(stdout);
            if (!data) {
                err << data.error().toString() << '\n';
                return QCoreApplication::exit(2);
            }
            for (const UnreadableConsent& u : data->unreadable)
                err << tr("%1 cannot be read: %2").arg(u.reference, u.reason) << '\n';
            for (const QString& problem : data->problems)
                err << problem << '\n';
            AccessRequest question = o.question;
            question.patient = data->patientReference;
            const ConsentEngine engine(data->consents, o.policy);
            const DecisionExplainer explainer(engine);
            const ConsentPreviewResult result =
                ConsentPreview(engine, question).run(data->resources);
            ConsentAudit::preview(&audit, data->patientReference, question, result);
            QJsonArray consents;
            for (const Consent& c : data->consents)
                consents.append(QJsonObject{
                    {QStringLiteral("reference"), c.reference},
                    {QStringLiteral("status"), c.status},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)}});
            if (o.json) {
                out << QJsonDocument(
                           QJsonObject{
                               {QStringLiteral("patient"), data->patientReference},
                               {QStringLiteral("consents"), consents},
                               {QStringLiteral("resources"), previewJson(result, explainer)}})
                           .toJson(QJsonDocument::Indented);
            } else {
                out << tr("%1: %2 consent(s)")
                           .arg(data->patientReference)
                           .arg(data->consents.size())
                    << '\n';
                for (const Consent& c : data->consents)
                    out << "  " << c.reference << "  " << c.status << '\n';
                printPreview(out, result, explainer);
            }
            code = 0;
            QCoreApplication::exit(0);
        });
    loader.start();
    QCoreApplication::exec();
    audit.flush();
    return code;
}

} // namespace sightline
