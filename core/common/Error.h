#pragma once
// An error as a value: what went wrong, in words a user can act on, plus what an engineer needs.

#include <QString>
#include <QStringList>

namespace sightline {

struct Error {
    enum class Kind {
        None,
        Network, // connection refused, DNS, reset, vanished mid-transfer
        Tls,     // certificate or handshake failure; never bypassed
        Timeout,
        Cancelled,
        Http,          // a non-2xx status without a more specific meaning
        Fhir,          // the server answered with an OperationOutcome
        MalformedData, // the body is not what the protocol promises (bad JSON, not FHIR)
        InvalidInput,  // the user's or caller's input cannot be used
        Unsupported,   // the server lacks what is needed
        Storage,       // settings, keychain or disk
        Authorization, // login refused, invalid grant, tokens expired or revoked
        NotFound,      // nothing stored under that name (keychain entry, cache entry)
    };

    Kind kind = Kind::None;
    QString message;    // one sentence for the user
    QString details;    // diagnostics for engineers (never secrets)
    int httpStatus = 0; // 0 when no HTTP answer was received

    static Error make(Kind kind, QString message, QString details = {}, int httpStatus = 0) {
        return Error{kind, std::move(message), std::move(details), httpStatus};
    }
    static QString kindName(Kind kind);
    QString toString() const;
};

} // namespace sightline
