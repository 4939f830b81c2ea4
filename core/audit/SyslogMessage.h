#pragma once
// One journal record as an RFC 5424 syslog message for an ATNA audit record repository, framed
// for TLS transport by RFC 5425 octet counting ("LENGTH SP MESSAGE"). The message carries the
// FHIR AuditEvent (BALP) as UTF-8 JSON, tagged with the record's chain hash as the FHIR
// forwarder tags it, so a repository can drop the copies a reconnect may resend.

#include "audit/AuditJournal.h"

#include <QByteArray>
#include <QString>

namespace sightline {

class SyslogMessage {
public:
    // authpriv (10) × 8 + notice (5): the priority ATNA gives audit messages.
    static constexpr int kPriority = 85;
    static inline const QByteArray kAppName = QByteArrayLiteral("Sightline");
    static inline const QByteArray kMessageId = QByteArrayLiteral("AuditEvent");

    // `<85>1 TIMESTAMP HOSTNAME Sightline PROCID AuditEvent - BOM{json}`; header fields are
    // printable ASCII cut to RFC 5424's lengths, "-" when empty.
    static QByteArray format(const AuditRecord& record, const QString& hostName, qint64 processId);
    static QByteArray frame(const QByteArray& message);
};

} // namespace sightline
