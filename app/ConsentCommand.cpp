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

// The question options both commands share, read from what the command line parsed.
Options optionsFrom(const CommandArguments& args) {
    Options o;
    o.question.actions = {
        Coding{QStringLiteral("http://terminology.hl7.org/CodeSystem/consentaction"),
               QStringLiteral("access"),
               {}}};
    o.question.atMs = Clock::system().nowMs();
    o.json = args.isSet(QStringLiteral("json"));
    if (args.isSet(QStringLiteral("latest-wins")))
        o.policy.combining = ConsentPolicy::Combining::LatestWins;
    o.server = args.argument(0);
    o.consentFiles = args.values(QStringLiteral("consent"));
    o.resourceFiles = args.values(QStringLiteral("resource"));
    o.patient = args.value(QStringLiteral("patient")).section(u'/', -1);
    QList<Coding> purposes;
    for (const QString& purpose : args.values(QStringLiteral("purpose")))
        purposes << codingOf(purpose);
    o.question.setPurposes(
        purposes.isEmpty() ? QList<Coding>{Coding{{}, QStringLiteral("TREAT"), {}}} : purposes);
    if (args.isSet(QStringLiteral("actor")))
        o.question.actorReference =
            AccessRequest::localReference(args.value(QStringLiteral("actor")));
    for (const QString& role : args.values(QStringLiteral("role")))
        o.question.actorRoles << codingOf(role);
    if (args.isSet(QStringLiteral("action"))) {
        o.question.actions.clear();
        for (const QString& action : args.values(QStringLiteral("action")))
            o.question.actions << codingOf(action);
    }
    if (args.isSet(QStringLiteral("clearance"))) {
        o.question.clearance =
            SecurityLabels::confidentialityRank(args.value(QStringLiteral("clearance")));
        if (o.question.clearance < 0) {
            o.error = ConsentCommand::tr("--clearance takes U, L, M, N, R or V");
            return o;
        }
    }
    if (args.isSet(QStringLiteral("at"))) {
        const auto at = FhirDate::parse(args.value(QStringLiteral("at")));
        if (!at) {
            o.error = ConsentCommand::tr("--at takes a FHIR date or dateTime, e.g. 2026-06-01");
            return o;
        }
        o.question.atMs = at->firstMs;
    }
    if (args.isSet(QStringLiteral("default"))) {
        const QString d = args.value(QStringLiteral("default"));
        if (d == QLatin1String("permit"))
            o.policy.whenNoConsentApplies = ConsentEffect::Permit;
        else if (d == QLatin1String("deny"))
            o.policy.whenNoConsentApplies = ConsentEffect::Deny;
        else if (d == QLatin1String("none"))
            o.policy.whenNoConsentApplies = ConsentEffect::NoDecision;
        else
            o.error = ConsentCommand::tr("--default takes permit, deny or none");
    }
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

QList<CommandSpec> ConsentCommand::commands() {
    const QList<CommandOption> question = {
        {QStringLiteral("purpose"), QStringLiteral("CODE"),
         tr("the purpose of use (default TREAT); SYSTEM|CODE for another code system"), false,
         true},
        {QStringLiteral("actor"), QStringLiteral("Organization/ID"), tr("who asks")},
        {QStringLiteral("role"), QStringLiteral("CODE"), tr("the asker's role"), false, true},
        {QStringLiteral("action"), QStringLiteral("CODE"), tr("what is asked (default access)"),
         false, true},
        {QStringLiteral("clearance"), QStringLiteral("U|L|M|N|R|V"),
         tr("the highest confidentiality the asker may see")},
        {QStringLiteral("at"), QStringLiteral("DATE"), tr("when (default now)")},
        {QStringLiteral("latest-wins"), {}, tr("the newest applicable consent decides alone")},
        {QStringLiteral("default"), QStringLiteral("permit|deny|none"),
         tr("the decision when no consent applies (default deny)")},
        {QStringLiteral("json"), {}, tr("print the decision as JSON")}};
    CommandSpec evaluate;
    evaluate.name = QStringLiteral("consent evaluate");
    evaluate.summary = tr("Decide whether the consents permit the data (a resource or a Bundle), "
                          "with the reasons.");
    evaluate.options =
        QList<CommandOption>{{QStringLiteral("consent"), QStringLiteral("FILE"),
                              tr("a Consent resource (JSON)"), true, true},
                             {QStringLiteral("resource"), QStringLiteral("FILE"),
                              tr("the data asked for: a resource or a Bundle (JSON)"), true,
                              true}} +
        question;
    evaluate.run = &ConsentCommand::evaluate;

    CommandSpec check;
    check.name = QStringLiteral("consent check");
    check.summary = tr("Preview what of a patient's data would be shared, withheld or redacted, "
                       "and why.");
    check.arguments = {{QStringLiteral("SERVER"), tr("the server with the patient's consents")}};
    check.options = QList<CommandOption>{{QStringLiteral("patient"), QStringLiteral("ID"),
                                          tr("the patient"), true}} +
                    question;
    check.run = &ConsentCommand::check;
    return {evaluate, check};
}

int ConsentCommand::evaluate(const CommandArguments& args) {
    const Options o = optionsFrom(args);
    if (!o.error.isEmpty())
        return args.usageError(o.error);
    QTextStream err(stderr);
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
    AppServices services; // the one audit trail every command and the window write to
    AuditTrail& audit = services.audit;
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

int ConsentCommand::check(const CommandArguments& args) {
    const Options o = optionsFrom(args);
    if (!o.error.isEmpty())
        return args.usageError(o.error);
    QTextStream err(stderr);
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
