// A large Bulk Data export through Sightline's BulkExportJob (poll, download, NDJSON check,
// write) against `curl` fetching the same file URL to /dev/null in the same run, and the peak
// resident memory of this process. Targets: throughput ≥ 0.8× curl; peak RSS < 200 MB for
// ≥ 1 GB. The sandbox streams a synthetic Observation file of the asked size.
// Run: build/bench/BenchBulkExport [megabytes, default 1024]

#include "exporting/BulkExportJob.h"
#include "support/SandboxFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace sightline;

namespace {

long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kB on Linux
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    test::SandboxFixture sandbox;
    if (const QString error =
            sandbox.start({QStringLiteral("--quiet"), QStringLiteral("--export-delay-ms"),
                           QStringLiteral("100")});
        !error.isEmpty()) {
        out << "sandbox did not start: " << error << '\n';
        return 1;
    }
    QTemporaryDir dir;
    QNetworkAccessManager network;
    BulkExportRequest request;
    request.types = {QStringLiteral("Observation")};
    request.extraParameters = {
        {QStringLiteral("_syntheticBytes"), QString::number(megabytes * 1000 * 1000)}};
    BulkExportJob job(&network, sandbox.fhirBase(), request, dir.path());
    BulkExportJob::Options options;
    options.firstPollDelayMs = 200;
    job.setOptions(options);
    QEventLoop loop;
    std::optional<Result<BulkExportSummary>> result;
    qint64 downloadStartMs = 0;
    QElapsedTimer timer;
    QObject::connect(&job, &BulkExportJob::progressChanged, &app, [&](const BulkExportProgress& p) {
        if (p.phase == BulkExportProgress::Phase::Downloading && downloadStartMs == 0)
            downloadStartMs = timer.elapsed();
    });
    QObject::connect(&job, &BulkExportJob::finished, &app, [&](const Result<BulkExportSummary>& r) {
        result = r;
        loop.quit();
    });
    timer.start();
    job.start();
    loop.exec();
    const qint64 totalMs = timer.elapsed();
    if (!result || !result->ok()) {
        out << "export failed: " << (result ? result->error().toString() : QString()) << '\n';
        return 1;
    }
    const double sightlineMs = double(totalMs - downloadStartMs);
    const qint64 bytes = result->value().bytes;

    // The same file with curl (the sandbox streams it again from the same generator).
    QFile manifestFile(dir.filePath(QStringLiteral("manifest.json")));
    manifestFile.open(QIODevice::ReadOnly);
    const QString url = QJsonDocument::fromJson(manifestFile.readAll())
                            .object()
                            .value(QLatin1String("output"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QLatin1String("url"))
                            .toString();
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("-w"), QStringLiteral("%{time_total} %{size_download}"), url});
    curl.waitForFinished(-1);
    const QStringList f = QString::fromLatin1(curl.readAllStandardOutput()).split(u' ');
    const double curlMs = f.value(0).toDouble() * 1000.0;

    const double mb = double(bytes) / 1e6;
    out << "export of " << qRound(mb) << " MB ("
        << result->value().lines.value(QStringLiteral("Observation")) << " resources, "
        << result->value().malformedLines << " malformed)\n";
    out << "  Sightline download+check+write: " << qRound(sightlineMs) << " ms ("
        << qRound(mb / (sightlineMs / 1000.0)) << " MB/s); whole job " << totalMs << " ms\n";
    out << "  curl to /dev/null:              " << qRound(curlMs) << " ms ("
        << qRound(mb / (curlMs / 1000.0)) << " MB/s)\n";
    out << "  throughput vs curl: " << QString::number(curlMs / sightlineMs, 'f', 2)
        << "× (target ≥ 0.8×)\n";
    out << "  peak RSS: " << peakRssMb() << " MB (target < 200 MB)\n";
    return 0;
}
