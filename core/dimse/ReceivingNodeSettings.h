#pragma once
// How the window runs Sightline's receiving node (a Storage SCP): on or off (off by default),
// its AE title and port, whether other computers may connect (it listens on 127.0.0.1
// otherwise) and which calling AE titles are let in. Kept in ~/.config/Sightline/receiving.ini;
// every command that starts the receiving node (C-MOVE retrievals, `sightline receive`) uses
// the same AE title and port, so a PACS needs Sightline registered once.

#include "common/Result.h"
#include "dicom/StorageScp.h"

#include <QCoreApplication>
#include <QString>

namespace sightline {

struct ReceivingNodeSettings {
    Q_DECLARE_TR_FUNCTIONS(ReceivingNodeSettings)
public:
    bool enabled = false; // the window starts the receiving node with it
    StorageScpSettings scp;

    static ReceivingNodeSettings load(const QString& iniPath = {});
    Status save(const QString& iniPath = {}) const;
    // Why these settings cannot be used (empty when they can): an AE title DICOM does not
    // allow, no port, an allowed caller that is no AE title.
    QString problem() const;
    // What a sender must be told, one sentence: AE title, host and port (`hostName`: this
    // computer's name as others reach it).
    QString registration(const QString& hostName) const;
    // One line for the audit trail and the log.
    QString describe() const;

    bool operator==(const ReceivingNodeSettings&) const = default;
};

} // namespace sightline
