#include "support/SandboxFixture.h"

#include "desktop/SandboxLauncher.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace sightline::test {

SandboxFixture::~SandboxFixture() {
    stop();
}

QString SandboxFixture::start(const QStringList& extraArguments, int timeoutMs) {
    const QString dir = QStringLiteral(SIGHTLINE_SANDBOX_DIR);
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/@medplum/fhir-router")))
        return QStringLiteral("The sandbox's npm packages are missing: run `npm ci` in %1")
            .arg(dir);
    QStringList args{QStringLiteral("--experimental-websocket"),
                     dir + QStringLiteral("/sandbox.mjs"), QStringLiteral("--cache-dir"),
                     QStringLiteral(SIGHTLINE_SANDBOX_CACHE), QStringLiteral("--quiet")};
    args << extraArguments;
    m_process.setProgram(QStringLiteral("node"));
    m_process.setArguments(args);
    m_process.setWorkingDirectory(dir);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("Could not start node: %1").arg(m_process.errorString());

    QDeadlineTimer deadline(timeoutMs);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            return QStringLiteral("The sandbox exited (code %1): %2")
                .arg(m_process.exitCode())
                .arg(QString::fromUtf8(m_process.readAllStandardError().right(2000)));
        }
        m_process.waitForReadyRead(200);
        buffer += m_process.readAllStandardOutput();
        if (const auto announced = SandboxLauncher::announcedState(buffer)) {
            m_state = *announced;
            return m_state.isEmpty() ? QStringLiteral("Unreadable sandbox state: %1")
                                           .arg(QString::fromUtf8(buffer.right(2000)))
                                     : QString();
        }
    }
    stop();
    return QStringLiteral("The sandbox did not become ready within %1 s").arg(timeoutMs / 1000);
}

void SandboxFixture::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // the sandbox stops Orthanc and its servers on SIGTERM
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject SandboxFixture::generatedDicom(QString* error) {
    QProcess node;
    node.setProgram(QStringLiteral("node"));
    node.setArguments({QStringLiteral(SIGHTLINE_SANDBOX_DIR "/generate-dicom.mjs"),
                       QStringLiteral("--cache-dir"), QStringLiteral(SIGHTLINE_SANDBOX_CACHE)});
    node.start();
    if (!node.waitForFinished(300000) || node.exitCode() != 0) {
        *error = QStringLiteral("generate-dicom.mjs failed: ") +
                 QString::fromUtf8(node.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}

QString SandboxFixture::registerEhrLaunch(const QByteArray& context) const {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(smartIssuer().toString() + QStringLiteral("/sandbox/launch")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = network.post(request, context);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        reply->abort(); // no answer: the launch id stays empty
    const QString launch = QJsonDocument::fromJson(reply->readAll())
                               .object()
                               .value(QLatin1String("launch"))
                               .toString();
    delete reply;
    return launch;
}

} // namespace sightline::test
