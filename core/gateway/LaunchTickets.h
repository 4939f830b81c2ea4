#pragma once
// One-time tickets for viewers started outside Sightline. A viewer launched with an address of
// the gateway (OHIF in the system browser, Horos downloading a study) gets that address on its
// command line, where `ps` shows it to every user of the computer. It is given a ticket instead:
// /launch/<ticket> answers once with a redirect to the real address (which then travels only
// inside the connection), and a ticket not used within its time is gone. The gateway's check
// of each connection's owner still applies first. Thread-safe: issued on the GUI thread,
// redeemed on the gateway's request threads.

#include "gateway/GatewayAnswer.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>

namespace sightline {

class LaunchTickets {
public:
    static constexpr std::chrono::seconds kUnusedFor{120};

    // A new ticket for `target` (the path and query of a gateway address), valid once within
    // `unusedFor`.
    QString issue(const QString& target, std::chrono::milliseconds unusedFor = kUnusedFor);
    // The answer for /launch/<ticket>: a redirect to its target the first time, 410 after.
    GatewayAnswer redeem(const QString& ticket);
    // The path tickets live under.
    static QString pathPrefix() { return QStringLiteral("/launch/"); }

private:
    struct Ticket {
        QString target;
        QDeadlineTimer expires;
    };
    QMutex m_mutex;
    QHash<QString, Ticket> m_tickets;
};

} // namespace sightline
