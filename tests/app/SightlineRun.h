#pragma once
// Runs the sightline executable under test (SIGHTLINE_EXECUTABLE, which each command-line test
// target defines) with arguments — never through a shell — and collects its exit code and output.
// A run that outlives its timeout is killed, and one that crashes reports code -1 (with whatever
// it printed), so a test fails on either instead of reading a meaningless exit code.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace sightline::test {

struct SightlineRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The environment of a Sightline that keeps its settings, cache and data under `home` only.
inline QProcessEnvironment isolatedEnvironment(const QString& home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return env;
}

inline SightlineRun
runSightline(const QStringList& args, int timeoutMs = 60000,
             const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SIGHTLINE_EXECUTABLE), args);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    SightlineRun run{-1, process.readAllStandardOutput(), process.readAllStandardError()};
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.code = process.exitCode();
    return run;
}

} // namespace sightline::test
