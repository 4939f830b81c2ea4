#include "servers/DicomNodeAddress.h"

#include <QRegularExpression>

namespace sightline {

bool DicomNodeAddress::isValidAeTitle(const QString& title) {
    // PS3.5 6.2: the default character repertoire without backslash and control characters;
    // leading and trailing spaces are not significant, so a title of spaces alone is none.
    static const QRegularExpression allowed(QStringLiteral("^[\\x20-\\x5b\\x5d-\\x7e]{1,16}$"));
    return allowed.match(title).hasMatch() && !title.trimmed().isEmpty();
}

QString DicomNodeAddress::hostProblem(const QString& host) {
    // DCMTK reads "host:port" up to the first colon, into 64 bytes with the port.
    if (host.contains(QLatin1Char(':')))
        return tr("%1 is an IPv6 address, which Sightline cannot call over DICOM: use the "
                  "node's host name.")
            .arg(host);
    if (host.toUtf8().size() > 57)
        return tr("The host name %1 is longer than DICOM networking takes (57 characters): use "
                  "a shorter name or the address.")
            .arg(host);
    return {};
}

} // namespace sightline
