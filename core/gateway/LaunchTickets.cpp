#include "gateway/LaunchTickets.h"

#include <QMutexLocker>
#include <QRandomGenerator>

namespace sightline {

QString LaunchTickets::issue(const QString& target, std::chrono::milliseconds unusedFor) {
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    const QString ticket = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QMutexLocker lock(&m_mutex);
    // Tickets nobody used are dropped as new ones come, so the table stays small.
    m_tickets.removeIf([](const auto& entry) { return entry.value().expires.hasExpired(); });
    m_tickets.insert(ticket, {target, QDeadlineTimer(unusedFor)});
    return ticket;
}

GatewayAnswer LaunchTickets::redeem(const QString& ticket) {
    QString target;
    {
        const QMutexLocker lock(&m_mutex);
        const auto found = m_tickets.constFind(ticket);
        if (found != m_tickets.cend() && !found->expires.hasExpired())
            target = found->target;
        if (found != m_tickets.cend())
            m_tickets.erase(found);
    }
    if (target.isEmpty())
        return GatewayAnswer::text(410, QStringLiteral("This link to a Sightline viewer was used "
                                                       "already or has expired. Open the study "
                                                       "again from Sightline."));
    GatewayAnswer answer = GatewayAnswer::text(303, QStringLiteral("See the viewer"));
    answer.headers = {{"Location", target.toUtf8()}, {"Referrer-Policy", "no-referrer"}};
    return answer;
}

} // namespace sightline
