#include "dimse/DimseService.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "dicom/DimseAssociation.h"

#include <QElapsedTimer>
#include <QSysInfo>
#include <QThread>

namespace sightline {

struct DimseService::Running {
    int id = 0;
    std::atomic_bool cancelled{false};
    QThread* thread = nullptr;
};

DimseService::DimseService(AuditTrail* audit, QObject* parent)
    : QObject(parent)
    , m_audit(audit) {}

DimseService::~DimseService() {
    for (const auto& running : std::as_const(m_running))
        running->cancelled = true;
    // Each stops within the node's timeouts (a query at its next answer once cancelled).
    // Answers they posted to this object are dropped with it.
    for (const auto& running : std::as_const(m_running)) {
        running->thread->wait();
        delete running->thread;
    }
}

int DimseService::start(const QString& name, std::function<void(const Exchange&)> work) {
    auto running = std::make_shared<Running>();
    running->id = m_nextId++;
    // Weak: the thread's functor must not keep its own Running alive (the list does, until the
    // answer is back or the destructor has waited for the thread).
    running->thread = QThread::create([work, weak = std::weak_ptr<Running>(running)] {
        if (const auto exchange = weak.lock())
            work(exchange);
    });
    running->thread->setObjectName(name);
    // Gone once finished; an answer posted before is handled first (posted events keep order).
    connect(running->thread, &QThread::finished, running->thread, &QObject::deleteLater);
    m_running.append(running);
    running->thread->start();
    return running->id;
}

void DimseService::finish(const std::shared_ptr<Running>& running) {
    m_running.removeAll(running);
}

template <typename T>
void DimseService::answer(const std::shared_ptr<Running>& running, const QPointer<QObject>& guard,
                          const std::function<void(const Result<T>&)>& done,
                          const Result<T>& result) {
    // Queued to this object: dropped with it if it goes first (its destructor has waited for
    // the thread, so nothing else refers to the exchange).
    QMetaObject::invokeMethod(
        this,
        [this, running, guard, done, result] {
            finish(running);
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

void DimseService::echo(const ServerProfile& node, QObject* context, EchoCallback done) {
    QPointer<QObject> guard(context);
    const DicomNodeAddress address = node.dicomNode;
    start(QStringLiteral("Sightline DICOM echo"),
          [this, address, guard, done](const Exchange& exchange) {
              QElapsedTimer clock;
              clock.start();
              Status status = Done{};
              { // released before the answer goes back, so nothing of it outlives the answer
                  DimseAssociation association(address);
                  status = association.open({QStringLiteral("1.2.840.10008.1.1")});
                  if (status)
                      status = association.echo();
              }
              const Result<qint64> result =
                  status ? Result<qint64>(clock.elapsed()) : Result<qint64>(status.error());
              answer(exchange, guard, done, result);
          });
}

int DimseService::find(const ServerProfile& node, const DimseQuery& query, int limit,
                       QObject* context, MatchCallback onMatch, FindCallback done) {
    QPointer<QObject> guard(context);
    const auto keys = query.keys();
    if (!keys) {
        const Error& error = keys.error();
        QMetaObject::invokeMethod(
            this,
            [guard, done, error] {
                if (guard)
                    done(error);
            },
            Qt::QueuedConnection);
        return 0;
    }
    const DicomNodeAddress address = node.dicomNode;
    const QString model = query.model();
    const QString level = DimseQuery::levelName(query.level);
    const QList<DimseAssociation::QueryKey>& identifier = keys.value();
    // The trail outlives this service (AppServices), whose destructor waits for the query.
    AuditTrail* audit = m_audit.data();
    return start(QStringLiteral("Sightline DICOM query"), [=, this](const Exchange& exchange) {
        Result<int> result = Error();
        { // released before the outcome goes back
            DimseAssociation association(address);
            if (const Status opened = association.open({model}); !opened) {
                result = opened.error();
            } else {
                int taken = 0;
                result = association.find(
                    model, level, identifier,
                    [&](const QJsonObject& match) {
                        ++taken;
                        QMetaObject::invokeMethod(
                            this,
                            [guard, onMatch, match] {
                                if (guard)
                                    onMatch(match);
                            },
                            Qt::QueuedConnection);
                        return limit <= 0 || taken < limit;
                    },
                    &exchange->cancelled);
            }
        }
        // Recorded here, so a query that went out is in the trail even if nobody
        // waits for it.
        auditQuery(audit, node, query, result);
        answer(exchange, guard, done, result);
    });
}

void DimseService::cancel(int queryId) {
    for (const auto& running : std::as_const(m_running)) {
        if (running->id == queryId)
            running->cancelled = true;
    }
}

void DimseService::auditQuery(AuditTrail* audit, const ServerProfile& node, const DimseQuery& query,
                              const Result<int>& result) {
    if (!audit)
        return;
    // BALP Query (DCM 110112): which node was asked what, by which AE titles.
    AuditEventBuilder event = AuditEventBuilder::activity(QStringLiteral("dicom-query"),
                                                          QStringLiteral("DICOM C-FIND query"),
                                                          AuditEventBuilder::Action::Execute);
    QStringList asked{DimseQuery::levelName(query.level)};
    const auto keys = query.keys();
    for (const DimseAssociation::QueryKey& key :
         keys ? keys.value() : QList<DimseAssociation::QueryKey>{}) {
        if (!key.value.isEmpty())
            asked << QStringLiteral("(%1,%2)=%3")
                         .arg(key.group, 4, 16, QLatin1Char('0'))
                         .arg(key.element, 4, 16, QLatin1Char('0'))
                         .arg(key.value);
    }
    event.application(QSysInfo::machineHostName())
        .server(node.fhirBase)
        .query(asked.join(QLatin1Char(' ')).toUtf8())
        .detail(QStringLiteral("calling-ae"), node.dicomNode.callingAeTitle)
        .detail(QStringLiteral("called-ae"), node.dicomNode.calledAeTitle)
        .outcome(result ? AuditEventBuilder::Outcome::Success
                        : AuditEventBuilder::Outcome::SeriousFailure,
                 result ? tr("%n match(es)", nullptr, result.value()) : result.error().message);
    audit->record(event.build()); // thread-safe
}

} // namespace sightline
