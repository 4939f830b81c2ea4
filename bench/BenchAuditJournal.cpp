// Audit journal throughput: appends per second (single and batched, hash chain included, WAL,
// synchronous=NORMAL) and verification rate over a journal of 100 000 events.

#include "audit/AuditEventBuilder.h"
#include "audit/AuditJournal.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace sightline;

namespace {
QJsonObject event(int n) {
    return AuditEventBuilder::rest(QStringLiteral("read"), AuditEventBuilder::Action::Read)
        .recorded(QDateTime::currentDateTimeUtc())
        .user(QStringLiteral("Practitioner/dr-rad"))
        .application(QStringLiteral("workstation-1"))
        .server(QUrl(QStringLiteral("http://127.0.0.1:8080/fhir")))
        .tokenId(QStringLiteral("jti-%1").arg(n))
        .patient(QStringLiteral("Patient/pat-%1").arg(n % 50))
        .resource(QStringLiteral("ImagingStudy/study-%1").arg(n))
        .build();
}
} // namespace

// The parts of an append: canonical JSON, and the chained hash.
static void BM_CanonicalJson(benchmark::State& state) {
    const QJsonObject e = event(1);
    for (auto _ : state)
        benchmark::DoNotOptimize(AuditJournal::canonicalJson(e));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CanonicalJson)->Unit(benchmark::kMicrosecond);

static void BM_ChainHash(benchmark::State& state) {
    const QByteArray json = AuditJournal::canonicalJson(event(1));
    const QByteArray previous(64, 'a');
    for (auto _ : state)
        benchmark::DoNotOptimize(AuditJournal::chainHash(previous, json));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ChainHash)->Unit(benchmark::kMicrosecond);

static void BM_AppendSingle(benchmark::State& state) {
    QTemporaryDir dir;
    auto journal = AuditJournal::open(dir.filePath(QStringLiteral("a.db")));
    int n = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize((*journal)->append(event(n++)).ok());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AppendSingle)->Unit(benchmark::kMicrosecond)->UseRealTime();

static void BM_AppendBatch(benchmark::State& state) {
    QTemporaryDir dir;
    auto journal = AuditJournal::open(dir.filePath(QStringLiteral("b.db")));
    const int batch = int(state.range(0));
    QList<QJsonObject> events;
    for (int i = 0; i < batch; ++i)
        events << event(i);
    for (auto _ : state)
        benchmark::DoNotOptimize((*journal)->appendBatch(events).ok());
    state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_AppendBatch)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

static void BM_Verify(benchmark::State& state) {
    QTemporaryDir dir;
    auto journal = AuditJournal::open(dir.filePath(QStringLiteral("v.db")));
    QList<QJsonObject> events;
    for (int i = 0; i < 1000; ++i)
        events << event(i);
    for (int i = 0; i < 100; ++i)
        (*journal)->appendBatch(events);
    for (auto _ : state)
        benchmark::DoNotOptimize((*journal)->verify().intact);
    state.SetItemsProcessed(state.iterations() * 100000);
}
BENCHMARK(BM_Verify)->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
