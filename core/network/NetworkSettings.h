#pragma once
// How Sightline reaches servers: the system's proxy (the default), no proxy, or a manual HTTP
// proxy; and an extra bundle of CA certificates trusted besides the system's (a hospital's own
// certificate authority). Kept in ~/.config/Sightline/network.ini and applied at every start, by
// the window and by headless commands alike. TLS verification itself is never switched off.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sightline {

struct NetworkSettings {
    Q_DECLARE_TR_FUNCTIONS(NetworkSettings)
public:
    enum class Proxy { System, None, Manual };

    Proxy proxy = Proxy::System;
    QString proxyHost; // Manual: an HTTP proxy
    int proxyPort = 0;
    QString caBundle; // a PEM file; empty: the system's certificates only

    static NetworkSettings load(const QString& iniPath = {});
    Status save(const QString& iniPath = {}) const;
    // Why these settings cannot be used (empty when they can): a manual proxy without host or
    // port, a CA bundle that is missing or holds no certificate.
    QString problem() const;
    // Makes them Sightline's: application proxy, and the CA bundle added to the default TLS
    // configuration. Fails (and changes nothing) when problem() is not empty.
    Status apply() const;
    // One line for the audit trail and the log.
    QString describe() const;

    bool operator==(const NetworkSettings&) const = default;
};

} // namespace sightline
