// How long Sightline takes to turn a large server's CapabilityStatement (HAPI-shaped: 150
// resource types × 40 search parameters) into its model, readiness checklist and tree.

#include "capabilities/CapabilityStatement.h"
#include "capabilities/CapabilityTreeModel.h"
#include "capabilities/ReadinessCheck.h"
#include "support/LargeCapabilityStatement.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

using namespace sightline;

namespace {
const QByteArray& largeStatementBytes() {
    static const QByteArray bytes =
        QJsonDocument(test::makeLargeCapabilityStatement(150, 40)).toJson(QJsonDocument::Compact);
    return bytes;
}
} // namespace

static void BM_ParseJsonAndModel(benchmark::State& state) {
    const QByteArray& bytes = largeStatementBytes();
    for (auto _ : state) {
        const auto cs = CapabilityStatement::fromJson(QJsonDocument::fromJson(bytes).object());
        benchmark::DoNotOptimize(cs.ok());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
    state.counters["statement_kB"] = double(bytes.size()) / 1024.0;
}
BENCHMARK(BM_ParseJsonAndModel)->Unit(benchmark::kMillisecond);

static void BM_Readiness(benchmark::State& state) {
    ServerCapabilities caps;
    caps.statement =
        CapabilityStatement::fromJson(QJsonDocument::fromJson(largeStatementBytes()).object())
            .value();
    for (auto _ : state)
        benchmark::DoNotOptimize(ReadinessCheck::evaluate(caps).size());
}
BENCHMARK(BM_Readiness)->Unit(benchmark::kMicrosecond);

static void BM_TreeModel(benchmark::State& state) {
    ServerCapabilities caps;
    caps.statement =
        CapabilityStatement::fromJson(QJsonDocument::fromJson(largeStatementBytes()).object())
            .value();
    CapabilityTreeModel model;
    for (auto _ : state) {
        model.setCapabilities(caps);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_TreeModel)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
