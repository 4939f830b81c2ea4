#include "imaging/FhirStudySource.h"

#include "fhir/FhirClient.h"
#include "fhir/FhirSearchPager.h"
#include "imaging/DicomWebCredentials.h"

#include "common/BackgroundWork.h"
#include <QFutureWatcher>
#include <QJsonArray>

#include <memory>

namespace sightline {

FhirStudySource::FhirStudySource(FhirClientFactory clients, QObject* parent)
    : StudySource(parent)
    , m_clients(std::move(clients)) {}

void FhirStudySource::findPatients(const ServerProfile& server, const QString& text,
                                   QObject* context, PatientsCallback callback) {
    auto made = m_clients.create(server, this);
    if (!made)
        return callback(made.error());
    FhirClient* client = made.value();
    QPointer<QObject> guard(context);
    PatientSearch::find(client, text, this,
                        [client, guard, callback](const Result<PatientSearch::Found>& found) {
                            client->deleteLater();
                            if (guard)
                                callback(found);
                        });
}

void FhirStudySource::searchStudies(FhirClient* client, const QueryParams& params,
                                    QPointer<QObject> guard, StudiesDone done) {
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
void FhirStudySource::resolveStudies(FhirClient* client, QJsonObject searchset,
                                     QPointer<QObject> guard, StudiesDone done) {
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

void FhirStudySource::readUnresolvedEndpoints(FhirClient* client, const QJsonObject& searchset,
                                              const ImagingStudyResolver::Resolution& first,
                                              QPointer<QObject> guard, StudiesDone done) {
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

FhirStudySource::Lookup FhirStudySource::lookup(const ServerProfile& server, QObject* context,
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

void FhirStudySource::findStudies(const ServerProfile& server, const QString& patientId,
                                  QObject* context, StudiesCallback callback) {
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

void FhirStudySource::findStudy(const ServerProfile& server, const QString& studyUid,
                                QObject* context, StudiesCallback callback) {
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

void FhirStudySource::authorizationFor(const ServerProfile& server, const ImagingStudyRecord& study,
                                       QObject* context,
                                       std::function<void(const QByteArray&)> callback) {
    if (!study.endpoint)
        return callback({});
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

} // namespace sightline
