#include "viewers/StudyOpener.h"

#include "audit/AuditTrail.h"
#include "cache/ImageCache.h"
#include "gateway/DicomWebGateway.h"
#include "imaging/ImagingService.h"
#include "imaging/Retrieval.h"
#include "viewers/OnDemandRetrieval.h"
#include "viewers/ViewerRegistry.h"
#include "viewers/ViewerTemplate.h"

namespace sightline {

StudyOpener::~StudyOpener() = default;

StudyOpener::StudyOpener(ImagingService* imaging, DicomWebGateway* gateway, ViewerRegistry* viewers,
                         AuditTrail* audit, QObject* parent)
    : QObject(parent)
    , m_imaging(imaging)
    , m_gateway(gateway)
    , m_viewers(viewers)
    , m_audit(audit)
    , m_onDemand(new OnDemandRetrieval(imaging, this)) {
    gateway->setSeriesFetcher(m_onDemand->fetcher());
    connect(gateway, &DicomWebGateway::credentialsRejected, this, &StudyOpener::refreshCredentials);
}

void StudyOpener::open(const OpenStudyRequest& request) {
    const QString viewerId =
        request.viewerId.isEmpty() ? m_viewers->defaultViewer() : request.viewerId;
    const std::optional<ViewerProfile> profile = m_viewers->find(viewerId);
    if (!profile) {
        emit failed(request.study.studyUid, tr("No viewer profile %1").arg(viewerId));
        return;
    }
    if (!request.study.endpoint) {
        emit failed(request.study.studyUid, request.study.problem.isEmpty()
                                                ? tr("The study names no DICOMweb endpoint")
                                                : request.study.problem);
        return;
    }
    if (!m_gateway || !m_gateway->isRunning()) {
        emit failed(request.study.studyUid, tr("Sightline's local gateway is not running"));
        return;
    }
    // A viewer that reads DICOMweb opens at once on a DICOM node's study: the gateway brings
    // each series in as the viewer asks for it (OnDemandRetrieval). One that reads files waits.
    if (request.server.isDicomNode() && !request.dryRun && readsFiles(*profile) &&
        !m_imaging->cache().forThisThread().isStudyComplete(request.study.studyUid))
        return retrieveThenOpen(request, *profile);
    openThroughGateway(request, *profile);
}

void StudyOpener::retrieveThenOpen(OpenStudyRequest request, const ViewerProfile& profile) {
    // A DICOM node has no DICOMweb for a viewer to read: the study comes into the cache by
    // C-GET first (or joins the retrieval already on its way), and the viewer reads it there.
    // Asked again meanwhile, the one viewer still opens once.
    if (m_retrievingToOpen.contains(request.study.studyUid))
        return;
    Retrieval* retrieval = m_imaging->retrieve(request.server, request.study, request.patient);
    if (!retrieval) {
        emit failed(request.study.studyUid, request.study.problem.isEmpty()
                                                ? tr("The study cannot be retrieved")
                                                : request.study.problem);
        return;
    }
    m_retrievingToOpen.insert(request.study.studyUid);
    emit notice(request.study.studyUid,
                tr("Retrieving the study from %1 for the viewer…").arg(request.server.name));
    connect(retrieval, &Retrieval::finished, this,
            [this, request, profile](const RetrieveOutcome& outcome) mutable {
                // A retrieval of some series only already on its way is followed by the rest
                // (RetrievalQueue): the outcome is the whole study's.
                m_retrievingToOpen.remove(request.study.studyUid);
                if (outcome.cancelled || outcome.stored + outcome.alreadyCached == 0) {
                    emit failed(
                        request.study.studyUid,
                        outcome.errors.isEmpty()
                            ? tr("The study was not retrieved from %1").arg(request.server.name)
                            : outcome.errors.first().message);
                    return;
                }
                if (!outcome.complete())
                    emit notice(request.study.studyUid,
                                tr("Not all of the study came from %1; the viewer shows what "
                                   "did: %2")
                                    .arg(request.server.name,
                                         outcome.errors.isEmpty()
                                             ? tr("%n image(s) missing", nullptr, outcome.missing)
                                             : outcome.errors.first().message));
                // A mismatch found now must be confirmed like one known before.
                request.patientMismatch = request.patientMismatch || outcome.mismatch.isMismatch();
                openThroughGateway(request, profile);
            });
}

void StudyOpener::openThroughGateway(const OpenStudyRequest& request, const ViewerProfile& viewer) {
    const QPointer<StudyOpener> guard(this);
    m_imaging->authorizationFor(
        request.server, request.study, this,
        [this, guard, request, profile = viewer](const QByteArray& authorization) {
            if (!guard)
                return;
            // The viewer sees this patient only: their studies, under a source of their own.
            QSet<QString> studies(request.patientStudyUids.cbegin(),
                                  request.patientStudyUids.cend());
            studies.insert(request.study.studyUid);
            const QString patient = request.study.patientReference.isEmpty()
                                        ? request.patientId
                                        : request.study.patientReference;
            std::optional<DicomNodeAddress> node;
            if (request.server.isDicomNode())
                node = request.server.dicomNode;
            const QString sourceId = m_gateway->sources().addForPatient(
                request.study.endpoint->serviceBase, request.server.name, authorization,
                patient.isEmpty() ? tr("the patient in context") : patient, studies, node);
            if (node)
                m_onDemand->serve(sourceId, {request.server, request.study, request.patient,
                                             request.mismatchConfirmed});
            m_sources.insert(sourceId, request);
            launch(request, profile, sourceId, authorization);
        });
}

bool StudyOpener::readsFiles(const ViewerProfile& profile) {
    const QStringList used = ViewerTemplate::usedPlaceholders(
        profile.urlTemplate + profile.program + profile.arguments.join(QLatin1Char(' ')));
    return used.contains(QLatin1String("studyFolder")) ||
           used.contains(QLatin1String("studyArchiveUrl"));
}

void StudyOpener::launch(const OpenStudyRequest& request, const ViewerProfile& profile,
                         const QString& sourceId, const QByteArray& authorization) {
    LaunchValues values;
    values.studyUid = request.study.studyUid;
    values.seriesUid = request.seriesUid;
    values.patientId = request.patientId;
    values.patientName = request.patientName;
    values.accessionNumber = request.study.accession;
    values.dicomwebRoot = m_gateway->dicomWebRoot(sourceId).toString();
    values.studyFolder = ImageCache::studyFolder(m_imaging->cacheRoot(), request.study.studyUid);
    values.ohifViewerUrl = m_gateway->ohifViewerUrl(sourceId, {request.study.studyUid}).toString();
    if (m_imaging->cache().forThisThread().isStudyComplete(request.study.studyUid))
        values.studyArchiveUrl = m_gateway->studyArchiveUrl(request.study.studyUid).toString();
    if (profile.allowToken && authorization.startsWith("Bearer "))
        values.accessToken = QString::fromLatin1(authorization.mid(7));
    // A viewer started outside Sightline has its addresses on a command line that every user of
    // the computer can read: it gets one-time tickets for them instead (an embedded viewer
    // reads the addresses themselves). A DICOMweb root is used for many requests, so it stays
    // as it is, guarded by the gateway's check of each connection's owner.
    if (!profile.embedded) {
        const QStringList used = ViewerTemplate::usedPlaceholders(
            profile.urlTemplate + profile.program + profile.arguments.join(QLatin1Char(' ')));
        if (profile.kind == ViewerProfile::Kind::Ohif ||
            used.contains(QLatin1String("ohifViewerUrl")))
            values.ohifViewerUrl = m_gateway->launchTicket(QUrl(values.ohifViewerUrl)).toString();
        if (!values.studyArchiveUrl.isEmpty() && used.contains(QLatin1String("studyArchiveUrl")))
            values.studyArchiveUrl =
                m_gateway->launchTicket(QUrl(values.studyArchiveUrl)).toString();
    }
    LaunchRequestOptions options;
    options.patientMismatch = request.patientMismatch;
    options.mismatchConfirmed = request.mismatchConfirmed;
    options.patientReference = request.study.patientReference;
    if (request.dryRun) {
        const Result<LaunchPlan> plan = ViewerLauncher::plan(profile, values, options);
        if (plan)
            emit planned(plan.value());
        else
            emit failed(request.study.studyUid, plan.error().message);
        return;
    }
    const Result<LaunchPlan> plan = ViewerLauncher::launch(profile, values, options, m_audit);
    if (!plan) {
        emit failed(request.study.studyUid, plan.error().message);
        return;
    }
    if (plan.value().how == LaunchPlan::How::Embedded) {
        const QString study = request.study.description.isEmpty() ? request.study.studyUid
                                                                  : request.study.description;
        emit embeddedRequested(
            plan.value().url,
            request.patientLabel.isEmpty()
                ? tr("%1 — %2").arg(profile.name, study)
                : tr("%1 — %2 — %3").arg(request.patientLabel, profile.name, study),
            request.patientKey);
    }
    emit opened(request.study.studyUid, profile.name);
    emit studyOpened(request.study);
}

void StudyOpener::refreshCredentials(const QString& sourceId) {
    const auto it = m_sources.constFind(sourceId);
    if (it == m_sources.cend() || !m_imaging)
        return;
    const QPointer<DicomWebGateway> gateway = m_gateway;
    m_imaging->authorizationFor(
        it->server, it->study, this, [gateway, sourceId](const QByteArray& authorization) {
            if (gateway)
                gateway->sources().setAuthorization(sourceId, authorization);
        });
}

} // namespace sightline
