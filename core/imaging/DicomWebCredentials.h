#pragma once
// Credentials for DICOMweb endpoints that do not take the FHIR server's token: the user adds the
// PACS as a server profile (its DICOMweb base URL, Basic authorization, user name; the password
// in the OS keychain), and every endpoint under that address gets its Basic credentials. Looks
// up asynchronously (the keychain is); answers an empty value when no profile matches. Never
// logs or stores what it hands out. GUI-thread object.

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace sightline {

class SecretStore;
class ServerStore;
struct ServerProfile;

class DicomWebCredentials : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const QByteArray& authorization)>;

    DicomWebCredentials(ServerStore* servers, SecretStore* secrets, QObject* parent = nullptr);

    // The Basic profile whose address is the longest prefix of `serviceBase`, if any.
    std::optional<ServerProfile> profileFor(const QUrl& serviceBase) const;
    void lookup(const QUrl& serviceBase, QObject* context, Callback callback);

private:
    ServerStore* m_servers;
    SecretStore* m_secrets;
};

} // namespace sightline
