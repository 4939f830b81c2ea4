#include "audit/SyslogMessage.h"

#include "audit/AuditForwarder.h"
#include "common/Clock.h"

#include <QJsonDocument>

namespace sightline {

namespace {

// RFC 5424 §6: header fields are PRINTUSASCII (33–126) with a maximum length; NILVALUE when
// there is nothing to say.
QByteArray headerField(const QByteArray& value, int maxLength) {
    QByteArray out;
    for (const char c : value) {
        if (c >= 33 && c <= 126)
            out += c;
        if (out.size() == maxLength)
            break;
    }
    return out.isEmpty() ? QByteArrayLiteral("-") : out;
}

} // namespace

QByteArray SyslogMessage::format(const AuditRecord& record, const QString& hostName,
                                 qint64 processId) {
    const QByteArray json =
        QJsonDocument(AuditForwarder::taggedForForwarding(record)).toJson(QJsonDocument::Compact);
    const QDateTime recorded =
        record.recordedUtc.isValid() ? record.recordedUtc : Clock::system().nowUtc();
    QByteArray message = '<' + QByteArray::number(kPriority) + ">1 ";
    message += recorded.toUTC().toString(Qt::ISODateWithMs).toLatin1() + ' ';
    message += headerField(hostName.toUtf8(), 255) + ' ';
    message += headerField(kAppName, 48) + ' ';
    message += headerField(QByteArray::number(processId), 128) + ' ';
    message += headerField(kMessageId, 32) + ' ';
    message += "- ";           // no structured data
    message += "\xEF\xBB\xBF"; // the BOM that marks MSG as UTF-8 (RFC 5424 §6.4)
    message += json;
    return message;
}

QByteArray SyslogMessage::frame(const QByteArray& message) {
    return QByteArray::number(message.size()) + ' ' + message;
}

} // namespace sightline
