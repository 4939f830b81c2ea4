#include "imaging/ImagingService.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "fhir/FhirClient.h"
#include "fhir/FhirSearchPager.h"
#include "imaging/DicomWebCredentials.h"
#include "imaging/DicomWebDirectory.h"
#include "imaging/RetrievalWorker.h"

#include "common/BackgroundWork.h"
#include <QFutureWatcher>
#include <QJsonArray>
#include <QSysInfo>

#include <memory>

namespace sightline {

ImagingService::ImagingService(FhirClientFactory clients, QString cacheRoot, AuditTrail* audit,
                               QObject* parent)
    : QObject(parent)
    , m_clients(std::move(clients))
    , m_cacheRoot(std::move(cacheRoot))
    , m_audit(audit)
    , m_worker(new RetrievalWorker(m_cacheRoot, m_clients.recorder()))
    , m_directory(new DicomWebDirectory(m_clients.network(), m_clients.recorder(), this)) {
    m_thread.setObjectName(QStringLiteral("Sightline imaging"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RetrievalWorker::progress, this,
            [this](const QString& study, const RetrieveProgress& progress) {
                if (Retrieval* retrieval = m_retrievals.value(study))
                    emit retrieval->progress(progress);
                emit this->progress(study, progress);
            });
    connect(m_worker, &RetrievalWorker::seriesThumbnail, this,
            [this](const QString& study, const QString& series, const QImage& image) {
                if (Retrieval* retrieval = m_retrievals.value(study))
                    emit retrieval->seriesThumbnail(series, image);
                emit seriesThumbnail(study, series, image);
            });
    connect(m_worker, &RetrievalWorker::mismatchFound, this,
            [this](const QString& study, const PatientMismatch& mismatch) {
                if (m_audit && m_running.contains(study)) {
                    const auto& [server, patient] = m_running.value(study);
                    AuditEventBuilder event = AuditEventBuilder::activity(
                        QStringLiteral("patient-mismatch"),
                        QStringLiteral("DICOM patient differs from the FHIR Patient"),
                        AuditEventBuilder::Action::Read);
                    event.application(QSysInfo::machineHostName())
                        .server(server.fhirBase)
                        .patient(patient.patientReference, patient.identifiers.value(0))
                        .study(study)
                        .outcome(AuditEventBuilder::Outcome::MinorFailure,
                                 mismatch.differences.join(QStringLiteral("; ")));
                    m_audit->record(event.build());
                }
                if (Retrieval* retrieval = m_retrievals.value(study))
                    emit retrieval->mismatchFound(mismatch);
                emit mismatchFound(study, mismatch);
            });
    connect(m_worker, &RetrievalWorker::finished, this,
            [this](const QString& study, const RetrieveOutcome& outcome) {
                const auto [server, patient] = m_running.take(study);
                auditRetrieval(server, study, patient, outcome);
                if (Retrieval* retrieval = m_retrievals.take(study)) {
                    emit retrieval->finished(outcome);
                    retrieval->deleteLater();
                }
                emit finished(study, outcome);
            });
    connect(m_worker, &RetrievalWorker::cacheTrimmed, this, &ImagingService::cacheChanged);
    m_thread.start();
}

void ImagingService::setCacheSettings(const CacheSettings& settings) {
    m_cacheSettings = settings;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, settings] { worker->setCacheSettings(settings); },
        Qt::QueuedConnection);
}

ImagingService::~ImagingService() {
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        cancel(it.key());
    m_thread.quit();
    m_thread.wait();
}

