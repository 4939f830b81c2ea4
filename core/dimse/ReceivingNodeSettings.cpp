#include "dimse/ReceivingNodeSettings.h"

#include "common/SettingsFile.h"
#include "servers/DicomNodeAddress.h"

namespace sightline {

ReceivingNodeSettings ReceivingNodeSettings::load(const QString& iniPath) {
    const auto settings = openSettingsFile(iniPath, QStringLiteral("receiving"));
    ReceivingNodeSettings s;
    s.enabled = settings->value(QStringLiteral("node/enabled"), false).toBool();
    s.scp.aeTitle =
        settings->value(QStringLiteral("node/aeTitle"), s.scp.aeTitle).toString().trimmed();
    // A port the file cannot give (text, out of range) keeps the default rather than 0, which
    // would mean "any free port" and leave every PACS with a stale registration.
    bool number = false;
    const uint port = settings->value(QStringLiteral("node/port")).toUInt(&number);
    if (number && port >= 1 && port <= 65535)
        s.scp.port = quint16(port);
    s.scp.acceptRemote = settings->value(QStringLiteral("node/acceptRemote"), false).toBool();
    s.scp.allowedCallers = settings->value(QStringLiteral("node/allowedCallers")).toStringList();
    return s;
}

Status ReceivingNodeSettings::save(const QString& iniPath) const {
    const auto settings = openSettingsFile(iniPath, QStringLiteral("receiving"));
    settings->setValue(QStringLiteral("node/enabled"), enabled);
    settings->setValue(QStringLiteral("node/aeTitle"), scp.aeTitle);
    settings->setValue(QStringLiteral("node/port"), scp.port);
    settings->setValue(QStringLiteral("node/acceptRemote"), scp.acceptRemote);
    settings->setValue(QStringLiteral("node/allowedCallers"), scp.allowedCallers);
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return Error::make(
            Error::Kind::Storage,
            tr("The receiving node's settings could not be saved to %1").arg(settings->fileName()));
    return Done{};
}

QString ReceivingNodeSettings::problem() const {
    if (!DicomNodeAddress::isValidAeTitle(scp.aeTitle))
        return tr("Give Sightline's AE title: 1 to 16 characters, no backslash.");
    if (scp.port == 0)
        return tr("Give the port to listen on (1 to 65535; 11112 is DICOM's usual one).");
    for (const QString& caller : scp.allowedCallers) {
        if (!DicomNodeAddress::isValidAeTitle(caller))
            return tr("%1 is not an AE title (1 to 16 characters, no backslash).").arg(caller);
    }
    return {};
}

QString ReceivingNodeSettings::registration(const QString& hostName) const {
    if (!scp.acceptRemote)
        return tr("Register Sightline at the sender as AE title %1, host 127.0.0.1, port %2: "
                  "only programs on this computer can send until other computers are accepted.")
            .arg(scp.aeTitle)
            .arg(scp.port);
    return tr("Register Sightline at the sender as AE title %1, host %2 (or this computer's IP "
              "address), port %3.")
        .arg(scp.aeTitle, hostName)
        .arg(scp.port);
}

QString ReceivingNodeSettings::describe() const {
    return QStringLiteral("enabled=%1; aeTitle=%2; port=%3; acceptRemote=%4; allowedCallers=%5")
        .arg(enabled ? QStringLiteral("yes") : QStringLiteral("no"), scp.aeTitle)
        .arg(scp.port)
        .arg(scp.acceptRemote ? QStringLiteral("yes") : QStringLiteral("no"),
             scp.allowedCallers.isEmpty() ? QStringLiteral("any")
                                          : scp.allowedCallers.join(QLatin1Char(',')));
}

} // namespace sightline
