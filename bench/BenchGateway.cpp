// A whole study through Sightline's local gateway — cold (passed through from the upstream) and
// warm (streamed from the image cache) — against the upstream Orthanc directly, all fetched by
// `curl` (WADO-RS, multipart) to /dev/null in the same run. Prints medians of 15 rounds and the
// warm speed-up (target: warm ≥ 3× faster than the upstream), and beside the warm figure the
// floor of this machine: the same body sent from memory by a minimal loopback server, which no
// server can beat with curl as the client. Run: build/bench/BenchGateway

#include "BenchSupport.h"
#include "LoopbackFloorServer.h"
#include "cache/ImageCache.h"
#include "gateway/DicomWebGateway.h"
#include "imaging/StudyRetriever.h"
#include "support/SandboxFixture.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace sightline;

namespace {

constexpr auto kAccept = "multipart/related; type=\"application/dicom\"; transfer-syntax=*";

// curl in its own thread of control, so the gateway's threads are free; returns ms and bytes.
QPair<double, qint64> fetch(const QUrl& url) {
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("-w"), QStringLiteral("%{time_total} %{size_download} %{http_code}"),
                QStringLiteral("-H"), QStringLiteral("Accept: ") + QString::fromLatin1(kAccept),
                url.toString()});
    // Let the event loop run: the gateway's upstream side lives on its own thread, but be safe.
    while (!curl.waitForFinished(10))
        QCoreApplication::processEvents();
    const QStringList f = QString::fromLatin1(curl.readAllStandardOutput()).split(QLatin1Char(' '));
    if (f.value(2) != QLatin1String("200"))
        return {-1, 0};
    return {f.value(0).toDouble() * 1000.0, f.value(1).toLongLong()};
}

// The warm answer itself (content type and body), for the floor server to send.
QPair<QByteArray, QByteArray> answerOf(const QUrl& url) {
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", kAccept);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return {};
    return {reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    test::SandboxFixture sandbox;
    if (const QString error = sandbox.start({QStringLiteral("--quiet")}); !error.isEmpty()) {
        out << "sandbox did not start: " << error << '\n';
        return 1;
    }
    const QString study = QStringLiteral("1.2.826.0.1.3680043.10.1042.1.1.1");
    QTemporaryDir dir;
    GatewayOptions options;
    options.cache = CacheConnections(dir.filePath(QStringLiteral("cache")));
    DicomWebGateway gateway(options);
    if (!gateway.start()) {
        out << "gateway did not start\n";
        return 1;
    }
    const QString source = gateway.sources().add(sandbox.dicomWeb(), QStringLiteral("Orthanc"));
    QUrl direct = sandbox.dicomWeb();
    direct.setPath(direct.path() + QStringLiteral("/studies/") + study);
    QUrl through = gateway.dicomWebRoot(source);
    through.setPath(through.path() + QStringLiteral("/studies/") + study);

    const int rounds = 15;
    QList<double> upstreamMs, coldMs, warmMs;
    qint64 bytes = 0;
    for (int i = 0; i < rounds; ++i) {
        upstreamMs << fetch(direct).first;
        const auto cold = fetch(through);
        coldMs << cold.first;
        bytes = cold.second;
    }
    if (!bench::retrieveIntoCache(options.cache->root(), study, sandbox.dicomWeb())) {
        out << "the study did not reach the cache\n";
        return 1;
    }
    const auto [contentType, body] = answerOf(through);
    bench::LoopbackFloorServer floorServer(contentType, body);
    if (body.isEmpty() || floorServer.port() == 0) {
        out << "the floor server could not be set up\n";
        return 1;
    }
    const QUrl floorUrl(QStringLiteral("http://127.0.0.1:%1/").arg(floorServer.port()));
    QList<double> floorMs;
    for (int i = 0; i < rounds; ++i) { // interleaved, so both see the same machine
        warmMs << fetch(through).first;
        floorMs << fetch(floorUrl).first;
    }

    const double up = bench::median(upstreamMs), cold = bench::median(coldMs),
                 warm = bench::median(warmMs), floor = bench::median(floorMs);
    out << "Whole study " << study << ", " << bytes / 1024 / 1024 << " MiB, median of " << rounds
        << " rounds (curl to /dev/null):\n";
    out << "  upstream Orthanc directly:     " << QString::number(up, 'f', 1) << " ms\n";
    out << "  gateway, cold (pass-through):  " << QString::number(cold, 'f', 1) << " ms  ("
        << QString::number(cold / up, 'f', 2) << "× upstream)\n";
    out << "  gateway, warm (from the cache): " << QString::number(warm, 'f', 1) << " ms  ("
        << QString::number(up / warm, 'f', 2) << "× faster than upstream; target ≥ 3)\n";
    out << "  floor, same body from memory:  " << QString::number(floor, 'f', 1) << " ms  ("
        << QString::number(up / floor, 'f', 2) << "× faster than upstream; the gateway takes "
        << QString::number(warm / floor, 'f', 2) << "× the floor)\n";
    gateway.stop();
    sandbox.stop();
    return 0;
}
