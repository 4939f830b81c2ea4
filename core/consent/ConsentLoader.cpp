#include "consent/ConsentLoader.h"

#include "consent/ConsentParser.h"
#include "fhir/FhirClient.h"
#include "fhir/FhirSearchPager.h"
#include "network/RestCall.h"

#include <QJsonArray>

namespace sightline {

ConsentLoader::ConsentLoader(FhirClient* client, QString patientId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_patientId(std::move(patientId))
    , m_types(defaultTypes()) {
    m_data.patientReference = QStringLiteral("Patient/") + m_patientId;
}

QStringList ConsentLoader::defaultTypes() {
    return {QStringLiteral("Observation"),       QStringLiteral("Condition"),
            QStringLiteral("MedicationRequest"), QStringLiteral("DiagnosticReport"),
            QStringLiteral("DocumentReference"), QStringLiteral("ImagingStudy"),
            QStringLiteral("Procedure"),         QStringLiteral("AllergyIntolerance"),
            QStringLiteral("Encounter"),         QStringLiteral("Immunization")};
}

void ConsentLoader::start() {
    if (!m_client)
        return fail(Error::make(Error::Kind::InvalidInput, tr("No FHIR server to ask.")));
    emit progress(0, int(m_types.size()) + 2, tr("Reading the patient"));
    m_client->read(QStringLiteral("Patient"), m_patientId, this,
                   [this](const Result<FhirReply>& reply) {
                       if (m_done)
                           return;
                       if (!reply)
                           return fail(reply.error());
                       m_data.patient = reply->resource;
                       m_data.resources << reply->resource;
                       searchNext();
                   });
}

void ConsentLoader::cancel() {
    if (m_pager)
        m_pager->cancel();
    fail(Error::make(Error::Kind::Cancelled, tr("Loading the patient's consents was cancelled.")));
}

void ConsentLoader::fail(const Error& error) {
    if (m_done)
        return;
    m_done = true;
    emit finished(error);
}

void ConsentLoader::searchNext() {
    if (m_done)
        return;
    if (m_next >= int(m_types.size())) {
        m_done = true;
        emit finished(m_data);
        return;
    }
    const bool consents = m_next < 0;
    const QString type = consents ? QStringLiteral("Consent") : m_types.at(m_next);
    emit progress(m_next + 2, int(m_types.size()) + 2,
                  consents ? tr("Searching consents") : tr("Searching %1").arg(type));
    auto* pager = new FhirSearchPager(m_client, type,
                                      {{QStringLiteral("patient"), m_patientId},
                                       {QStringLiteral("_count"), QStringLiteral("200")}},
                                      50, this);
    m_pager = pager;
    connect(pager, &FhirSearchPager::pageReady, this, [this, consents](const QJsonObject& bundle) {
        for (const QJsonValue& value : bundle.value(QLatin1String("entry")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("search")).toObject().value(QLatin1String("mode")) ==
                QLatin1String("outcome"))
                continue;
            const QJsonObject resource = entry.value(QLatin1String("resource")).toObject();
            if (!consents) {
                m_data.resources << resource;
                continue;
            }
            Result<Consent> consent = ConsentParser::parse(resource);
            if (consent)
                m_data.consents.push_back(std::move(consent.value()));
            else
                m_data.unreadable << UnreadableConsent{
                    QStringLiteral("Consent/") + resource.value(QLatin1String("id")).toString(),
                    consent.error().message};
        }
    });
    connect(pager, &FhirSearchPager::finished, this,
            [this, pager, consents, type](const Result<int>& result) {
                pager->deleteLater();
                if (m_done)
                    return;
                if (!result) {
                    if (consents || result.error().kind == Error::Kind::Cancelled)
                        return fail(result.error());
                    m_data.problems << tr("%1: %2").arg(type, result.error().message);
                }
                ++m_next;
                searchNext();
            });
    pager->start();
}

} // namespace sightline
