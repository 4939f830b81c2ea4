#include "imaging/ImagingService.h"

#include "dimse/ReceivingNode.h"

#include "imaging/DicomWebStudySource.h"
#include "imaging/DimseStudySource.h"
#include "imaging/FhirStudySource.h"
#include "imaging/RetrievalQueue.h"
#include <QHostAddress>

namespace sightline {

ImagingService::ImagingService(FhirClientFactory clients, CacheConnections cache, AuditTrail* audit,
                               QObject* parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_fhir(new FhirStudySource(clients, this))
    , m_dicomWeb(new DicomWebStudySource(clients.network(), clients.recorder(), this))
    , m_dimse(new DimseStudySource(this))
    , m_queue(new RetrievalQueue(m_cache, clients.recorder(), audit, this)) {
    connect(m_queue, &RetrievalQueue::progress, this, &ImagingService::progress);
    connect(m_queue, &RetrievalQueue::seriesThumbnail, this, &ImagingService::seriesThumbnail);
    connect(m_queue, &RetrievalQueue::mismatchFound, this, &ImagingService::mismatchFound);
    connect(m_queue, &RetrievalQueue::seriesComplete, this, &ImagingService::seriesComplete);
    connect(m_queue, &RetrievalQueue::finished, this, &ImagingService::finished);
    connect(m_queue, &RetrievalQueue::cacheChanged, this, &ImagingService::cacheChanged);
}

ImagingService::~ImagingService() {
    delete m_queue; // its running retrievals are cancelled while the sources still exist
}

StudySource* ImagingService::sourceFor(const ServerProfile& server) const {
    for (StudySource* source :
         {static_cast<StudySource*>(m_dicomWeb), static_cast<StudySource*>(m_dimse),
          static_cast<StudySource*>(m_fhir)})
        if (source->serves(server))
            return source;
    return nullptr;
}

Error ImagingService::noSourceFor(const ServerProfile& server) {
    return Error::make(Error::Kind::Unsupported,
                       tr("Sightline cannot list the studies of %1").arg(server.name));
}

void ImagingService::setCredentials(DicomWebCredentials* credentials) {
    m_fhir->setCredentials(credentials);
    m_dicomWeb->setCredentials(credentials);
}

void ImagingService::setDimse(DimseService* dimse) {
    m_dimse->setService(dimse);
}

void ImagingService::setReceivingNode(ReceivingNode* node) {
    if (m_receivingNode)
        disconnect(m_receivingNode, nullptr, this, nullptr);
    m_receivingNode = node;
    // Images pushed to the node are in the cache too: what shows the cache follows them.
    if (node)
        connect(node, &ReceivingNode::received, this, [this](const ReceivedStudies& studies) {
            if (studies.stored > 0)
                emit cacheChanged(0);
        });
}

void ImagingService::setCacheSettings(const CacheSettings& settings) {
    m_cache.setSettings(settings);
    m_queue->enforceCacheLimits();
}

bool ImagingService::isRetrieving(const QString& studyUid) const {
    return m_queue->isRetrieving(studyUid);
}

bool ImagingService::hasRetrievals() const {
    return m_queue->hasRetrievals();
}

void ImagingService::findPatients(const ServerProfile& server, const QString& text,
                                  QObject* context, PatientsCallback callback) {
    if (StudySource* source = sourceFor(server))
        return source->findPatients(server, text, context, std::move(callback));
    callback(noSourceFor(server));
}

void ImagingService::findStudies(const ServerProfile& server, const QString& patientId,
                                 QObject* context, StudiesCallback callback) {
    if (StudySource* source = sourceFor(server))
        return source->findStudies(server, patientId, context, std::move(callback));
    callback(noSourceFor(server));
}

void ImagingService::findStudy(const ServerProfile& server, const QString& studyUid,
                               QObject* context, StudiesCallback callback) {
    if (StudySource* source = sourceFor(server))
        return source->findStudy(server, studyUid, context, std::move(callback));
    callback(noSourceFor(server));
}

void ImagingService::authorizationFor(const ServerProfile& server, const ImagingStudyRecord& study,
                                      QObject* context,
                                      StudySource::AuthorizationCallback callback) {
    StudySource* source = sourceFor(server);
    if (!study.endpoint || !source)
        return callback({});
    source->authorizationFor(server, study, context, std::move(callback));
}

Retrieval* ImagingService::retrieve(const ServerProfile& server, const ImagingStudyRecord& study,
                                    const PatientIdentity& patient, const QStringList& series) {
    if (!study.retrievable() || !sourceFor(server))
        return nullptr;
    // Joining what is on its way when it brings what is asked for; else following it (a
    // viewer brought one series, the user asks for the study).
    const bool follows = m_queue->isRetrieving(study.studyUid);
    if (follows && m_queue->brings(study.studyUid, series))
        return m_queue->reserve(study.studyUid, {});
    RetrievalQueue::Origin origin{server, patient};
    if (origin.patient.patientReference.isEmpty() && !server.isDicomWebOnly())
        origin.patient.patientReference = study.patientReference;
    Retrieval* retrieval = follows ? m_queue->reserveFollowUp(study.studyUid)
                                   : m_queue->reserve(study.studyUid, origin);
    const auto begin = [queue = m_queue, follows](const RetrieveRequest& request) {
        if (follows)
            queue->startAfter(request);
        else
            queue->start(request);
    };
    RetrieveRequest request;
    request.studyUid = study.studyUid;
    request.seriesUids = series;
    request.sourceServer = server.name;
    request.expectedPatient = patient;
    if (server.isDicomNode()) { // by C-GET or C-MOVE, with no credentials to look up
        request.node = server.dicomNode;
        if (server.dicomNode.retrieve == DicomNodeAddress::Retrieve::Move)
            prepareMove(request);
        begin(request);
        return retrieval;
    }
    request.serviceBase = study.endpoint->serviceBase;
    request.quirks = server.quirks;
    authorizationFor(server, study, this,
                     [begin, request](const QByteArray& authorization) mutable {
                         request.authorization = authorization;
                         begin(request);
                     });
    return retrieval;
}

void ImagingService::prepareMove(RetrieveRequest& request) {
    // The node sends to Sightline's receiving node: started now if it is not running.
    if (!m_receivingNode) {
        request.moveUnavailable = tr("C-MOVE needs Sightline's receiving node, which is not "
                                     "available here: retrieve by C-GET");
        return;
    }
    // Listening on this computer only (the default), it cannot be reached by a node elsewhere.
    const QString host = request.node->host;
    const bool nodeHere = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (!nodeHere && !m_receivingNode->settings().acceptRemote) {
        request.moveUnavailable =
            tr("C-MOVE from %1 needs Sightline's receiving node to accept connections from other "
               "computers, and it listens on this computer only: allow that (sightline retrieve "
               "--move --accept-remote), or retrieve by C-GET")
                .arg(request.node->display());
        return;
    }
    if (!m_receivingNode->isRunning()) {
        if (const Status started = m_receivingNode->start(); !started) {
            request.moveUnavailable =
                tr("C-MOVE needs Sightline's receiving node, which cannot start: %1")
                    .arg(started.error().message);
            return;
        }
    }
    request.moveDestination = m_receivingNode->settings().aeTitle;
    request.movePort = m_receivingNode->port();
}

void ImagingService::cancel(const QString& studyUid) {
    m_queue->cancel(studyUid);
}

} // namespace sightline
