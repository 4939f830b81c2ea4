#include "imaging/DicomWebDirectory.h"

#include "common/LogCategories.h"
#include "imaging/DicomWebClient.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace sightline {

namespace {

// What the studies table, the banner and the patient check need from a study-level answer.
const QStringList kStudyFields = {
    QStringLiteral("00100010"), // PatientName
    QStringLiteral("00100020"), // PatientID
    QStringLiteral("00100021"), // IssuerOfPatientID
    QStringLiteral("00100030"), // PatientBirthDate
    QStringLiteral("00100040"), // PatientSex
    QStringLiteral("00080020"), // StudyDate
    QStringLiteral("00080030"), // StudyTime
    QStringLiteral("00080050"), // AccessionNumber
    QStringLiteral("00080061"), // ModalitiesInStudy
    QStringLiteral("00081030"), // StudyDescription
    QStringLiteral("00201206"), // NumberOfStudyRelatedSeries
    QStringLiteral("00201208"), // NumberOfStudyRelatedInstances
};
const QStringList kSeriesFields = {
    QStringLiteral("00080060"), // Modality
    QStringLiteral("00200011"), // SeriesNumber
    QStringLiteral("0008103E"), // SeriesDescription
    QStringLiteral("00201209"), // NumberOfSeriesRelatedInstances
};
constexpr int kStudyLimit = 500;

QString text(const QJsonObject& dataset, const char* tag) {
    return DicomWebClient::value(dataset, tag).trimmed();
}

QStringList values(const QJsonObject& dataset, const char* tag) {
    QStringList out;
    for (const QJsonValue v :
         dataset.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            out << v.toString().trimmed();
    }
    return out;
}

QDate dicomDate(const QString& da) {
    return QDate::fromString(da.left(8), QStringLiteral("yyyyMMdd"));
}

// "Family^Given Middle^…" → family and given names.
QPair<QString, QStringList> splitName(const QString& pn) {
    const QStringList parts = pn.split(QLatin1Char('^'));
    return {parts.value(0).trimmed(), parts.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)};
}

QString patientKey(const QJsonObject& study) {
    return text(study, "00100021") + QLatin1Char('|') + text(study, "00100020");
}

} // namespace

DicomWebDirectory::DicomWebDirectory(QNetworkAccessManager* network, NetworkRecorder* recorder,
                                     QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_recorder(recorder) {}

QidoQuery DicomWebDirectory::patientQuery(const QString& typed) {
    static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    QidoQuery query;
    query.includeFields = kStudyFields;
    query.limit = kStudyLimit;
    const QString t = typed.trimmed();
    if (const auto date = isoDate.match(t); date.hasMatch()) {
        query.match.append({QStringLiteral("PatientBirthDate"),
                            date.captured(1) + date.captured(2) + date.captured(3)});
    } else if (t.contains(QRegularExpression(QStringLiteral("\\d")))) {
        query.match.append({QStringLiteral("PatientID"), t});
    } else {
        // The PACS matches one word (case-insensitively, as Orthanc and most PACS do for PN);
        // nameMatches() then keeps the patients whose name has every word typed. Characters
        // outside ASCII become a wildcard: PACS differ in how they read and fold them in a
        // query (Orthanc 1.10 folds its stored names to ASCII but not the query), and `?` is
        // not matched by all of them; `*` is.
        QString pattern = QStringLiteral("*");
        for (const QChar c : t.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0)) {
            const QChar add = c.unicode() > 0x7f ? QLatin1Char('*') : c;
            if (add != QLatin1Char('*') || !pattern.endsWith(QLatin1Char('*')))
                pattern += add;
        }
        if (!pattern.endsWith(QLatin1Char('*')))
            pattern += QLatin1Char('*');
        query.match.append({QStringLiteral("PatientName"), pattern});
    }
    return query;
}

namespace {
// "García" → "Garcia": names match whether or not the user typed the accents.
QString withoutAccents(const QString& text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out;
}
} // namespace