void ImagingService::searchStudies(
    FhirClient* client, const QueryParams& params, QPointer<QObject> guard,
    std::function<void(const Result<QList<ImagingStudyRecord>>&)> done) {
    QueryParams query = params;
    query.append({QStringLiteral("_include"), QStringLiteral("ImagingStudy:endpoint")});
    query.append({QStringLiteral("_count"), QStringLiteral("200")});
    // Every page: a patient with years of imaging has more studies than one page holds. The
    // pages' entries are joined into one searchset, then resolved together (an Endpoint may be
    // included on another page than the study naming it).
    auto* pager =
        new FhirSearchPager(client, QStringLiteral("ImagingStudy"), query, kMaxStudyPages, client);
    auto entries = std::make_shared<QJsonArray>();
    connect(pager, &FhirSearchPager::pageReady, pager, [entries](const QJsonObject& page, int) {
        for (const QJsonValue& entry : page.value(QLatin1String("entry")).toArray())
            entries->append(entry);
    });
    connect(pager, &FhirSearchPager::finished, pager,
            [client, guard, done, pager, entries](const Result<int>& matched) {
                pager->deleteLater();
                if (!guard)
                    return;
                if (!matched)
                    return done(matched.error());
                QJsonObject searchset{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                      {QStringLiteral("type"), QStringLiteral("searchset")},
                                      {QStringLiteral("entry"), *entries}};
                *entries = QJsonArray(); // the searchset holds the pages alone from here on
                resolveStudies(client, std::move(searchset), guard, done);
            });
    pager->start();
}

// Resolved on the thread pool: thousands of studies take tens of milliseconds, which the GUI
// thread cannot spare in one go. The joined pages go to the pool and, unless Endpoints are
// still to be read, are freed there too (freeing 2,000 studies' JSON takes ~8 ms). Endpoints
// the server did not include are then read one by one, and the studies resolved again.
void ImagingService::resolveStudies(
    FhirClient* client, QJsonObject searchset, QPointer<QObject> guard,
    std::function<void(const Result<QList<ImagingStudyRecord>>&)> done) {
    struct Resolved {
        ImagingStudyResolver::Resolution resolution;
        QJsonObject searchset; // kept only for a second pass with the Endpoints read
    };
    auto* watcher = new QFutureWatcher<Resolved>(client);
    connect(watcher, &QFutureWatcherBase::finished, client, [client, guard, done, watcher] {
        watcher->deleteLater();
        if (guard) {
            const Resolved resolved = watcher->result();
            readUnresolvedEndpoints(client, resolved.searchset, resolved.resolution, guard, done);
        }
    });
    watcher->setFuture(runInBackground([searchset = std::move(searchset)]() mutable {
        Resolved resolved{ImagingStudyResolver::fromBundle(searchset), {}};
        if (!resolved.resolution.unresolved.isEmpty())
            resolved.searchset = std::move(searchset);
        else
            searchset = QJsonObject();
        return resolved;
    }));
}

void ImagingService::readUnresolvedEndpoints(
    FhirClient* client, const QJsonObject& searchset, const ImagingStudyResolver::Resolution& first,
    QPointer<QObject> guard, std::function<void(const Result<QList<ImagingStudyRecord>>&)> done) {
    if (first.unresolved.isEmpty())
        return done(first.studies);
    auto read = std::make_shared<QList<QJsonObject>>();
    auto pending = std::make_shared<int>(int(first.unresolved.size()));
    for (const QString& reference : first.unresolved) {
        client->read(QStringLiteral("Endpoint"), reference.section(QLatin1Char('/'), 1), client,
                     [=](const Result<FhirReply>& endpoint) {
                         if (endpoint)
                             read->append(endpoint->resource);
                         if (--*pending == 0 && guard)
                             done(ImagingStudyResolver::fromBundle(searchset, *read).studies);
                     });
    }
}

ImagingService::Lookup ImagingService::lookup(const ServerProfile& server, QObject* context,
                                              StudiesCallback callback) {
    auto made = m_clients.create(server, this);
    if (!made) {
        callback(made.error());
        return {};
    }
    FhirClient* client = made.value();
    QPointer<QObject> guard(context);
    // The client lives as long as the lookup; the answer goes only to a receiver still alive.
    auto finish = [client, callback, guard](const Result<PatientStudies>& r) {
        client->deleteLater();
        if (guard)
            callback(r);
    };
    return {client, guard, finish};
}

