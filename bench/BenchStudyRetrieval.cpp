// Whole-study retrieval into Sightline's cache (QIDO count, streamed WADO-RS, multipart
// parsing, DICOM header checks, checksums, atomic writes, thumbnails) against `curl` fetching the
// same WADO-RS URL to /dev/null, on the same sandbox Orthanc in the same run, and Qt's HTTP
// stack reading the same body and dropping it (the floor under Sightline). Prints medians of
// five rounds each and the ratio (target ≤ 1.25), and the CPU time each spends (all threads): on
// a machine that also runs the server, that CPU is taken from the server's streaming. Beside them,
// the disk's time to make the same number of bytes durable (one file, one fdatasync: the cache
// does it once a study is reported, CacheSettler), and the server's own CPU per answer, which
// shares the machine's cores with the client (a floor no client can go below here).
// Run: build/bench/BenchStudyRetrieval

#include "BenchSupport.h"
#include "cache/ImageCache.h"
#include "common/ContentChecksum.h"
#include "imaging/DicomWebClient.h"
#include "imaging/StudyRetriever.h"
#include "support/SandboxFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace sightline;

namespace {
// User + system CPU time of this process (RUSAGE_SELF), this thread (RUSAGE_THREAD) or this
// process's finished children (RUSAGE_CHILDREN).
double cpuMs(int who) {
    rusage usage{};
    getrusage(who, &usage);
    const auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// CPU time of every thread of process `pid` so far (the scheduler's nanosecond count).
double processCpuMs(qint64 pid) {
    double total = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task + QStringLiteral("/schedstat")));
        if (stat.open(QIODevice::ReadOnly))
            total += stat.readAll().split(' ').value(0).toDouble() / 1e6;
    }
    return total;
}

// The sandbox's Orthanc: the process of that name among this one's descendants.
qint64 sandboxOrthancPid() {
    const auto parentOf = [](const QString& pid) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return qint64(0);
        const QByteArray line = stat.readAll();
        return line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
    };
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& pid : pids) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "Orthanc")
            continue;
        for (qint64 up = pid.toLongLong(); up > 1; up = parentOf(QString::number(up))) {
            if (up == QCoreApplication::applicationPid())
                return pid.toLongLong();
        }
    }
    return 0;
}

// CPU time to checksum `size` bytes, as the cache does for every instance it stores.
double checksumMs(qint64 size) {
    const QByteArray bytes(qsizetype(size), '\x5a');
    const double before = cpuMs(RUSAGE_THREAD);
    if (ContentChecksum::of(bytes).isEmpty())
        return -1;
    return cpuMs(RUSAGE_THREAD) - before;
}