bool DicomWebDirectory::nameMatches(const QString& dicomName, const QString& typed) {
    const QString name =
        withoutAccents(QString(dicomName).replace(QLatin1Char('^'), QLatin1Char(' ')));
    for (const QString& word : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!name.contains(withoutAccents(word), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QJsonObject DicomWebDirectory::patientFromQido(const QJsonObject& study) {
    const auto [family, given] = splitName(text(study, "00100010"));
    QJsonObject identifier{{QStringLiteral("value"), text(study, "00100020")}};
    if (const QString issuer = text(study, "00100021"); !issuer.isEmpty())
        identifier.insert(QStringLiteral("system"), issuer);
    QJsonObject name{{QStringLiteral("use"), QStringLiteral("official")},
                     {QStringLiteral("family"), family}};
    if (!given.isEmpty())
        name.insert(QStringLiteral("given"), QJsonArray::fromStringList(given));
    QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                        {QStringLiteral("id"), text(study, "00100020")},
                        {QStringLiteral("identifier"), QJsonArray{identifier}},
                        {QStringLiteral("name"), QJsonArray{name}}};
    if (const QDate birth = dicomDate(text(study, "00100030")); birth.isValid())
        patient.insert(QStringLiteral("birthDate"), birth.toString(Qt::ISODate));
    const QString sex = text(study, "00100040");
    const QString gender = sex == QLatin1String("M")   ? QStringLiteral("male")
                           : sex == QLatin1String("F") ? QStringLiteral("female")
                           : sex == QLatin1String("O") ? QStringLiteral("other")
                                                       : QString();
    if (!gender.isEmpty())
        patient.insert(QStringLiteral("gender"), gender);
    return patient;
}

PatientIdentity DicomWebDirectory::identityFromQido(const QJsonObject& study) {
    PatientIdentity identity = PatientIdentity::fromPatient(patientFromQido(study));
    identity.patientReference.clear(); // no FHIR Patient: audit records name the identifier
    return identity;
}

ImagingStudyRecord DicomWebDirectory::studyFromQido(const QJsonObject& study,
                                                    const QUrl& serviceBase) {
    ImagingStudyRecord s;
    s.studyUid = text(study, "0020000D");
    s.accession = text(study, "00080050");
    const QDate date = dicomDate(text(study, "00080020"));
    const QString tm = text(study, "00080030");
    QTime time = QTime::fromString(tm.left(6), QStringLiteral("HHmmss"));
    if (!time.isValid())
        time = QTime::fromString(tm.left(4), QStringLiteral("HHmm"));
    if (date.isValid())
        s.started = QDateTime(date, time.isValid() ? time : QTime(0, 0));
    s.modalities = values(study, "00080061");
    s.description = text(study, "00081030");
    s.numberOfSeries = text(study, "00201206").toInt();
    s.numberOfInstances = text(study, "00201208").toInt();
    ImagingEndpoint endpoint;
    endpoint.name = serviceBase.host();
    endpoint.connectionType = QStringLiteral("dicom-wado-rs");
    endpoint.serviceBase = ImagingEndpoint::normaliseAddress(serviceBase).first;
    s.endpoint = endpoint;
    if (s.studyUid.isEmpty())
        s.problem = QObject::tr("The PACS gave no Study Instance UID for this study");
    return s;
}

ImagingSeriesRecord DicomWebDirectory::seriesFromQido(const QJsonObject& series) {
    ImagingSeriesRecord s;
    s.uid = text(series, "0020000E");
    s.number = text(series, "00200011").toInt();
    s.modality = text(series, "00080060");
    s.description = text(series, "0008103E");
    s.numberOfInstances = text(series, "00201209").toInt();
    return s;
}

QList<QJsonObject> DicomWebDirectory::patientsFrom(const QList<QJsonObject>& studies,
                                                   const QString& typed) {
    const bool byName = patientQuery(typed).match.first().first == QLatin1String("PatientName");
    QList<QJsonObject> patients;
    QSet<QString> seen;
    for (const QJsonObject& study : studies) {
        if (text(study, "00100020").isEmpty() ||
            (byName && !nameMatches(text(study, "00100010"), typed)))
            continue;
        if (!seen.contains(patientKey(study))) {
            seen.insert(patientKey(study));
            patients << patientFromQido(study);
        }
    }
    return patients;
}

PatientStudies DicomWebDirectory::patientStudies(const QList<QJsonObject>& studies,
                                                 const QUrl& serviceBase) {
    // The patient as the first study names them; each retrieved instance is checked against it.
    PatientStudies result;
    if (studies.isEmpty())
        return result;
    result.patient = patientFromQido(studies.first());
    result.identity = identityFromQido(studies.first());
    for (const QJsonObject& study : studies)
        result.studies << studyFromQido(study, serviceBase);
    std::sort(result.studies.begin(), result.studies.end(),
              [](const ImagingStudyRecord& a, const ImagingStudyRecord& b) {
                  return a.started > b.started;
              });
    return result;
}

void DicomWebDirectory::addSeries(ImagingStudyRecord& study, const QList<QJsonObject>& series) {
    for (const QJsonObject& s : series)
        study.series << seriesFromQido(s);
    std::sort(study.series.begin(), study.series.end(),
              [](const ImagingSeriesRecord& a, const ImagingSeriesRecord& b) {
                  return a.number < b.number;
              });
    if (study.numberOfSeries == 0)
        study.numberOfSeries = int(study.series.size());
    // Modalities in Study and the instance count are optional in a study-level answer (DCMTK's
    // dcmqrscp gives neither): what the series say stands in for them.
    const bool modalitiesGiven = !study.modalities.isEmpty();
    int instances = 0;
    for (const ImagingSeriesRecord& s : std::as_const(study.series)) {
        if (!modalitiesGiven && !s.modality.isEmpty() && !study.modalities.contains(s.modality))
            study.modalities << s.modality;
        instances += s.numberOfInstances;
    }
    if (study.numberOfInstances == 0)
        study.numberOfInstances = instances;
}

DicomWebClient* DicomWebDirectory::clientFor(const ServerProfile& pacs,
                                             const QByteArray& authorization) {
    auto* client = new DicomWebClient(m_network, m_recorder, pacs.fhirBase, this);
    client->setAuthorization(authorization);
    client->setQuirks(pacs.quirks);
    return client;
}

void DicomWebDirectory::findPatients(const ServerProfile& pacs, const QByteArray& authorization,
                                     const QString& typed, QObject* context,
                                     PatientsCallback callback) {
    auto* client = clientFor(pacs, authorization);
    client->searchStudies(patientQuery(typed), context,
                          [client, callback, typed](const Result<QList<QJsonObject>>& studies) {
                              client->deleteLater();
                              if (!studies)
                                  return callback(studies.error());
                              const QList<QJsonObject> patients =
                                  patientsFrom(studies.value(), typed);
                              callback(patients);
                          });
}

void DicomWebDirectory::findStudies(const ServerProfile& pacs, const QByteArray& authorization,
                                    const QString& patientId, QObject* context,
                                    StudiesCallback callback) {
    QidoQuery query;
    query.match = {{QStringLiteral("PatientID"), patientId}};
    query.includeFields = kStudyFields;
    query.limit = kStudyLimit;
    studiesWithSeries(pacs, authorization, query, context,
                      tr("The PACS has no study of patient %1").arg(patientId),
                      std::move(callback));
}

void DicomWebDirectory::findStudy(const ServerProfile& pacs, const QByteArray& authorization,
                                  const QString& studyUid, QObject* context,
                                  StudiesCallback callback) {
    QidoQuery query;
    query.match = {{QStringLiteral("StudyInstanceUID"), studyUid}};
    query.includeFields = kStudyFields;
    studiesWithSeries(pacs, authorization, query, context,
                      tr("The PACS has no study with UID %1").arg(studyUid), std::move(callback));
}

void DicomWebDirectory::studiesWithSeries(const ServerProfile& pacs,
                                          const QByteArray& authorization, const QidoQuery& query,
                                          QObject* context, const QString& noneFound,
                                          StudiesCallback callback) {
    auto* client = clientFor(pacs, authorization);
    const QUrl base = pacs.fhirBase;
    QPointer<QObject> guard(context);
    client->searchStudies(
        query, this,
        [client, base, guard, noneFound, callback](const Result<QList<QJsonObject>>& studies) {
            if (!studies || studies->isEmpty()) {
                client->deleteLater();
                if (guard)
                    callback(studies ? Error::make(Error::Kind::NotFound, noneFound)
                                     : studies.error());
                return;
            }
            auto result = std::make_shared<PatientStudies>(patientStudies(studies.value(), base));
            // Series of every study at once: the thumbnails grid and series counts need them.
            auto pending = std::make_shared<int>(int(result->studies.size()));
            QidoQuery seriesQuery;
            seriesQuery.includeFields = kSeriesFields;
            for (int i = 0; i < result->studies.size(); ++i) {
                const QString uid = result->studies.at(i).studyUid;
                client->searchSeries(uid, seriesQuery, client,
                                     [client, guard, callback, result, pending,
                                      i](const Result<QList<QJsonObject>>& series) {
                                         ImagingStudyRecord& study = result->studies[i];
                                         if (series) {
                                             addSeries(study, series.value());
                                         } else {
                                             // Still retrievable: the retriever lists the series
                                             // itself.
                                             qCInfo(lcImaging)
                                                 << "No series listing for study" << study.studyUid
                                                 << ":" << series.error().toString();
                                         }
                                         if (--*pending > 0)
                                             return;
                                         client->deleteLater();
                                         if (guard)
                                             callback(*result);
                                     });
            }
        });
}

} // namespace sightline
