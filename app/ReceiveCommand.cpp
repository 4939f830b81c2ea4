#include "ReceiveCommand.h"

#include "AppServices.h"
#include "QuitOnSignals.h"
#include "dimse/ReceivingNodeSettings.h"
#include "servers/DicomNodeAddress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sightline {

QList<CommandSpec> ReceiveCommand::commands() {
    CommandSpec receive;
    receive.name = QStringLiteral("receive");
    receive.summary = tr("Receive images pushed by PACSes and modalities (a Storage SCP) into "
                         "the image cache, until stopped.");
    receive.details = tr("Register Sightline at the sender as a DICOM node: its AE title, this "
                         "computer's address and the port. Listens on 127.0.0.1 unless "
                         "--accept-remote is given.");
    receive.options = {
        option("port", "N", tr("the port to listen on (default: as in Preferences, else 11112)")),
        option("ae", "TITLE",
               tr("Sightline's AE title, as senders call it (default: as in Preferences, else "
                  "SIGHTLINE)")),
        {QStringLiteral("accept-remote"),
         {},
         tr("accept connections from other computers, not only this one")},
        option("allow", "AE", tr("let in only these calling AE titles"), false, true),
        {QStringLiteral("json"), {}, tr("print one JSON object per association")}};
    receive.run = &ReceiveCommand::receive;
    return {receive};
}

int ReceiveCommand::receive(const CommandArguments& args) {
    // The AE title, port and callers a PACS knows from Preferences; other computers only when
    // asked here, so a script never listens on every interface unawares.
    StorageScpSettings settings = ReceivingNodeSettings::load().scp;
    settings.acceptRemote = false;
    if (args.isSet(QStringLiteral("port"))) {
        bool number = false;
        const uint port = args.value(QStringLiteral("port")).toUInt(&number);
        if (!number || port == 0 || port > 65535)
            return args.usageError(tr("--port takes a port number from 1 to 65535, not %1")
                                       .arg(args.value(QStringLiteral("port"))));
        settings.port = quint16(port);
    }
    if (args.isSet(QStringLiteral("ae"))) {
        settings.aeTitle = args.value(QStringLiteral("ae"));
        if (!DicomNodeAddress::isValidAeTitle(settings.aeTitle))
            return args.usageError(tr("%1 is not an AE title (1 to 16 characters, no "
                                      "backslash)")
                                       .arg(settings.aeTitle));
    }
    if (args.isSet(QStringLiteral("accept-remote")))
        settings.acceptRemote = true;
    if (args.isSet(QStringLiteral("allow")))
        settings.allowedCallers = args.values(QStringLiteral("allow"));
    const bool json = args.isSet(QStringLiteral("json"));

    AppServices s;
    QTextStream out(stdout);
    QTextStream err(stderr);
    QObject::connect(
        &s.receivingNode, &ReceivingNode::received, &s.receivingNode,
        [&](const ReceivedStudies& r) {
            if (json) {
                QJsonObject line{
                    {QStringLiteral("callingAeTitle"), r.callingAeTitle},
                    {QStringLiteral("host"), r.host},
                    {QStringLiteral("received"), r.received},
                    {QStringLiteral("stored"), r.stored},
                    {QStringLiteral("studies"), QJsonArray::fromStringList(r.studyUids)},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}};
                if (!r.ended.isEmpty())
                    line.insert(QStringLiteral("ended"), r.ended);
                out << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
                return;
            }
            out << tr("%1@%2: %3 received, %4 kept; studies %5")
                       .arg(r.callingAeTitle, r.host)
                       .arg(r.received)
                       .arg(r.stored)
                       .arg(r.studyUids.join(QStringLiteral(", ")))
                << Qt::endl;
            for (const QString& problem : r.problems)
                out << "  " << problem << Qt::endl;
            if (!r.ended.isEmpty())
                out << "  " << r.ended << Qt::endl;
        });
    QObject::connect(&s.receivingNode, &ReceivingNode::refused, &s.receivingNode,
                     [&](const QString& caller, const QString& host, const QString& reason) {
                         err << tr("Refused %1@%2: %3").arg(caller, host, reason) << Qt::endl;
                     });
    if (const Status started = s.receivingNode.start(settings); !started) {
        err << started.error().toString() << '\n';
        return 2;
    }
    err << tr("Receiving as %1 on %2:%3 (Ctrl+C stops)")
               .arg(settings.aeTitle,
                    settings.acceptRemote ? QStringLiteral("0.0.0.0") : QStringLiteral("127.0.0.1"))
               .arg(s.receivingNode.port())
        << Qt::endl;
    quitOnSignals();
    QCoreApplication::exec();
    s.receivingNode.stop();
    QCoreApplication::processEvents(); // the summaries of associations stopped just now
    s.audit.flush();
    err << tr("Stopped.") << Qt::endl;
    return 0;
}

} // namespace sightline
