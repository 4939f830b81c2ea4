#pragma once
// Sightline's receiving node, as the window and `sightline receive` run it: PACSes and
// modalities push studies to it (C-STORE, StorageScp), and every instance lands in the image
// cache as a retrieved one does: checked (DICOM to its end), written atomically, indexed in
// batches, with a thumbnail per series. Each association is recorded in the audit trail (who
// sent, from where, which studies, how many kept; refusals too). Off until started.
// GUI-thread object; its signals come from the associations' threads, queued to it.

#include "cache/CacheConnections.h"
#include "common/Result.h"
#include "dicom/StorageScp.h"
#include "dimse/RefusalThrottle.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace sightline {

class AuditTrail;

// What one association brought.
struct ReceivedStudies {
    QString callingAeTitle;
    QString host;
    QStringList studyUids; // in the order they arrived
    int received = 0;
    int stored = 0;
    QStringList problems; // the first few, one sentence each
    QString ended;        // why it ended, when that was not a release
};

class ReceivingNode : public QObject {
    Q_OBJECT
public:
    explicit ReceivingNode(CacheConnections cache, AuditTrail* audit = nullptr,
                           QObject* parent = nullptr);
    ~ReceivingNode() override; // stop()

    // The settings start() without arguments uses, e.g. when a C-MOVE needs the node; a running
    // node keeps listening as it was started until it is started again.
    void configure(const StorageScpSettings& settings) { m_settings = settings; }
    // Those it runs with while it runs; else those it would start with.
    const StorageScpSettings& settings() const;
    Status start() { return start(m_settings); }
    Status start(const StorageScpSettings& settings);
    void stop();
    bool isRunning() const;
    quint16 port() const; // the one listened on

signals:
    // Started or stopped (also when a start failed).
    void runningChanged(bool running);
    // An association ended, with what it brought (also when nothing was kept).
    void received(const sightline::ReceivedStudies& studies);
    // A caller was turned away (wrong AE title, not let in), with the reason.
    void refused(const QString& callingAeTitle, const QString& host, const QString& reason);

private:
    class Intake; // one association's instances into the cache
    // Thread-safe (reads nothing the GUI thread changes): called from associations' threads.
    void audit(const ReceivedStudies& studies, const QString& calledAeTitle) const;

    CacheConnections m_cache;
    QPointer<AuditTrail> m_audit;
    StorageScpSettings m_settings; // for the next start
    StorageScpSettings m_running;  // the running node's, for settings() (GUI thread only)
    RefusalThrottle m_refusals;    // how many refusals per host are audited
    std::unique_ptr<StorageScp> m_scp;
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::ReceivedStudies)
