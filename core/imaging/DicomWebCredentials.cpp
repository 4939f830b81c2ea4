#include "imaging/DicomWebCredentials.h"

#include "common/LogCategories.h"
#include "common/SecretBytes.h"
#include "network/RestCall.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"

namespace sightline {

DicomWebCredentials::DicomWebCredentials(ServerStore* servers, SecretStore* secrets,
                                         QObject* parent)
    : QObject(parent)
    , m_servers(servers)
    , m_secrets(secrets) {}

std::optional<ServerProfile> DicomWebCredentials::profileFor(const QUrl& serviceBase) const {
    std::optional<ServerProfile> best;
    const QString target = serviceBase.adjusted(QUrl::StripTrailingSlash).path() + QLatin1Char('/');
    for (const ServerProfile& p : m_servers->profiles()) {
        if (p.authKind != ServerProfile::AuthKind::Basic ||
            !RestCall::sameOrigin(p.fhirBase, serviceBase))
            continue;
        // Path prefix on segment boundaries: /dicom-web matches /dicom-web/… not /dicom-webx.
        const QString prefix =
            p.fhirBase.adjusted(QUrl::StripTrailingSlash).path() + QLatin1Char('/');
        if (target.startsWith(prefix) &&
            (!best || prefix.size() > best->fhirBase.path().size() + 1))
            best = p;
    }
    return best;
}

void DicomWebCredentials::lookup(const QUrl& serviceBase, QObject* context, Callback callback) {
    const auto profile = profileFor(serviceBase);
    if (!profile)
        return callback({});
    m_secrets->read(profile->secretKey(), context,
                    [callback, user = profile->userName,
                     name = profile->name](const Result<QByteArray>& password) {
                        if (!password) {
                            qCWarning(lcImaging)
                                << "No password for" << name << ":" << password.error().message;
                            return callback({});
                        }
                        const SecretBytes pair(user.toUtf8() + ':' + password.value());
                        callback("Basic " + pair.reveal().toBase64());
                    });
}

} // namespace sightline
