#include "capabilities/CapabilityReport.h"

#include <QJsonArray>
#include <QTextStream>

namespace sightline {

namespace {
QJsonArray toArray(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

QJsonObject errorJson(const Error& e) {
    return {{QStringLiteral("kind"), Error::kindName(e.kind)},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("httpStatus"), e.httpStatus}};
}
} // namespace

QJsonObject CapabilityReport::toJson(const ServerCapabilities& caps,
                                     const QList<ReadinessItem>& readiness) {
    QJsonObject out{{QStringLiteral("fhirBase"), caps.fhirBase.toString()},
                    {QStringLiteral("fetchedUtc"), caps.fetchedUtc.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("elapsedMs"), caps.elapsedMs}};
    if (caps.statement) {
        const CapabilityStatement& cs = *caps.statement;
        QJsonArray resources;
        for (const auto& r : cs.resources) {
            QJsonArray params;
            for (const auto& p : r.searchParams)
                params.append(p.name);
            QJsonArray ops;
            for (const auto& o : r.operations)
                ops.append(o.name);
            resources.append(
                QJsonObject{{QStringLiteral("type"), r.type},
                            {QStringLiteral("interactions"), toArray(r.interactions)},
                            {QStringLiteral("searchParams"), params},
                            {QStringLiteral("operations"), ops},
                            {QStringLiteral("searchInclude"), toArray(r.searchInclude)},
                            {QStringLiteral("conditionalCreate"), r.conditionalCreate}});
        }
        QJsonArray systemOps;
        for (const auto& o : cs.systemOperations)
            systemOps.append(o.name);
        out.insert(
            QStringLiteral("statement"),
            QJsonObject{{QStringLiteral("software"),
                         (cs.softwareName + QLatin1Char(' ') + cs.softwareVersion).trimmed()},
                        {QStringLiteral("fhirVersion"), cs.fhirVersion},
                        {QStringLiteral("formats"), toArray(cs.formats)},
                        {QStringLiteral("systemInteractions"), toArray(cs.systemInteractions)},
                        {QStringLiteral("systemOperations"), systemOps},
                        {QStringLiteral("securityServices"), toArray(cs.securityServices)},
                        {QStringLiteral("resources"), resources}});
    } else {
        out.insert(QStringLiteral("statementError"), errorJson(caps.statementError));
    }
    if (caps.smart) {
        const SmartConfiguration& s = *caps.smart;
        out.insert(
            QStringLiteral("smart"),
            QJsonObject{
                {QStringLiteral("source"), s.source == SmartConfiguration::Source::WellKnown
                                               ? QStringLiteral("well-known")
                                               : QStringLiteral("capability-statement")},
                {QStringLiteral("authorizationEndpoint"), s.authorizationEndpoint.toString()},
                {QStringLiteral("tokenEndpoint"), s.tokenEndpoint.toString()},
                {QStringLiteral("capabilities"), toArray(s.capabilities)},
                {QStringLiteral("codeChallengeMethods"), toArray(s.codeChallengeMethods)},
                {QStringLiteral("problems"), toArray(s.problems())}});
    } else {
        out.insert(QStringLiteral("smartError"), errorJson(caps.smartError));
    }
    QJsonArray items;
    for (const auto& i : readiness) {
        items.append(QJsonObject{{QStringLiteral("id"), i.id},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("area"), i.area},
                                 {QStringLiteral("state"), ReadinessItem::stateName(i.state)},
                                 {QStringLiteral("essential"), i.essential},
                                 {QStringLiteral("reason"), i.reason}});
    }
    out.insert(QStringLiteral("readiness"), items);
    out.insert(QStringLiteral("verdict"), ReadinessCheck::verdict(readiness));
    return out;
}

QString CapabilityReport::toText(const ServerCapabilities& caps,
                                 const QList<ReadinessItem>& readiness) {
    QString text;
    QTextStream out(&text);
    out << "Server      " << caps.fhirBase.toDisplayString() << '\n';
    if (caps.statement) {
        const CapabilityStatement& cs = *caps.statement;
        out << "Software    " << (cs.softwareName + QLatin1Char(' ') + cs.softwareVersion).trimmed()
            << '\n';
        out << "FHIR        " << cs.fhirVersion << " (" << cs.formats.join(QStringLiteral(", "))
            << ")\n";
        out << "Resources   " << cs.resources.size()
            << " types; system: " << cs.systemInteractions.join(QStringLiteral(", ")) << '\n';
    } else {
        out << "Statement   unavailable: " << caps.statementError.toString() << '\n';
    }
    if (caps.smart)
        out << "SMART       " << caps.smart->capabilities.join(QStringLiteral(", ")) << '\n';
    else
        out << "SMART       none (" << caps.smartError.message << ")\n";
    out << "\nReadiness\n";
    for (const auto& i : readiness) {
        out << "  " << ReadinessItem::stateSymbol(i.state) << ' ' << i.title.leftJustified(38)
            << ' ' << i.reason << '\n';
    }
    out << '\n' << ReadinessCheck::verdict(readiness) << '\n';
    return text;
}

} // namespace sightline
