// Load figures, each with the GUI thread's longest stall (EventLoopStallProbe, target ≤ 50 ms):
//   studies   — a patient with 2,000 studies (sandbox --load-studies) opened in the Studies
//               panel: time to the full list, then scrolling it page by page (frame times);
//   retrieval — 50 studies retrieved at once through ImagingService (50 concurrent series,
//               600 instances), the image cache verified afterwards;
//   export    — a 1,000,000-line Bulk Data export run by JobManager (as in the app), every line
//               checked to be there exactly once.
// Run: build/bench/BenchLoad [studies|retrieval|export]… (default: all three), under Xvfb or
// QT_QPA_PLATFORM=offscreen.

#include "EventLoopStallProbe.h"
#include "cache/ImageCache.h"
#include "exporting/BulkExportJob.h"
#include "fhir/FhirClientFactory.h"
#include "imaging/ImagingService.h"
#include "imaging/StudiesPanel.h"
#include "imaging/StudyTableModel.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace sightline;
using bench::EventLoopStallProbe;

namespace {

QTextStream out(stdout);

// Runs the event loop (so the probe keeps ticking) until `done` or the timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void reportStall(const EventLoopStallProbe& probe) {
    out << "  GUI thread: longest stall " << probe.maxStallMs() << " ms (ending "
        << probe.maxStallEndedAtMs() << " ms in; the thread computed " << probe.maxStallCpuMs()
        << " ms of it), " << probe.stallsOver50Ms() << " stalls over 50 ms (" << probe.ticks()
        << " probe ticks; target ≤ 50 ms)\n";
}

QJsonDocument httpJson(QNetworkAccessManager& network, const QByteArray& method, const QUrl& url,
                       const QByteArray& body = {}) {
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

int studies() {
    out << "studies: a patient with 2,000 studies in the Studies panel\n";
    test::SandboxFixture sandbox;
    if (const QString error = sandbox.start(
            {QStringLiteral("--quiet"), QStringLiteral("--load-studies"), QStringLiteral("2000")});
        !error.isEmpty()) {
        out << "  sandbox did not start: " << error << '\n';
        return 1;
    }
    QTemporaryDir dir;
    ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
    const ServerProfile profile = servers.save(sandbox.openProfile());
    QNetworkAccessManager network;
    FhirClientFactory clients(&network, nullptr);
    ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))));
    StudiesPanel panel(&servers, &imaging);
    panel.resize(1400, 900);
    panel.show();
    auto* table = panel.findChild<QTableView*>(QStringLiteral("studyTable"));
    EventLoopStallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    panel.openPatient(profile.id, QStringLiteral("pat-load"));
    if (!waitUntil([&] { return panel.model()->rowCount() == 2000; }, 300000)) {
        out << "  the list did not reach 2,000 rows (" << panel.model()->rowCount() << ")\n";
        return 1;
    }
    const qint64 listMs = clock.elapsed();
    waitUntil([] { return false; }, 500); // cache state and series of the first row settle
    out << "  list of 2,000 studies shown after " << listMs
        << " ms (ten FHIR pages of 200; the sandbox's in-memory server takes most of it)\n";

    // Scroll to the end a page at a time, painting each frame, then back up three rows at a
    // time (a mouse wheel) over the first 300 rows.
    QScrollBar* bar = table->verticalScrollBar();
    std::vector<double> frames;
    auto frame = [&](int value) {
        QElapsedTimer f;
        f.start();
        bar->setValue(value);
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        frames.push_back(double(f.nsecsElapsed()) / 1e6);
    };
    for (int v = 0; v < bar->maximum(); v += bar->pageStep())
        frame(v);
    frame(bar->maximum());
    for (int v = std::min(bar->maximum(), 300); v >= 0; v -= 3)
        frame(v);
    // Selecting a study deep in the list shows its series.
    QElapsedTimer select;
    select.start();
    table->selectRow(1500);
    QCoreApplication::processEvents();
    const qint64 selectMs = select.elapsed();
    probe.stop();
    std::sort(frames.begin(), frames.end());
    out << "  scrolling: " << frames.size() << " frames, median "
        << QString::number(frames[frames.size() / 2], 'f', 2) << " ms, slowest "
        << QString::number(frames.back(), 'f', 2) << " ms; selecting row 1,500: " << selectMs
        << " ms\n";
    reportStall(probe);
    return 0;
}

