#include "dimse/ReceivingNode.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "cache/CacheBatch.h"
#include "cache/CacheIntake.h"
#include "common/LogCategories.h"

#include <QHash>
#include <QSet>
#include <QSysInfo>

namespace sightline {

namespace {
constexpr int kProblemsKept = 5; // per association, for the summary and the audit trail
} // namespace

// One association's instances on their way into the cache, on that association's thread, with
// a cache connection of its own.
class ReceivingNode::Intake : public StorageScp::Receiver {
public:
    Intake(ReceivingNode* node, const StorageScp::Peer& peer)
        : m_node(node)
        , m_cache(node->m_cache.open())
        , m_source(QStringLiteral("%1@%2").arg(peer.callingAeTitle, peer.host))
        , m_calledAeTitle(peer.calledAeTitle) {
        m_summary.callingAeTitle = peer.callingAeTitle;
        m_summary.host = peer.host;
    }

    QString receiveFolder() const override { return ImageCache::incomingFolder(m_cache->root()); }

    Status take(const Result<ReceivedFile>& received) override {
        if (m_failed)
            return Error::make(Error::Kind::Storage, ReceivingNode::tr("The image cache failed"));
        const Result<CachedFile> written =
            received ? CacheIntake::storeFile(
                           m_cache->root(), {}, m_source, received.value(),
                           [this](const DicomHeader& header) { return samePatient(header); })
                     : Result<CachedFile>(received.error());
        if (!written) {
            note(written.error().message);
            return written.error();
        }
        const CachedFile& file = written.value();
        if (!m_summary.studyUids.contains(file.header.studyInstanceUid))
            m_summary.studyUids << file.header.studyInstanceUid;
        m_series.insert(file.header.seriesInstanceUid);
        // An error here is an earlier batch's: this instance is taken (counted lost if its own
        // batch fails too); the next ones are refused.
        keep(m_batch.add(file));
        return Done{};
    }

    void finish(const StorageScp::Ended& ended) override {
        keep(m_batch.flush());
        for (const QString& series : std::as_const(m_series))
            (void)CacheIntake::makeThumbnail(*m_cache, series);
        // What arrived counts against the cache's limits like a retrieval (never evicting what
        // just came).
        if (!m_summary.studyUids.isEmpty())
            (void)m_cache->enforceBudget(m_summary.studyUids.last());
        m_summary.received = ended.received;
        m_summary.stored = ended.stored - m_batch.lost();
        m_summary.ended = ended.problem;
        m_node->audit(m_summary, m_calledAeTitle); // thread-safe
        QMetaObject::invokeMethod(
            m_node,
            [node = QPointer<ReceivingNode>(m_node), summary = m_summary] {
                if (node)
                    emit node->received(summary);
            },
            Qt::QueuedConnection);
    }

private:
    // A pushed image joins a cached study only when it names the same patient: anyone who can
    // reach the port could otherwise slip another patient's images into a study shown as
    // complete. (The sender may always start a study the cache does not hold.)
    Status samePatient(const DicomHeader& header) {
        const QString study = header.studyInstanceUid;
        const std::optional<QPair<QString, QString>> known =
            m_patients.contains(study) ? std::optional(m_patients.value(study))
                                       : m_cache->patientOf(study);
        const QPair<QString, QString> sent{header.patientId.trimmed(),
                                           header.patientName.trimmed()};
        if (!known) {
            m_patients.insert(study, sent);
            return Done{};
        }
        const bool byId = !known->first.trimmed().isEmpty() || !sent.first.isEmpty();
        if (byId ? known->first.trimmed() == sent.first : known->second.trimmed() == sent.second)
            return Done{};
        return Error::make(Error::Kind::MalformedData,
                           ReceivingNode::tr("Study %1 is cached for patient %2; an image of it "
                                             "for patient %3 was refused (remove the study from "
                                             "the cache first if its patient really changed)")
                               .arg(study, known->first, sent.first));
    }

    void note(const QString& problem) {
        qCWarning(lcImaging) << "Receiving node:" << problem;
        if (m_summary.problems.size() < kProblemsKept)
            m_summary.problems << problem;
    }