void ImagingService::pacsAuthorization(const ServerProfile& pacs, QObject* context,
                                       std::function<void(const QByteArray&)> callback) {
    if (pacs.authKind == ServerProfile::AuthKind::Basic && m_credentials)
        m_credentials->lookup(pacs.fhirBase, context, std::move(callback));
    else
        callback({});
}

void ImagingService::withPacsAuthorization(const ServerProfile& pacs, QObject* context,
                                           std::function<void(const QByteArray&, QObject*)> then) {
    QPointer<QObject> guard(context);
    pacsAuthorization(pacs, this, [guard, then](const QByteArray& authorization) {
        if (guard)
            then(authorization, guard);
    });
}

void ImagingService::findPacsPatients(const ServerProfile& pacs, const QString& text,
                                      QObject* context, PatientsCallback callback) {
    withPacsAuthorization(pacs, context, [=, this](const QByteArray& auth, QObject* receiver) {
        m_directory->findPatients(pacs, auth, text, receiver, callback);
    });
}

void ImagingService::findStudies(const ServerProfile& server, const QString& patientId,
                                 QObject* context, StudiesCallback callback) {
    if (server.isDicomWebOnly())
        return withPacsAuthorization(
            server, context, [=, this](const QByteArray& auth, QObject* receiver) {
                m_directory->findStudies(server, auth, patientId, receiver, callback);
            });
    // Named copies, not a structured binding: lambdas capture them (clang 14 cannot capture
    // bindings).
    const Lookup looked = lookup(server, context, callback);
    const auto client = looked.client;
    const auto guard = looked.guard;
    const auto finish = looked.finish;
    if (!client)
        return;
    client->read(QStringLiteral("Patient"), patientId, this,
                 [this, client, finish, patientId, guard](const Result<FhirReply>& patient) {
                     if (!patient)
                         return finish(patient.error());
                     PatientStudies result;
                     result.patient = patient->resource;
                     result.identity = PatientIdentity::fromPatient(patient->resource);
                     searchStudies(
                         client, {{QStringLiteral("patient"), patientId}}, guard,
                         [finish, result](const Result<QList<ImagingStudyRecord>>& s) mutable {
                             if (!s)
                                 return finish(s.error());
                             result.studies = s.value();
                             finish(result);
                         });
                 });
}

void ImagingService::findStudy(const ServerProfile& server, const QString& studyUid,
                               QObject* context, StudiesCallback callback) {
    if (server.isDicomWebOnly())
        return withPacsAuthorization(
            server, context, [=, this](const QByteArray& auth, QObject* receiver) {
                m_directory->findStudy(server, auth, studyUid, receiver, callback);
            });
    // Named copies, not a structured binding: lambdas capture them (clang 14 cannot capture
    // bindings).
    const Lookup looked = lookup(server, context, callback);
    const auto client = looked.client;
    const auto guard = looked.guard;
    const auto finish = looked.finish;
    if (!client)
        return;
    searchStudies(
        client,
        {{QStringLiteral("identifier"), QStringLiteral("urn:dicom:uid|urn:oid:") + studyUid}},
        guard, [this, client, finish, studyUid](const Result<QList<ImagingStudyRecord>>& found) {
            if (!found)
                return finish(found.error());
            if (found->isEmpty())
                return finish(
                    Error::make(Error::Kind::NotFound,
                                tr("The server has no ImagingStudy with UID %1").arg(studyUid)));
            const ImagingStudyRecord study = found->first();
            const QString patientId = study.patientReference.section(QLatin1Char('/'), 1);
            client->read(QStringLiteral("Patient"), patientId, this,
                         [finish, study](const Result<FhirReply>& patient) {
                             if (!patient)
                                 return finish(patient.error());
                             PatientStudies result;
                             result.patient = patient->resource;
                             result.identity = PatientIdentity::fromPatient(patient->resource);
                             result.studies = {study};
                             finish(result);
                         });
        });
}

