#include "capabilities/CapabilityComparison.h"

#include "capabilities/ReadinessCheck.h"

#include <QCoreApplication>
#include <QSet>

namespace sightline {

namespace {

QString joined(QStringList list) {
    list.sort();
    return list.join(QStringLiteral(", "));
}

QString resourceSummary(const ResourceCapability* r) {
    if (!r)
        return QStringLiteral("—");
    QStringList interactions = r->interactions;
    interactions.sort();
    QString text = interactions.join(QStringLiteral(", "));
    text += QStringLiteral(" · %1 search params").arg(r->searchParams.size());
    if (!r->operations.isEmpty()) {
        QStringList ops;
        for (const auto& o : r->operations)
            ops << QLatin1Char('$') + o.name;
        text += QStringLiteral(" · ") + joined(ops);
    }
    return text;
}

} // namespace

QList<ComparisonRow> CapabilityComparison::compare(const ServerCapabilities& a,
                                                   const ServerCapabilities& b) {
    QList<ComparisonRow> rows;
    auto add = [&](const QString& section, const QString& aspect, const QString& left,
                   const QString& right) {
        rows << ComparisonRow{section, aspect, left, right, left != right};
    };
    const QString general = tr("General");
    auto statementValue = [](const ServerCapabilities& c, auto getter) {
        return c.statement ? getter(*c.statement)
                           : tr("(no statement: %1)").arg(c.statementError.message);
    };
    add(general, tr("FHIR base"), a.fhirBase.toDisplayString(), b.fhirBase.toDisplayString());
    rows.last().differs = false; // different addresses are the point of comparing
    add(general, tr("Software"),
        statementValue(a,
                       [](const auto& s) {
                           return (s.softwareName + QLatin1Char(' ') + s.softwareVersion).trimmed();
                       }),
        statementValue(b, [](const auto& s) {
            return (s.softwareName + QLatin1Char(' ') + s.softwareVersion).trimmed();
        }));
    add(general, tr("FHIR version"), statementValue(a, [](const auto& s) { return s.fhirVersion; }),
        statementValue(b, [](const auto& s) { return s.fhirVersion; }));
    add(general, tr("Formats"), statementValue(a, [](const auto& s) { return joined(s.formats); }),
        statementValue(b, [](const auto& s) { return joined(s.formats); }));
    add(general, tr("System interactions"),
        statementValue(a, [](const auto& s) { return joined(s.systemInteractions); }),
        statementValue(b, [](const auto& s) { return joined(s.systemInteractions); }));
    auto systemOps = [](const CapabilityStatement& s) {
        QStringList ops;
        for (const auto& o : s.systemOperations)
            ops << QLatin1Char('$') + o.name;
        return joined(ops);
    };
    add(general, tr("System operations"), statementValue(a, systemOps),
        statementValue(b, systemOps));
    add(general, tr("Resource types"),
        statementValue(a, [](const auto& s) { return QString::number(s.resources.size()); }),
        statementValue(b, [](const auto& s) { return QString::number(s.resources.size()); }));

    const QList<ReadinessItem> ra = ReadinessCheck::evaluate(a);
    const QList<ReadinessItem> rb = ReadinessCheck::evaluate(b);
    for (qsizetype i = 0; i < ra.size() && i < rb.size(); ++i) {
        add(tr("Readiness"), ra[i].title,
            ReadinessItem::stateSymbol(ra[i].state) + QLatin1Char(' ') +
                ReadinessItem::stateName(ra[i].state),
            ReadinessItem::stateSymbol(rb[i].state) + QLatin1Char(' ') +
                ReadinessItem::stateName(rb[i].state));
    }

    auto smartCaps = [](const ServerCapabilities& c) {
        return c.smart ? joined(c.smart->capabilities) : tr("(none)");
    };
    add(tr("SMART"), tr("Capabilities"), smartCaps(a), smartCaps(b));
    auto smartScopes = [](const ServerCapabilities& c) {
        return c.smart ? QString::number(c.smart->scopesSupported.size()) : tr("(none)");
    };
    add(tr("SMART"), tr("Scopes supported"), smartScopes(a), smartScopes(b));

    QSet<QString> types;
    if (a.statement)
        for (const auto& r : a.statement->resources)
            types.insert(r.type);
    if (b.statement)
        for (const auto& r : b.statement->resources)
            types.insert(r.type);
    QStringList sorted(types.cbegin(), types.cend());
    sorted.sort();
    for (const QString& type : sorted) {
        add(tr("Resources"), type,
            resourceSummary(a.statement ? a.statement->resource(type) : nullptr),
            resourceSummary(b.statement ? b.statement->resource(type) : nullptr));
    }
    return rows;
}

int CapabilityComparison::differenceCount(const QList<ComparisonRow>& rows) {
    return static_cast<int>(
        std::count_if(rows.cbegin(), rows.cend(), [](const auto& r) { return r.differs; }));
}

} // namespace sightline
