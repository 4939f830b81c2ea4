// Consent decisions per second on one core, for the literature's research consent (a 3-level
// provision tree: permit → deny for HIV reports → permit for a clinical-trial viral load), with
// requests that end at each level, fall outside the consent, or fail the clearance rule. Also
// the explained form (trace turned into sentences) and a preview over 10,000 resources.

#include "consent/ConsentParser.h"
#include "consent/ConsentPreview.h"
#include "consent/DecisionExplainer.h"
#include "consent/SecurityLabels.h"
#include "core/consent/ConsentFixtures.h"
#include "fhir/FhirDate.h"

#include <QJsonArray>

#include <benchmark/benchmark.h>

using namespace sightline;

namespace {

const ConsentEngine& researchEngine() {
    static const ConsentEngine engine(
        {ConsentParser::parse(test::consentFixtures().value(QStringLiteral("research"))).value()});
    return engine;
}

std::vector<AccessRequest> requests() {
    const Coding hiv{SecurityLabels::actCodeSystem, QStringLiteral("HIV"), {}};
    const Coding psy{SecurityLabels::actCodeSystem, QStringLiteral("PSY"), {}};
    const Coding restricted{SecurityLabels::confidentialitySystem, QStringLiteral("R"), {}};
    AccessRequest base;
    base.patient = QStringLiteral("Patient/p1");
    base.actorReference = QStringLiteral("Organization/research-institute");
    base.actions = {Coding{{}, QStringLiteral("access"), {}}};
    base.setPurposes({Coding{{}, QStringLiteral("HRESCH"), {}}});
    base.atMs = FhirDate::parse(u"2026-06-15")->firstMs;
    std::vector<AccessRequest> list;
    AccessRequest observation = base; // level 1 decides
    observation.resourceType = QStringLiteral("Observation");
    list.push_back(observation);
    AccessRequest medication = base; // level 2 decides
    medication.resourceType = QStringLiteral("MedicationRequest");
    medication.securityLabels = {restricted, psy};
    list.push_back(medication);
    AccessRequest viralLoad = base; // level 3 decides
    viralLoad.resourceType = QStringLiteral("DiagnosticReport");
    viralLoad.securityLabels = {hiv};
    viralLoad.setPurposes({Coding{{}, QStringLiteral("CLINTRCH"), {}}});
    viralLoad.codes = {Coding{QStringLiteral("http://loinc.org"), QStringLiteral("25836-8"), {}}};
    list.push_back(viralLoad);
    AccessRequest outside = base; // the consent does not apply: default
    outside.resourceType = QStringLiteral("Procedure");
    list.push_back(outside);
    AccessRequest cleared = observation; // clearance rule
    cleared.securityLabels = {restricted};
    cleared.clearance = 3;
    list.push_back(cleared);
    return list;
}

} // namespace

static void BM_Decide(benchmark::State& state) {
    const ConsentEngine& engine = researchEngine();
    const std::vector<AccessRequest> list = requests();
    size_t i = 0;
    for (auto _ : state) {
        const ConsentDecision decision = engine.decide(list[i]);
        benchmark::DoNotOptimize(decision.effect);
        i = (i + 1) % list.size();
    }
    state.counters["decisions_per_s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Decide);

static void BM_DecideDeepest(benchmark::State& state) {
    const ConsentEngine& engine = researchEngine();
    const AccessRequest request = requests()[2];
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.decide(request).effect);
    state.counters["decisions_per_s"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DecideDeepest);

static void BM_DecideAndExplain(benchmark::State& state) {
    const ConsentEngine& engine = researchEngine();
    const DecisionExplainer explainer(engine);
    const AccessRequest request = requests()[2];
    for (auto _ : state) {
        const ConsentDecision decision = engine.decide(request);
        benchmark::DoNotOptimize(explainer.explain(decision, request).size());
    }
}
BENCHMARK(BM_DecideAndExplain)->Unit(benchmark::kMicrosecond);

static void BM_Preview10k(benchmark::State& state) {
    QList<QJsonObject> resources;
    for (int i = 0; i < 10000; ++i) {
        QJsonArray security{QJsonObject{
            {QStringLiteral("system"), SecurityLabels::actCodeSystem},
            {QStringLiteral("code"), i % 10 ? QStringLiteral("N") : QStringLiteral("PSY")}}};
        resources << QJsonObject{
            {QStringLiteral("resourceType"),
             i % 2 ? QStringLiteral("Observation") : QStringLiteral("MedicationRequest")},
            {QStringLiteral("id"), QString::number(i)},
            {QStringLiteral("subject"),
             QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/p1")}}},
            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("security"), security}}}};
    }
    const ConsentPreview preview(researchEngine(), requests()[0]);
    for (auto _ : state)
        benchmark::DoNotOptimize(preview.run(resources).shared);
    state.counters["resources_per_s"] =
        benchmark::Counter(double(state.iterations()) * 10000, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Preview10k)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