Retrieval* ImagingService::retrieve(const ServerProfile& server, const ImagingStudyRecord& study,
                                    const PatientIdentity& patient, const QStringList& series) {
    if (!study.retrievable())
        return nullptr;
    if (m_running.contains(study.studyUid))
        return m_retrievals.value(study.studyUid);
    auto* retrieval = new Retrieval(
        study.studyUid, [this](const QString& uid) { cancel(uid); }, this);
    m_retrievals.insert(study.studyUid, retrieval);
    RetrieveRequest request;
    request.studyUid = study.studyUid;
    request.seriesUids = series;
    request.serviceBase = study.endpoint->serviceBase;
    request.quirks = server.quirks;
    request.sourceServer = server.name;
    request.expectedPatient = patient;
    PatientIdentity audited = patient;
    if (audited.patientReference.isEmpty() && !server.isDicomWebOnly())
        audited.patientReference = study.patientReference;
    m_running.insert(study.studyUid, {server, audited});
    authorizationFor(server, study, this, [this, request](const QByteArray& authorization) mutable {
        request.authorization = authorization;
        startOnWorker(request);
    });
    return retrieval;
}

void ImagingService::authorizationFor(const ServerProfile& server, const ImagingStudyRecord& study,
                                      QObject* context,
                                      std::function<void(const QByteArray&)> callback) {
    if (!study.endpoint)
        return callback({});
    if (server.isDicomWebOnly())
        return pacsAuthorization(server, context, std::move(callback));
    // The FHIR server's credentials (its session token) when the endpoint asks for them; none
    // for a capability URL. The FhirClient carries what its session put there.
    QByteArray authorization;
    if (study.endpoint->authFor(server.fhirBase) == ImagingEndpoint::Auth::FhirToken) {
        if (auto client = m_clients.create(server)) {
            authorization = client.value()->authorization();
            delete client.value();
        }
    }
    if (authorization.isEmpty() && m_credentials) {
        m_credentials->lookup(study.endpoint->serviceBase, context, std::move(callback));
        return;
    }
    callback(authorization);
}

void ImagingService::startOnWorker(const RetrieveRequest& request) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->start(request); }, Qt::QueuedConnection);
}

void ImagingService::cancel(const QString& studyUid) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, studyUid] { worker->cancel(studyUid); },
        Qt::QueuedConnection);
}

void ImagingService::auditRetrieval(const ServerProfile& server, const QString& studyUid,
                                    const PatientIdentity& patient,
                                    const RetrieveOutcome& outcome) {
    if (!m_audit)
        return;
    AuditEventBuilder event = AuditEventBuilder::activity(
        QStringLiteral("dicomweb-retrieve"), QStringLiteral("DICOMweb retrieval into the cache"),
        AuditEventBuilder::Action::Read);
    QString detail = tr("%1 stored, %2 from the cache, %3 missing")
                         .arg(outcome.stored)
                         .arg(outcome.alreadyCached)
                         .arg(outcome.missing);
    if (!outcome.errors.isEmpty())
        detail += QStringLiteral("; ") + outcome.errors.first().message;
    if (!outcome.notDisplayable.isEmpty())
        detail += QStringLiteral("; ") + outcome.notDisplayable.first();
    if (!outcome.notes.isEmpty())
        detail += QStringLiteral("; ") + outcome.notes.first();
    event.application(QSysInfo::machineHostName())
        .server(server.fhirBase)
        .patient(patient.patientReference, patient.identifiers.value(0))
        .study(studyUid)
        .outcome(outcome.complete()  ? AuditEventBuilder::Outcome::Success
                 : outcome.cancelled ? AuditEventBuilder::Outcome::MinorFailure
                                     : AuditEventBuilder::Outcome::SeriousFailure,
                 detail);
    if (outcome.alreadyCached > 0)
        event.detail(QStringLiteral("cache-hit"), QString::number(outcome.alreadyCached));
    m_audit->record(event.build());
}

} // namespace sightline
