#include "context/ContextFollower.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "context/FhircastSubscriber.h"

#include <QSysInfo>

namespace sightline {

namespace {
// "Patient/123" from a reference that may be absolute or relative.
QString relativeReference(const QString& reference) {
    const qsizetype at = reference.lastIndexOf(QLatin1String("Patient/"));
    return at < 0 ? reference : reference.mid(at);
}
} // namespace

ContextFollower::ContextFollower(FhircastSubscriber* subscriber, AuditTrail* audit, QObject* parent)
    : QObject(parent)
    , m_audit(audit) {
    connect(subscriber, &FhircastSubscriber::eventReceived, this, &ContextFollower::onEvent);
}

void ContextFollower::setFollowing(bool on) {
    if (on == m_following)
        return;
    m_following = on;
    emit followingChanged(on);
}

void ContextFollower::onEvent(const FhircastEvent& event) {
    const QString patient = event.patientReference();
    if (event.is(QStringLiteral("Patient-open")) || event.is(QStringLiteral("ImagingStudy-open"))) {
        if (patient.isEmpty()) {
            const QString why = tr("%1 without a patient was ignored").arg(event.name);
            audit(event, QStringLiteral("received"), why);
            emit refused(why);
            return;
        }
    }
    if (event.is(QStringLiteral("ImagingStudy-open"))) {
        const QString uid = event.studyUid();
        const QJsonObject study = event.resource(QStringLiteral("study"));
        const QString studyPatient = relativeReference(
            study[QLatin1String("subject")][QLatin1String("reference")].toString());
        if (uid.isEmpty()) {
            const QString why = tr("ImagingStudy-open without a Study Instance UID was ignored");
            audit(event, QStringLiteral("received"), why);
            emit refused(why);
            return;
        }
        if (!studyPatient.isEmpty() && studyPatient != patient) {
            const QString why = tr("ImagingStudy-open refused: the study belongs to %1, the event "
                                   "names %2")
                                    .arg(studyPatient, patient);
            audit(event, QStringLiteral("received"), why);
            emit refused(why);
            return;
        }
        audit(event, QStringLiteral("received"), QString());
        if (!m_following)
            return;
        if (patient != m_patient) {
            m_patient = patient;
            emit patientRequested(patient, event.resource(QStringLiteral("patient")));
        }
        m_study = uid;
        emit prefetchRequested(patient, uid, study);
        if (m_openStudies)
            emit openRequested(patient, uid);
        return;
    }
    audit(event, QStringLiteral("received"), QString());
    if (!m_following)
        return;
    if (event.is(QStringLiteral("Patient-open"))) {
        m_study.clear();
        m_patient = patient;
        emit patientRequested(patient, event.resource(QStringLiteral("patient")));
    } else if (event.is(QStringLiteral("Patient-close"))) {
        if (patient.isEmpty() || patient == m_patient) {
            emit patientClosed(m_patient);
            m_patient.clear();
            m_study.clear();
        }
    } else if (event.is(QStringLiteral("ImagingStudy-close"))) {
        const QString uid = event.studyUid();
        if (uid.isEmpty() || uid == m_study) {
            emit studyClosed(m_study);
            m_study.clear();
        }
    }
}

void ContextFollower::recordPublished(const FhircastEvent& event, const QString& outcome) {
    audit(event, QStringLiteral("published"), outcome);
}

void ContextFollower::audit(const FhircastEvent& event, const QString& direction,
                            const QString& failure) {
    if (!m_audit)
        return;
    AuditEventBuilder builder = AuditEventBuilder::activity(
        QStringLiteral("fhircast-event"), QStringLiteral("FHIRcast context event"),
        AuditEventBuilder::Action::Execute);
    builder.application(QSysInfo::machineHostName())
        .outcome(failure.isEmpty() ? AuditEventBuilder::Outcome::Success
                                   : AuditEventBuilder::Outcome::MinorFailure,
                 failure)
        .detail(QStringLiteral("event"), event.name)
        .detail(QStringLiteral("direction"), direction)
        .detail(QStringLiteral("topic"), event.topic)
        .detail(QStringLiteral("id"), event.id);
    if (const QString patient = event.patientReference(); !patient.isEmpty())
        builder.patient(patient);
    if (const QString uid = event.studyUid(); !uid.isEmpty())
        builder.study(uid);
    m_audit->record(builder.build());
}

} // namespace sightline
