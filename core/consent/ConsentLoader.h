#pragma once
// Fetches a patient's consents and clinical data from a FHIR server: Patient/<id>, then
// Consent?patient=<id> (all pages), then each clinical type searched by patient. A failing
// Consent search fails the load (decisions without consents would mislead); a failing clinical
// search is reported and the rest is kept. One load per object; cancel() stops it. Runs on the
// thread that owns the FhirClient; network work is asynchronous.

#include "common/Result.h"
#include "consent/PatientConsentData.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace sightline {

class FhirClient;
class FhirSearchPager;

class ConsentLoader : public QObject {
    Q_OBJECT
public:
    ConsentLoader(FhirClient* client, QString patientId, QObject* parent = nullptr);

    // The clinical resource types searched by default.
    static QStringList defaultTypes();
    void setTypes(const QStringList& types) { m_types = types; }

    void start();
    void cancel();

signals:
    void progress(int step, int steps, const QString& what);
    void finished(const sightline::Result<sightline::PatientConsentData>& data);

private:
    void searchNext();
    void fail(const Error& error);

    QPointer<FhirClient> m_client;
    QString m_patientId;
    QStringList m_types;
    int m_next = -1; // -1: consents; 0…: m_types index
    QPointer<FhirSearchPager> m_pager;
    PatientConsentData m_data;
    bool m_done = false;
};

} // namespace sightline