    // Written but not kept (its batch could not be put in place or indexed): the cache's own
    // check removes such files later.
    void keep(const Status& kept) {
        if (!kept && !m_failed) {
            m_failed = true;
            note(kept.error().message);
        }
    }

    ReceivingNode* m_node;
    std::unique_ptr<ImageCache> m_cache;
    QString m_source;        // recorded in the cache index: who sent it
    QString m_calledAeTitle; // as the sender called Sightline
    ReceivedStudies m_summary;
    QSet<QString> m_series;
    QHash<QString, QPair<QString, QString>> m_patients; // study → patient, this association
    CacheBatch m_batch{*m_cache};
    bool m_failed = false;
};

ReceivingNode::ReceivingNode(CacheConnections cache, AuditTrail* audit, QObject* parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_audit(audit) {
    qRegisterMetaType<ReceivedStudies>();
}

ReceivingNode::~ReceivingNode() {
    stop();
}

Status ReceivingNode::start(const StorageScpSettings& settings) {
    stop();
    m_settings = settings;
    m_running = settings;
    m_scp = std::make_unique<StorageScp>(
        settings,
        [this](const StorageScp::Peer& peer) -> std::unique_ptr<StorageScp::Receiver> {
            return std::make_unique<Intake>(this, peer);
        },
        [this](const StorageScp::Ended& refused) {
            ReceivedStudies summary;
            summary.callingAeTitle = refused.peer.callingAeTitle;
            summary.host = refused.peer.host;
            summary.ended = refused.problem;
            // A flood of refused connections is recorded in part, with a count of the rest.
            const RefusalThrottle::Verdict verdict = m_refusals.next(refused.peer.host);
            if (!verdict.record)
                return;
            if (verdict.leftOut > 0)
                summary.ended += QStringLiteral("; ") +
                                 tr("%n earlier refusal(s) from this host were not recorded one "
                                    "by one",
                                    nullptr, verdict.leftOut);
            audit(summary, refused.peer.calledAeTitle);
            QMetaObject::invokeMethod(
                this,
                [this, refused] {
                    emit this->refused(refused.peer.callingAeTitle, refused.peer.host,
                                       refused.problem);
                },
                Qt::QueuedConnection);
        });
    const Status started = m_scp->start();
    if (!started)
        m_scp.reset();
    emit runningChanged(isRunning());
    return started;
}

void ReceivingNode::stop() {
    if (!m_scp)
        return;
    m_scp.reset(); // stops listening and waits for the associations' threads
    emit runningChanged(false);
}

const StorageScpSettings& ReceivingNode::settings() const {
    return isRunning() ? m_running : m_settings;
}

bool ReceivingNode::isRunning() const {
    return m_scp && m_scp->isRunning();
}

quint16 ReceivingNode::port() const {
    return m_scp ? m_scp->port() : 0;
}

void ReceivingNode::audit(const ReceivedStudies& studies, const QString& calledAeTitle) const {
    if (!m_audit)
        return;
    // BALP / DICOM Instances Transferred (DCM 110104): what arrived, from whom.
    AuditEventBuilder event = AuditEventBuilder::activity(
        QStringLiteral("dicom-receive"), QStringLiteral("DICOM instances received (C-STORE)"),
        AuditEventBuilder::Action::Create);
    QString detail = tr("%1 received, %2 kept").arg(studies.received).arg(studies.stored);
    if (!studies.ended.isEmpty())
        detail += QStringLiteral("; ") + studies.ended;
    if (!studies.problems.isEmpty())
        detail += QStringLiteral("; ") + studies.problems.first();
    event.application(QSysInfo::machineHostName())
        .detail(QStringLiteral("calling-ae"), studies.callingAeTitle)
        .detail(QStringLiteral("called-ae"), calledAeTitle)
        .detail(QStringLiteral("peer-host"), studies.host)
        .outcome(studies.ended.isEmpty() && studies.received == studies.stored
                     ? AuditEventBuilder::Outcome::Success
                 : studies.stored > 0 ? AuditEventBuilder::Outcome::MinorFailure
                                      : AuditEventBuilder::Outcome::SeriousFailure,
                 detail);
    for (const QString& study : studies.studyUids)
        event.study(study);
    m_audit->record(event.build());
}

} // namespace sightline
