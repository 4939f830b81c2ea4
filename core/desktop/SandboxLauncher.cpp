#include "desktop/SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrlQuery>

namespace sightline {

namespace {
const QByteArray kReadyMarker = QByteArrayLiteral("SANDBOX_READY ");
}

SandboxLauncher::Location SandboxLauncher::locate() {
    QString dir = qEnvironmentVariable("SIGHTLINE_SANDBOX_DIR");
    if (dir.isEmpty()) // a build tree: <source>/build/app/sightline
        dir = QDir(QCoreApplication::applicationDirPath())
                  .absoluteFilePath(QStringLiteral("../../tests/sandbox"));
    dir = QDir::cleanPath(dir);
    if (!QFileInfo::exists(dir + QStringLiteral("/sandbox.mjs")))
        return {{},
                tr("The sandbox comes with Sightline's source code: run tests/sandbox/demo from a "
                   "checkout to try it.")};
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/@medplum/fhir-router")))
        return {{},
                tr("The sandbox's packages are not installed: run .ci/install-deps in the source "
                   "folder.")};
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return {{}, tr("The sandbox needs Node.js (the nodejs package).")};
    return {dir, {}};
}

std::optional<QJsonObject> SandboxLauncher::announcedState(const QByteArray& output) {
    const qsizetype at = output.indexOf(kReadyMarker);
    const qsizetype end = at >= 0 ? output.indexOf('\n', at) : -1;
    if (end < 0)
        return std::nullopt;
    const qsizetype from = at + kReadyMarker.size();
    return QJsonDocument::fromJson(output.mid(from, end - from)).object();
}

QString SandboxLauncher::profileName() {
    return QStringLiteral("Sightline sandbox");
}

QString SandboxLauncher::connectionString(const QUrl& fhirBase) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), profileName());
    return QStringLiteral("fhir+") + fhirBase.toString() + QLatin1Char('?') +
           query.toString(QUrl::FullyEncoded);
}

SandboxLauncher::SandboxLauncher(QObject* parent)
    : QObject(parent) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The sandbox did not come up within %1 minutes").arg(kStartTimeoutMs / 60000));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Node.js could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        m_timeout.stop();
        m_state = {};
        if (!m_stopping) {
            const QString detail =
                QString::fromUtf8(m_process.readAllStandardError().right(600)).trimmed();
            emit failed(tr("The sandbox stopped (exit code %1). %2").arg(code).arg(detail));
        }
    });
}

SandboxLauncher::~SandboxLauncher() {
    stop();
}

QUrl SandboxLauncher::fhirBase() const {
    return QUrl(m_state.value(QLatin1String("fhirBase")).toString());
}

QUrl SandboxLauncher::dicomWeb() const {
    return QUrl(m_state.value(QLatin1String("dicomWeb")).toString());
}

void SandboxLauncher::start() {
    if (isRunning())
        return;
    const Location location = locate();
    if (location.dir.isEmpty()) {
        emit failed(location.problem);
        return;
    }
    m_output.clear();
    m_state = {};
    m_stopping = false;
    // No shell: node and its arguments as a list. The sandbox keeps its generated images in the
    // user's cache (SIGHTLINE_SANDBOX_CACHE or ~/.cache/sightline-sandbox), so later starts are
    // quick.
    m_process.setProgram(QStandardPaths::findExecutable(QStringLiteral("node")));
    m_process.setArguments({QStringLiteral("--experimental-websocket"),
                            location.dir + QStringLiteral("/sandbox.mjs"),
                            QStringLiteral("--quiet")});
    m_process.setWorkingDirectory(location.dir);
    m_timeout.start(kStartTimeoutMs);
    m_process.start();
}

void SandboxLauncher::stop() {
    m_timeout.stop();
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.terminate(); // the sandbox stops Orthanc and its servers on SIGTERM
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SandboxLauncher::readOutput() {
    m_output += m_process.readAllStandardOutput();
    if (isReady())
        return;
    std::optional<QJsonObject> announced = announcedState(m_output);
    if (!announced) {
        if (m_output.size() > (1 << 20))
            m_output = m_output.right(4096); // only the announcement matters
        return;
    }
    m_state = std::move(*announced);
    m_timeout.stop();
    if (!fhirBase().isValid() || fhirBase().isEmpty()) {
        fail(tr("The sandbox announced no FHIR server"));
        return;
    }
    emit ready(fhirBase(), dicomWeb());
}

void SandboxLauncher::fail(const QString& reason) {
    stop();
    m_state = {};
    emit failed(reason);
}

} // namespace sightline
