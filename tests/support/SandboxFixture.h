#pragma once
// Starts the sandbox (tests/sandbox/sandbox.mjs: Orthanc, SMART server, FHIR server) on free
// loopback ports for one test, and stops it by PID afterwards.

#include "servers/ServerProfile.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace sightline::test {

class SandboxFixture {
public:
    SandboxFixture() = default;
    ~SandboxFixture();
    SandboxFixture(const SandboxFixture&) = delete;
    SandboxFixture& operator=(const SandboxFixture&) = delete;

    // Returns an empty string on success, or why the sandbox did not come up.
    QString start(const QStringList& extraArguments = {}, int timeoutMs = 180000);
    void stop();

    QUrl fhirBase() const { return QUrl(m_state.value(QStringLiteral("fhirBase")).toString()); }
    QUrl dicomWeb() const { return QUrl(m_state.value(QStringLiteral("dicomWeb")).toString()); }
    // Orthanc's DICOMweb through the fault proxy, and the proxy's hooks (/sandbox/proxy,
    // /sandbox/orthanc/kill, /sandbox/orthanc/start).
    QUrl dicomWebProxy() const {
        return QUrl(m_state.value(QStringLiteral("dicomWebProxy")).toString());
    }
    QUrl faultProxy() const { return QUrl(m_state.value(QStringLiteral("faultProxy")).toString()); }
    QUrl smartIssuer() const {
        return QUrl(m_state.value(QStringLiteral("smartIssuer")).toString());
    }
    const QJsonObject& state() const { return m_state; }
    // A server profile for the sandbox FHIR server that logs in with SMART as the public
    // native client (not yet saved: no id).
    ServerProfile smartProfile(const QString& name = QStringLiteral("Sandbox (SMART)")) const {
        ServerProfile profile;
        profile.name = name;
        profile.fhirBase = fhirBase();
        profile.authKind = ServerProfile::AuthKind::SmartPublic;
        profile.clientId = QStringLiteral("sightline-desktop");
        return profile;
    }

    // A server profile for the sandbox FHIR server without login (as the demo configures it),
    // not yet saved: no id.
    ServerProfile openProfile(const QString& name = QStringLiteral("Sandbox")) const {
        ServerProfile profile;
        profile.name = name;
        profile.fhirBase = fhirBase();
        return profile;
    }

    // Registers an EHR launch with the SMART server, as an EHR would before launching
    // Sightline (`context`: {"patient": …, "encounter": …, "fhirContext": […]}); returns the
    // launch id, or an empty string if the server refused.
    QString registerEhrLaunch(const QByteArray& context) const;

    // The sandbox's generated DICOM studies without any server (tests/sandbox/generate-dicom.mjs):
    // {"dir", "studies": [{uid, modality, syntax, patientId, patientName, series: [{uid, frames,
    // files}]}]}. Empty with `error` set when generation fails.
    static QJsonObject generatedDicom(QString* error);

private:
    QProcess m_process;
    QJsonObject m_state;
    QByteArray m_stderr;
};

} // namespace sightline::test