// Writes `size` bytes to a new file under `folder` and waits for them to reach the disk. Returns
// the wall time and this thread's CPU time, in ms ({-1, -1} on a failure).
QPair<double, double> durableWrite(const QString& folder, qint64 size) {
    const QByteArray bytes(qsizetype(size), '\x5a');
    const QByteArray path = QFile::encodeName(folder + QStringLiteral("/durable-floor"));
    QElapsedTimer timer;
    const double cpuBefore = cpuMs(RUSAGE_THREAD);
    timer.start();
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    bool ok = fd >= 0;
    for (qsizetype done = 0; ok && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        ok = n > 0;
        done += n;
    }
    ok = ok && ::fdatasync(fd) == 0;
    const QPair<double, double> spent{double(timer.nsecsElapsed()) / 1e6,
                                      cpuMs(RUSAGE_THREAD) - cpuBefore};
    if (fd >= 0)
        ::close(fd);
    ::unlink(path.constData());
    return ok ? spent : QPair<double, double>{-1, -1};
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
    const qint64 orthanc = sandboxOrthancPid();
    if (orthanc == 0) {
        out << "the sandbox's Orthanc process was not found\n";
        return 1;
    }
    QList<double> curlMs, sightlineMs, qtMs, curlCpuMs, sightlineCpuMs, diskMs, serverForCurlMs,
        serverForSightlineMs, qtCpuMs, diskCpuMs;
    qint64 bytes = 0;
    for (int round = 0; round < rounds; ++round) {
        const double childrenBefore = cpuMs(RUSAGE_CHILDREN);
        double serverBefore = processCpuMs(orthanc);
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                    QStringLiteral("-w"), QStringLiteral("%{time_total} %{size_download}"),
                    QStringLiteral("-H"),
                    QStringLiteral("Accept: ") + QString::fromLatin1(urls.retrieveAccept()),
                    wado.toString()});
        curl.waitForFinished(60000);
        curlCpuMs << cpuMs(RUSAGE_CHILDREN) - childrenBefore;
        serverForCurlMs << processCpuMs(orthanc) - serverBefore;
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
            const double qtCpuBefore = cpuMs(RUSAGE_SELF);
            timer.start();
            QNetworkReply* reply = plain.get(get);
            QObject::connect(reply, &QNetworkReply::readyRead, reply,
                             [reply] { reply->readAll(); });
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            qtMs << double(timer.nsecsElapsed()) / 1e6;
            qtCpuMs << cpuMs(RUSAGE_SELF) - qtCpuBefore;
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
        serverBefore = processCpuMs(orthanc);
        timer.start();
        retriever.start(request);
        loop.exec();
        sightlineMs << double(timer.nsecsElapsed()) / 1e6;
        sightlineCpuMs << cpuMs(RUSAGE_SELF) - cpuBefore;
        serverForSightlineMs << processCpuMs(orthanc) - serverBefore;
        ::sync(); // the retrieval's own write-out first: the figure below is the disk's alone
        const auto [diskWall, diskCpu] = durableWrite(dir.path(), bytes);
        diskMs << diskWall;
        diskCpuMs << diskCpu;
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
    out << QStringLiteral("CPU time, all threads:      Sightline %1 ms, Qt network alone %2 ms, "
                          "curl %3 ms (medians)\n")
               .arg(bench::median(sightlineCpuMs), 0, 'f', 1)
               .arg(bench::median(qtCpuMs), 0, 'f', 1)
               .arg(bench::median(curlCpuMs), 0, 'f', 1);
    const double sha = checksumMs(bytes), disk = bench::median(diskMs),
                 diskCpu = bench::median(diskCpuMs), server = bench::median(serverForSightlineMs),
                 qtCpu = bench::median(qtCpuMs);
    const int cores = QThread::idealThreadCount();
    out << QStringLiteral("floor, checksum:            %1 ms of CPU for the study's bytes (the "
                          "cache index keeps every instance's XXH3-128)\n")
               .arg(sha, 0, 'f', 1);
    out << QStringLiteral("disk, off the path:         %1 ms (%2 ms of CPU) to make %3 MiB durable "
                          "(%4x curl; the cache settles after the study is reported)\n")
               .arg(disk, 0, 'f', 1)
               .arg(diskCpu, 0, 'f', 1)
               .arg(bytes / 1024 / 1024)
               .arg(disk / c, 0, 'f', 2);
    out << QStringLiteral("floor, server:              Orthanc spends %1 ms of CPU per answer "
                          "(%2 ms for curl's)\n")
               .arg(server, 0, 'f', 1)
               .arg(bench::median(serverForCurlMs), 0, 'f', 1);
    // Server, Qt's reading, hashing and writing share this machine's cores: even spread perfectly
    // over them, with nothing else done, they take this long.
    const double cpuFloor = (server + qtCpu + sha + diskCpu) / cores;
    out << QStringLiteral("floor, CPU:                 (server %1 + reading %2 + checksum %3 + "
                          "writing %4) / %5 cores = %6 ms (%7x curl)\n")
               .arg(server, 0, 'f', 1)
               .arg(qtCpu, 0, 'f', 1)
               .arg(sha, 0, 'f', 1)
               .arg(diskCpu, 0, 'f', 1)
               .arg(cores)
               .arg(cpuFloor, 0, 'f', 1)
               .arg(cpuFloor / c, 0, 'f', 2);
    return 0;
}
