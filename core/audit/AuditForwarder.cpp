#include "audit/AuditForwarder.h"

#include "audit/AuditTrail.h"
#include "common/LogCategories.h"
#include "fhir/FhirClient.h"
#include "servers/ServerStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sightline {

const QString AuditForwarder::kTagSystem = QStringLiteral("urn:sightline:audit");

namespace {
constexpr int kBatchSize = 100;
} // namespace

AuditForwarder::AuditForwarder(AuditTrail* trail, ServerStore* servers,
                               QNetworkAccessManager* network, NetworkRecorder* recorder,
                               QObject* parent)
    : QObject(parent)
    , m_trail(trail)
    , m_servers(servers)
    , m_network(network)
    , m_recorder(recorder) {
    connect(&m_timer, &QTimer::timeout, this, &AuditForwarder::forwardNow);
    connect(trail, &AuditTrail::written, this, &AuditForwarder::forwardNow);
}

void AuditForwarder::start(int pollMs) {
    m_timer.start(pollMs);
    forwardNow();
}

void AuditForwarder::refreshPending(const QString& serverId) {
    m_trail->pendingForward(serverId, 0, this, [this, serverId](QList<AuditRecord>, qint64 total) {
        m_states[serverId].pending = total;
        emit stateChanged(serverId);
    });
}

void AuditForwarder::setBackoff(qint64 firstMs, qint64 maxMs) {
    m_firstBackoffMs = firstMs;
    m_maxBackoffMs = maxMs;
}

QJsonObject AuditForwarder::taggedForForwarding(const AuditRecord& record) {
    QJsonObject event = QJsonDocument::fromJson(record.json).object();
    QJsonObject meta = event.value(QLatin1String("meta")).toObject();
    QJsonArray tags = meta.value(QLatin1String("tag")).toArray();
    tags.append(QJsonObject{{QStringLiteral("system"), kTagSystem},
                            {QStringLiteral("code"), QString::fromLatin1(record.hash)}});
    meta.insert(QStringLiteral("tag"), tags);
    event.insert(QStringLiteral("meta"), meta);
    return event;
}

void AuditForwarder::forwardNow() {
    if (!m_servers || !m_trail)
        return;
    const QDateTime now = m_clock->nowUtc();
    for (const ServerProfile& profile : m_servers->fhirProfiles()) {
        if (!profile.forwardAudit)
            continue;
        TargetState& state = m_states[profile.id];
        if (state.busy)
            continue;
        if (state.nextAttemptUtc.isValid() && now < state.nextAttemptUtc) {
            refreshPending(profile.id); // backing off: only bring the count up to date
            continue;
        }
        forwardTo(profile);
    }
}

void AuditForwarder::forwardTo(const ServerProfile& profile) {
    const QString id = profile.id;
    m_states[id].busy = true;
    FhirClient*& client = m_clients[id];
    if (!client || client->baseUrl() != profile.fhirBase) {
        delete client;
        // Deliberately not made by the audited client factory: forwarding must not audit itself.
        client = new FhirClient(m_network, m_recorder, profile.fhirBase, this);
    }
    QPointer<FhirClient> target(client);
    m_trail->pendingForward(
        id, kBatchSize, this, [this, id, target](QList<AuditRecord> batch, qint64 total) {
            TargetState& state = m_states[id];
            state.pending = total;
            if (batch.isEmpty() || !target) {
                state.busy = false;
                emit stateChanged(id);
                return;
            }
            QJsonArray entries;
            for (const AuditRecord& record : batch) {
                entries.append(QJsonObject{
                    {QStringLiteral("resource"), taggedForForwarding(record)},
                    {QStringLiteral("request"),
                     QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("url"), QStringLiteral("AuditEvent")},
                                 {QStringLiteral("ifNoneExist"),
                                  QStringLiteral("_tag=%1|%2")
                                      .arg(kTagSystem, QString::fromLatin1(record.hash))}}}});
            }
            const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                     {QStringLiteral("type"), QStringLiteral("batch")},
                                     {QStringLiteral("entry"), entries}};
            target->transaction(
                bundle, this, [this, id, batch, total](const Result<FhirReply>& reply) {
                    onBatchDone(id, batch, total, reply ? reply->resource : QJsonObject{},
                                reply ? Error{} : reply.error());
                });
        });
}

void AuditForwarder::onBatchDone(const QString& serverId, const QList<AuditRecord>& batch,
                                 qint64 totalPending, const QJsonObject& response,
                                 const Error& error) {
    TargetState& state = m_states[serverId];
    state.busy = false;
    // Confirm the longest run of entries the server accepted (201 created or 200 already there).
    qint64 confirmed = 0;
    int accepted = 0;
    QString entryError;
    const QJsonArray results = response.value(QLatin1String("entry")).toArray();
    for (qsizetype i = 0; i < batch.size() && i < results.size(); ++i) {
        const QString status = results[i]
                                   .toObject()
                                   .value(QLatin1String("response"))
                                   .toObject()
                                   .value(QLatin1String("status"))
                                   .toString();
        if (!status.startsWith(QLatin1Char('2'))) {
            entryError = tr("The server refused an AuditEvent (%1)").arg(status);
            break;
        }
        confirmed = batch[i].seq;
        ++accepted;
    }
    if (confirmed > 0)
        m_trail->confirmForwarded(serverId, confirmed);
    state.pending = totalPending - accepted;
    if (error.kind != Error::Kind::None || !entryError.isEmpty() || accepted == 0) {
        state.failures += 1;
        state.lastError = error.kind != Error::Kind::None ? error.toString()
                          : !entryError.isEmpty()         ? entryError
                                                  : tr("The server answered without entries");
        const qint64 backoff =
            std::min(m_maxBackoffMs, m_firstBackoffMs << std::min(state.failures - 1, 10));
        state.nextAttemptUtc = m_clock->nowUtc().addMSecs(backoff);
        refreshPending(serverId);
        qCWarning(lcApp) << "Audit forwarding failed; next try in" << backoff / 1000
                         << "s:" << state.lastError;
    } else {
        state.failures = 0;
        state.lastError.clear();
        state.nextAttemptUtc = QDateTime();
    }
    emit stateChanged(serverId);
    if (state.failures == 0 && state.pending > 0)
        forwardNow(); // more waiting: keep going
}

} // namespace sightline
