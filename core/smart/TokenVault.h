#pragma once
// Keeps a server's SMART session across restarts in the OS keychain: the refresh token and the
// launch context it was granted with (patient, scopes, fhirUser …), as one keychain entry per
// server. Access tokens are never stored; a restored session refreshes before it is used. When
// no keychain is available the calls fail with SecretStore's clear error and nothing is written.
// GUI-thread object (SecretStore is asynchronous).

#include "common/Result.h"
#include "smart/TokenSet.h"

#include <QObject>

#include <functional>

namespace sightline {

class SecretStore;

class TokenVault : public QObject {
    Q_OBJECT
public:
    using StatusCallback = std::function<void(const Status&)>;
    // Error kind NotFound when no session is stored for the server.
    using TokensCallback = std::function<void(const Result<TokenSet>&)>;

    explicit TokenVault(SecretStore* store, QObject* parent = nullptr);

    // Stores what a later start needs to refresh; does nothing useful without a refresh token,
    // so a TokenSet without one removes the stored entry instead.
    void keep(const QString& serverId, const TokenSet& tokens, QObject* context,
              StatusCallback callback);
    void restore(const QString& serverId, QObject* context, TokensCallback callback);
    void forget(const QString& serverId, QObject* context, StatusCallback callback);

    static QString keyFor(const QString& serverId);
    // The stored form: JSON with the refresh token and context, no access or id token.
    static QByteArray serialise(const TokenSet& tokens);
    static Result<TokenSet> deserialise(const QByteArray& stored);

private:
    SecretStore* m_store;
};

} // namespace sightline
