// Time from opening the bundled OHIF on a study to its first image pixels, in Sightline's
// embedded viewer (Qt WebEngine), through the gateway: cold (every request passed to the
// upstream — what a plain proxy does) against warm (the study answered from the image cache).
// Needs WebGL, so run it on a GLX display:
//   xvfb-run -a -s "-screen 0 1600x1200x24 +extension GLX" build/bench/BenchOhifFirstPixels

#include "BenchSupport.h"
#include "cache/ImageCache.h"
#include "gateway/DicomWebGateway.h"
#include "gateway/OhifSite.h"
#include "imaging/StudyRetriever.h"
#include "support/SandboxFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <algorithm>
#include <optional>

using namespace sightline;

namespace {

// Share of grey pixels in the page's largest 2D canvas (cornerstone's viewport).
const char* kProbe = R"JS(
  (() => { let best = 0;
    for (const c of document.querySelectorAll('canvas')) {
      if (c.width < 64 || c.height < 64) continue;
      let x; try { x = c.getContext('2d'); } catch (e) { continue; }
      if (!x) continue;
      const d = x.getImageData(0, 0, c.width, c.height).data; let g = 0;
      for (let i = 0; i < d.length; i += 16)
        if (d[i] > 60 && d[i] < 235 && Math.abs(d[i] - d[i + 1]) < 10) ++g;
      best = Math.max(best, g / (d.length / 16)); }
    return best; })())JS";

// Milliseconds until the viewer shows image pixels (-1 after 60 s).
double firstPixels(const QUrl& url) {
    QWebEngineProfile profile; // off the record: nothing cached between rounds
    QWebEngineView view;
    view.setPage(new QWebEnginePage(&profile, &view));
    view.resize(1280, 800);
    view.show();
    QElapsedTimer timer;
    timer.start();
    view.load(url);
    while (timer.elapsed() < 60000) {
        std::optional<double> share;
        view.page()->runJavaScript(QString::fromLatin1(kProbe),
                                   [&](const QVariant& v) { share = v.toDouble(); });
        QEventLoop wait;
        QTimer::singleShot(50, &wait, &QEventLoop::quit);
        wait.exec();
        while (!share && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (share && *share > 0.05)
            return double(timer.elapsed());
    }
    return -1;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--ignore-gpu-blocklist");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (!OhifSite().isAvailable()) {
        out << "built without the bundled OHIF viewer\n";
        return 1;
    }
    test::SandboxFixture sandbox;
    if (const QString error = sandbox.start({QStringLiteral("--quiet")}); !error.isEmpty()) {
        out << "sandbox did not start: " << error << '\n';
        return 1;
    }
    const QString study = QStringLiteral("1.2.826.0.1.3680043.10.1042.1.1.1");
    QTemporaryDir dir;
    GatewayOptions options;
    options.cache = CacheConnections(dir.filePath(QStringLiteral("cache")));
    options.ohifDir = OhifSite::bundledDir();
    DicomWebGateway gateway(options);
    if (!gateway.start())
        return 1;
    const QString source = gateway.sources().add(sandbox.dicomWeb(), QStringLiteral("Orthanc"));
    const QUrl url = gateway.ohifViewerUrl(source, {study});

    const int rounds = 3;
    QList<double> cold, warm;
    for (int i = 0; i < rounds; ++i)
        cold << firstPixels(url);
    if (!bench::retrieveIntoCache(options.cache->root(), study, sandbox.dicomWeb())) {
        out << "the study did not reach the cache\n";
        return 1;
    }
    for (int i = 0; i < rounds; ++i)
        warm << firstPixels(url);
    out << "OHIF (embedded, WebGL on Mesa) opening the CT study, time to first image pixels, "
        << "median of " << rounds << ":\n";
    out << "  through the gateway, cold (passed to Orthanc, as a plain proxy): "
        << QString::number(bench::median(cold), 'f', 0) << " ms\n";
    out << "  through the gateway, warm (from the image cache):                "
        << QString::number(bench::median(warm), 'f', 0) << " ms\n";
    gateway.stop();
    sandbox.stop();
    return 0;
}
