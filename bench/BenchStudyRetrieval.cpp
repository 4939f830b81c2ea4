// Whole-study retrieval into Sightline's cache (QIDO count, streamed WADO-RS, multipart
// parsing, DICOM header checks, SHA-256, atomic writes, thumbnails) against `curl` fetching the
// same WADO-RS URL to /dev/null, on the same sandbox Orthanc in the same run, and Qt's HTTP
// stack reading the same body and dropping it (the floor under Sightline). Prints medians of
// five rounds each and the ratio (target ≤ 1.25), and the CPU time each spends (all threads): on
// a machine that also runs the server, that CPU is taken from the server's streaming.
// Run: build/bench/BenchStudyRetrieval

#include "BenchSupport.h"
#include "cache/ImageCache.h"
#include "imaging/DicomWebClient.h"
#include "imaging/StudyRetriever.h"
#include "support/SandboxFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

using namespace sightline;

namespace {
// User + system CPU time of this process (who = RUSAGE_SELF) or of its finished children.
double cpuMs(int who) {
    rusage usage{};
    getrusage(who, &usage);
    const auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
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
    // The largest sandbox study: the first patient's CT chest (2 series × 30 slices, 512²).
    const QString study = QStringLiteral("1.2.826.0.1.3680043.10.1042.1.1.1");
    DicomWebClient urls(nullptr, nullptr, sandbox.dicomWeb());
    const QUrl wado = urls.url(study);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5; // more for profiling
    QList<double> curlMs, sightlineMs, qtMs, curlCpuMs, sightlineCpuMs;
    qint64 bytes = 0;
    for (int round = 0; round < rounds; ++round) {
        const double childrenBefore = cpuMs(RUSAGE_CHILDREN);
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                    QStringLiteral("-w"), QStringLiteral("%{time_total} %{size_download}"),
                    QStringLiteral("-H"),
                    QStringLiteral("Accept: ") + QString::fromLatin1(urls.retrieveAccept()),
                    wado.toString()});
        curl.waitForFinished(60000);
        curlCpuMs << cpuMs(RUSAGE_CHILDREN) - childrenBefore;
        const QStringList figures =
            QString::fromLatin1(curl.readAllStandardOutput()).split(QLatin1Char(' '));
        curlMs << figures.value(0).toDouble() * 1000.0;
        bytes = figures.value(1).toLongLong();

        {
            // Qt's HTTP stack alone, the body read and dropped: the floor under Sightline's
            // figure, since every retrieval goes through it.
            QNetworkAccessManager plain;
            QNetworkRequest get(wado);
            get.setRawHeader("Accept", urls.retrieveAccept());
            QElapsedTimer timer;
            timer.start();
            QNetworkReply* reply = plain.get(get);
            QObject::connect(reply, &QNetworkReply::readyRead, reply,
                             [reply] { reply->readAll(); });
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            qtMs << double(timer.nsecsElapsed()) / 1e6;
            reply->deleteLater();
        }

        QTemporaryDir dir;
        QNetworkAccessManager network;
        ImageCache cache(dir.path());
        StudyRetriever retriever(&network, nullptr, &cache);
        QEventLoop loop;
        RetrieveOutcome outcome;
        QObject::connect(&retriever, &StudyRetriever::finished, &loop,
                         [&](const RetrieveOutcome& o) {
                             outcome = o;
                             loop.quit();
                         });
        RetrieveRequest request;
        request.studyUid = study;
        request.serviceBase = sandbox.dicomWeb();
        QElapsedTimer timer;
        const double cpuBefore = cpuMs(RUSAGE_SELF);
        timer.start();
        retriever.start(request);
        loop.exec();
        sightlineMs << double(timer.nsecsElapsed()) / 1e6;
        sightlineCpuMs << cpuMs(RUSAGE_SELF) - cpuBefore;
        if (!outcome.complete()) {
            out << "retrieval failed\n";
            return 1;
        }
        if (round == 0)
            out << "study: " << outcome.stored << " instances, " << bytes / 1024 / 1024
                << " MiB over WADO-RS\n";
    }
    const double c = bench::median(curlMs), s = bench::median(sightlineMs);
    out << QStringLiteral("curl to /dev/null:          median %1 ms (%2 MB/s)\n")
               .arg(c, 0, 'f', 1)
               .arg(bytes / c / 1000.0, 0, 'f', 0);
    const double q = bench::median(qtMs);
    out << QStringLiteral("Qt network alone (dropped): median %1 ms (%2 MB/s)\n")
               .arg(q, 0, 'f', 1)
               .arg(bytes / q / 1000.0, 0, 'f', 0);
    out << QStringLiteral("Sightline into the cache:   median %1 ms (%2 MB/s)\n")
               .arg(s, 0, 'f', 1)
               .arg(bytes / s / 1000.0, 0, 'f', 0);
    out << QStringLiteral("ratio Sightline / curl:     %1 (target <= 1.25)\n")
               .arg(s / c, 0, 'f', 2);
    out << QStringLiteral("CPU time, all threads:      Sightline %1 ms, curl %2 ms (medians)\n")
               .arg(bench::median(sightlineCpuMs), 0, 'f', 1)
               .arg(bench::median(curlCpuMs), 0, 'f', 1);
    return 0;
}
