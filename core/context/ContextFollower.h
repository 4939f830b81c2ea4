#pragma once
// Follows the EHR's context (the Event Observer of FHIRcast events): turns Patient-open,
// Patient-close, ImagingStudy-open and ImagingStudy-close into what Sightline should do — show
// that patient, prefetch that study, open it in the viewer when the user asked for that — and
// audits every event. Safety: an ImagingStudy-open whose study names another patient than the
// event's patient is refused (nothing switches, nothing opens) and said so. GUI-thread object.

#include "context/FhircastEvent.h"

#include <QObject>
#include <QPointer>

namespace sightline {

class AuditTrail;
class FhircastSubscriber;

class ContextFollower : public QObject {
    Q_OBJECT
public:
    ContextFollower(FhircastSubscriber* subscriber, AuditTrail* audit, QObject* parent = nullptr);

    // Off: events are still audited and shown, but Sightline does not switch.
    void setFollowing(bool on);
    bool isFollowing() const { return m_following; }
    void setOpenStudies(bool on) { m_openStudies = on; }
    bool opensStudies() const { return m_openStudies; }
    QString currentPatient() const { return m_patient; }
    QString currentStudy() const { return m_study; }

    // What Sightline published itself (ImagingStudy-open/-close), for the audit trail.
    void recordPublished(const FhircastEvent& event, const QString& outcome);

signals:
    void followingChanged(bool on);
    // Show this patient (the banner changes visibly); `patient` is the event's Patient resource.
    void patientRequested(const QString& reference, const QJsonObject& patient);
    void patientClosed(const QString& reference);
    // Put the study into the cache; then, when opensStudies(), open it.
    void prefetchRequested(const QString& patientReference, const QString& studyUid,
                           const QJsonObject& study);
    void openRequested(const QString& patientReference, const QString& studyUid);
    void studyClosed(const QString& studyUid);
    void refused(const QString& message);

private:
    void onEvent(const FhircastEvent& event);
    void audit(const FhircastEvent& event, const QString& direction, const QString& failure);

    QPointer<AuditTrail> m_audit;
    bool m_following = true;
    bool m_openStudies = false;
    QString m_patient;
    QString m_study;
};

} // namespace sightline
