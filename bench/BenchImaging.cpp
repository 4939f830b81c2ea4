// Imaging figures: multipart parsing throughput, thumbnail time per slice from file (the
// sandbox's generated CT, JPEG-LS and RLE images), and image-cache lookups with 100 000
// instances indexed. Run: build/bench/BenchImaging (generates the sandbox DICOM on first use).

#include "cache/ImageCache.h"
#include "dicom/DicomRenderer.h"
#include "imaging/MultipartReader.h"
#include "support/SandboxFixture.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace sightline;

namespace {

QStringList filesOf(const QString& syntax) {
    static const QJsonObject data = [] {
        QString error;
        return test::SandboxFixture::generatedDicom(&error);
    }();
    QStringList out;
    for (const QJsonValue s : data.value(QLatin1String("studies")).toArray()) {
        if (s.toObject().value(QLatin1String("syntax")).toString() != syntax)
            continue;
        for (const QJsonValue series : s.toObject().value(QLatin1String("series")).toArray())
            for (const QJsonValue f : series.toObject().value(QLatin1String("files")).toArray())
                out << f.toString();
        if (out.size() >= 60)
            break;
    }
    return out;
}

} // namespace

// 256 parts of 2 MiB (a large CT study) fed in network-sized chunks (the argument, in bytes; 0:
// the whole body at once, as Qt hands it over when the reader has fallen behind the network).
static void BM_MultipartParse(benchmark::State& state) {
    QByteArray part(2 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < part.size(); ++i)
        part[i] = char(QRandomGenerator::global()->bounded(256));
    QByteArray body;
    for (int i = 0; i < 256; ++i)
        body += "--sightline-bench\r\nContent-Type: application/dicom\r\n\r\n" + part + "\r\n";
    body += "--sightline-bench--\r\n";
    const qsizetype chunk = state.range(0) > 0 ? state.range(0) : body.size();
    for (auto _ : state) {
        qint64 delivered = 0;
        MultipartReader reader("sightline-bench", [&](MultipartPart&& p) {
            delivered += p.body.size();
            return Status(Done{});
        });
        for (qsizetype at = 0; at < body.size(); at += chunk)
            (void)reader.feed(QByteArrayView(body).sliced(at, std::min(chunk, body.size() - at)));
        (void)reader.finish();
        benchmark::DoNotOptimize(delivered);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
}
BENCHMARK(BM_MultipartParse)
    ->Arg(4 * 1024)
    ->Arg(16 * 1024)
    ->Arg(64 * 1024)
    ->Arg(8 * 1024 * 1024)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond);

static void thumbnails(benchmark::State& state, const QString& syntax) {
    const QStringList files = filesOf(syntax);
    if (files.isEmpty()) {
        state.SkipWithError("no generated DICOM (node tests/sandbox/generate-dicom.mjs)");
        return;
    }
    qsizetype i = 0;
    for (auto _ : state) {
        auto image = DicomRenderer::thumbnailFromFile(files[i++ % files.size()], 128);
        benchmark::DoNotOptimize(image.ok());
    }
    state.counters["slices"] = double(files.size());
}
static void BM_ThumbnailCtExplicit(benchmark::State& s) {
    thumbnails(s, QStringLiteral("explicit"));
}
static void BM_ThumbnailJpegLs(benchmark::State& s) {
    thumbnails(s, QStringLiteral("jpeg-ls"));
}
static void BM_ThumbnailRle(benchmark::State& s) {
    thumbnails(s, QStringLiteral("rle"));
}
BENCHMARK(BM_ThumbnailCtExplicit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ThumbnailJpegLs)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ThumbnailRle)->Unit(benchmark::kMillisecond);

// Index lookups (contains + path with the LRU touch) with 100 000 instances indexed.
static void BM_CacheLookup100k(benchmark::State& state) {
    QTemporaryDir dir;
    {
        ImageCache cache(dir.path()); // creates the schema
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(dir.filePath(QStringLiteral("index.db")));
        db.open();
        QSqlQuery q(db);
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO instances VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        for (int i = 0; i < 100000; ++i) {
            const QString study = QStringLiteral("1.2.%1").arg(i / 500);
            const QString series = study + QStringLiteral(".%1").arg((i / 100) % 5);
            for (const QVariant& v :
                 {QVariant(series + QStringLiteral(".%1").arg(i)), QVariant(study),
                  QVariant(series), QVariant(QStringLiteral("P%1").arg(i / 2000)),
                  QVariant(QStringLiteral("X^Y")), QVariant(500000), QVariant(QStringLiteral("00")),
                  QVariant(QStringLiteral("s")), QVariant(QStringLiteral("1.2.840.10008.1.2.1")),
                  QVariant(QStringLiteral("2026-11-01T00:00:00.000Z")),
                  QVariant(QStringLiteral("2026-11-01T00:00:00.000Z"))})
                q.addBindValue(v);
            q.exec();
        }
        db.commit();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    ImageCache cache(dir.path());
    int i = 0;
    for (auto _ : state) {
        const int n = (i++ * 7919) % 100000;
        const QString sop = QStringLiteral("1.2.%1.%2.%3").arg(n / 500).arg((n / 100) % 5).arg(n);
        benchmark::DoNotOptimize(cache.contains(sop));
        benchmark::DoNotOptimize(cache.instancePath(sop));
    }
    state.counters["indexed"] = 100000;
}
BENCHMARK(BM_CacheLookup100k)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
