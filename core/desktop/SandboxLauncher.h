#pragma once
// Starts the sandbox that comes with Sightline's source (tests/sandbox: Orthanc with generated
// studies, a SMART server and a FHIR server on free loopback ports), so a first run can look
// around without a hospital server. The sandbox is found through SIGHTLINE_SANDBOX_DIR or beside
// the build tree; an installed package has none, and locate() says so. Its node process runs
// until stop() or until this object goes (with Sightline). Asynchronous: ready() carries the
// addresses once the sandbox announces them; failed() says why it did not come up. GUI thread.

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace sightline {

class SandboxLauncher : public QObject {
    Q_OBJECT
public:
    static constexpr int kStartTimeoutMs = 5 * 60 * 1000; // the first start generates images

    struct Location {
        QString dir;     // the sandbox folder; empty when there is none
        QString problem; // why not, for the user
    };
    static Location locate();
    // The server profile Sightline keeps for the sandbox, as a connection string.
    static QString connectionString(const QUrl& fhirBase);
    static QString profileName();
    // The sandbox announces its addresses with one line on its output, "SANDBOX_READY {json}".
    // Returns the announced JSON once that line is complete in `output` (an empty object when
    // it is not readable JSON), nothing before. Shared with the tests' sandbox fixture.
    static std::optional<QJsonObject> announcedState(const QByteArray& output);

    explicit SandboxLauncher(QObject* parent = nullptr);
    ~SandboxLauncher() override;

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool isReady() const { return !m_state.isEmpty(); }
    QUrl fhirBase() const;
    QUrl dicomWeb() const;
    void start();
    void stop();

signals:
    void ready(const QUrl& fhirBase, const QUrl& dicomWeb);
    void failed(const QString& reason);

private:
    void readOutput();
    void fail(const QString& reason);

    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_output;
    QJsonObject m_state;
    bool m_stopping = false;
};

} // namespace sightline