int retrieval() {
    out << "retrieval: 50 studies retrieved at once\n";
    test::SandboxFixture sandbox;
    if (const QString error = sandbox.start({QStringLiteral("--quiet")}); !error.isEmpty()) {
        out << "  sandbox did not start: " << error << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    // 50 copies of the sandbox's MR study (one series of 12 slices) with new UIDs, made by
    // Orthanc itself; setting them up is not measured.
    const QUrl orthanc(sandbox.state().value(QStringLiteral("orthanc")).toString());
    QString source;
    for (const QJsonValue& s : sandbox.state().value(QStringLiteral("studies")).toArray()) {
        if (s[QStringLiteral("modality")] == QStringLiteral("MR") &&
            s[QStringLiteral("series")].toInt() == 1 && s[QStringLiteral("instances")] == 12)
            source = s[QStringLiteral("uid")].toString();
    }
    const QJsonArray found =
        httpJson(network, "POST", orthanc.resolved(QUrl(QStringLiteral("tools/lookup"))),
                 source.toUtf8())
            .array();
    if (found.isEmpty()) {
        out << "  the sandbox's MR study was not found in Orthanc\n";
        return 1;
    }
    const QString orthancId = found.first()[QStringLiteral("ID")].toString();
    QList<ImagingStudyRecord> copies;
    for (int i = 0; i < 50; ++i) {
        const QJsonObject made =
            httpJson(network, "POST",
                     orthanc.resolved(QUrl(QStringLiteral("studies/%1/anonymize").arg(orthancId))),
                     QByteArrayLiteral("{\"Force\":true,\"Replace\":{\"PatientID\":\"SL-9000\"}}"))
                .object();
        const QJsonObject study =
            httpJson(network, "GET",
                     orthanc.resolved(
                         QUrl(QStringLiteral("studies/") + made[QStringLiteral("ID")].toString())))
                .object();
        ImagingStudyRecord record;
        record.studyUid =
            study[QStringLiteral("MainDicomTags")][QStringLiteral("StudyInstanceUID")].toString();
        record.numberOfSeries = 1;
        record.numberOfInstances = 12;
        ImagingEndpoint endpoint;
        endpoint.connectionType = QStringLiteral("dicom-wado-rs");
        endpoint.serviceBase = sandbox.dicomWeb();
        endpoint.requiresAccessToken = false;
        record.endpoint = endpoint;
        copies << record;
    }
    QTemporaryDir dir;
    FhirClientFactory clients(&network, nullptr);
    ImagingService imaging(clients, CacheConnections(dir.filePath(QStringLiteral("cache"))));
    const ServerProfile server = sandbox.openProfile();
    int finished = 0;
    int stored = 0;
    qint64 bytes = 0;
    QStringList errors;
    QObject::connect(&imaging, &ImagingService::finished,
                     [&](const QString&, const RetrieveOutcome& o) {
                         ++finished;
                         stored += o.stored;
                         bytes += o.bytes;
                         for (const Error& e : o.errors)
                             errors << e.toString();
                     });
    EventLoopStallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    for (const ImagingStudyRecord& study : copies)
        imaging.retrieve(server, study, {});
    if (!waitUntil([&] { return finished == int(copies.size()); }, 600000)) {
        out << "  only " << finished << " of 50 retrievals finished\n";
        return 1;
    }
    const qint64 ms = clock.elapsed();
    probe.stop();
    out << "  " << stored << " instances (" << QString::number(double(bytes) / 1e6, 'f', 1)
        << " MB) in " << ms << " ms, " << errors.size() << " errors"
        << (errors.isEmpty() ? QString() : QStringLiteral(": ") + errors.first()) << '\n';
    ImageCache cache(dir.filePath(QStringLiteral("cache")));
    const CacheVerifyReport report = cache.verify(false);
    int complete = 0;
    for (const ImagingStudyRecord& study : copies)
        complete += cache.isStudyComplete(study.studyUid);
    out << "  cache check: " << report.checked << " files, " << report.missing.size()
        << " missing, " << report.corrupt.size() << " corrupt, " << report.orphans.size()
        << " orphans; " << complete << " of 50 studies complete\n";
    reportStall(probe);
    return report.ok() && complete == 50 ? 0 : 1;
}

int exporting() {
    constexpr int kLines = 1000000;
    out << "export: a Bulk Data export of 1,000,000 lines\n";
    test::SandboxFixture sandbox;
    if (const QString error =
            sandbox.start({QStringLiteral("--quiet"), QStringLiteral("--export-delay-ms"),
                           QStringLiteral("100")});
        !error.isEmpty()) {
        out << "  sandbox did not start: " << error << '\n';
        return 1;
    }
    QTemporaryDir dir;
    QNetworkAccessManager network;
    // As the app runs it: JobManager, with the transfer on its worker thread.
    auto store = JobStore::open(dir.filePath(QStringLiteral("jobs.db")));
    if (!store) {
        out << "  " << store.error().toString() << '\n';
        return 1;
    }
    JobManager jobs(store.value().get(), &network, nullptr);
    JobManager::Options options;
    options.exportOptions.firstPollDelayMs = 200;
    jobs.setOptions(options);
    BulkExportRequest request;
    request.types = {QStringLiteral("Observation")};
    request.extraParameters = {{QStringLiteral("_syntheticLines"), QString::number(kLines)}};
    std::optional<JobRecord> finished;
    QObject::connect(&jobs, &JobManager::jobChanged, [&](const JobRecord& job) {
        if (job.isFinished())
            finished = job;
    });
    EventLoopStallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    const auto submitted = jobs.submitBulkExport(QStringLiteral("sandbox"), sandbox.fhirBase(),
                                                 request, dir.filePath(QStringLiteral("out")));
    if (!submitted) {
        out << "  " << submitted.error().toString() << '\n';
        return 1;
    }
    waitUntil([&] { return finished.has_value(); }, 1800000);
    const qint64 ms = clock.elapsed();
    probe.stop();
    if (!finished || finished->state != JobRecord::State::Completed) {
        out << "  export failed: " << (finished ? finished->error : QString()) << '\n';
        return 1;
    }
    // Every line exactly once: the sandbox numbers them synthetic-0 … synthetic-999999.
    QFile file(dir.filePath(QStringLiteral("out/Observation.ndjson")));
    file.open(QIODevice::ReadOnly);
    std::vector<char> seen(kLines, 0);
    qint64 lines = 0;
    qint64 duplicates = 0;
    qint64 unknown = 0;
    const QByteArray marker = QByteArrayLiteral("\"id\":\"synthetic-");
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lines;
        const qsizetype at = line.indexOf(marker);
        bool ok = false;
        const qsizetype from = at + marker.size();
        const int n = at < 0 ? -1 : line.mid(from, line.indexOf('"', from) - from).toInt(&ok);
        if (!ok || n < 0 || n >= kLines)
            ++unknown;
        else if (seen[size_t(n)]++)
            ++duplicates;
    }
    const qint64 missing = std::count(seen.begin(), seen.end(), 0);
    out << "  " << lines << " lines (" << QString::number(double(file.size()) / 1e6, 'f', 0)
        << " MB) in " << ms << " ms through JobManager; " << missing << " missing, " << duplicates
        << " duplicated, " << unknown << " unrecognised\n";
    reportStall(probe);
    return missing == 0 && duplicates == 0 && unknown == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStringList scenarios = app.arguments().mid(1);
    if (scenarios.isEmpty())
        scenarios = {QStringLiteral("studies"), QStringLiteral("retrieval"),
                     QStringLiteral("export")};
    int failures = 0;
    for (const QString& scenario : scenarios) {
        if (scenario == QLatin1String("studies"))
            failures += studies();
        else if (scenario == QLatin1String("retrieval"))
            failures += retrieval();
        else if (scenario == QLatin1String("export"))
            failures += exporting();
        else
            out << "unknown scenario " << scenario << " (studies, retrieval, export)\n";
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
