#include "imaging/DimseStudySource.h"

#include "common/LogCategories.h"
#include "dimse/DimseService.h"
#include "imaging/DicomWebClient.h"
#include "imaging/DicomWebDirectory.h"

#include <memory>

namespace sightline {

namespace {
// As many studies as a DICOMweb PACS is asked for at once.
constexpr int kStudyLimit = 500;

Error noService() {
    return Error::make(Error::Kind::Unsupported,
                       DimseStudySource::tr("DICOM nodes cannot be queried here"));
}

// The node itself as the studies' endpoint: where they are retrieved from (by C-GET).
void pointAtNode(PatientStudies& found, const ServerProfile& node) {
    for (ImagingStudyRecord& study : found.studies) {
        if (!study.endpoint)
            continue;
        study.endpoint->name = node.name;
        study.endpoint->connectionType = QStringLiteral("dicom-dimse");
        study.endpoint->serviceBase = node.fhirBase; // dicom://CALLED@host:port
    }
}
} // namespace

DimseStudySource::DimseStudySource(QObject* parent)
    : StudySource(parent) {}

void DimseStudySource::setService(DimseService* service) {
    m_service = service;
}

QList<DimseQuery> DimseStudySource::patientQueries(const QString& text) {
    DimseQuery query;
    query.level = DimseQuery::Level::Study;
    const QidoQuery qido = DicomWebDirectory::patientQuery(text);
    const auto& [key, value] = qido.match.first();
    if (key == QLatin1String("PatientBirthDate")) {
        query.birthDate = text.trimmed(); // yyyy-mm-dd, as DimseQuery takes it
        return {query};
    }
    if (key == QLatin1String("PatientID")) {
        query.patientId = value;
        return {query};
    }
    // Many nodes match names case-sensitively (dcmqrscp does; PS3.4 leaves it to them), and
    // names are kept in capitals ("MÜLLER^ANNA") or capitalised ("Müller^Anna"): a name is
    // asked for as typed, in capitals and capitalised, and the answers merged.
    QString capitalised = value.toLower();
    for (qsizetype i = 0; i < capitalised.size(); ++i) {
        if (capitalised.at(i).isLetter()) {
            capitalised[i] = capitalised.at(i).toUpper();
            break;
        }
    }
    QList<DimseQuery> queries;
    QStringList asked;
    for (const QString& name : {value, value.toUpper(), capitalised}) {
        if (asked.contains(name))
            continue;
        asked << name;
        query.patientName = name;
        queries << query;
    }
    return queries;
}

void DimseStudySource::findPatients(const ServerProfile& node, const QString& text,
                                    QObject* context, PatientsCallback callback) {
    if (!m_service)
        return callback(noService());
    auto studies = std::make_shared<QHash<QString, QJsonObject>>(); // study UID → answer
    findEach(node, patientQueries(text), 0, studies, QPointer<QObject>(context),
             [studies, text, callback](const Status& status) {
                 if (!status)
                     return callback(status.error());
                 // In study UID order, so a patient is named by the same study every time.
                 QStringList uids = studies->keys();
                 uids.sort();
                 QList<QJsonObject> answers;
                 for (const QString& uid : std::as_const(uids))
                     answers << studies->value(uid);
                 PatientSearch::Found found;
                 found.patients = DicomWebDirectory::patientsFrom(answers, text);
                 callback(found);
             });
}

void DimseStudySource::findEach(const ServerProfile& node, const QList<DimseQuery>& queries,
                                int index, std::shared_ptr<QHash<QString, QJsonObject>> studies,
                                QPointer<QObject> guard, std::function<void(const Status&)> done) {
    if (!guard)
        return;
    if (index >= queries.size())
        return done(Done{});
    m_service->find(
        node, queries.at(index), kStudyLimit, this,
        [studies](const QJsonObject& match) {
            studies->insert(DicomWebClient::value(match, "0020000D"), match);
        },
        [=, this](const Result<int>& matches) {
            if (!matches) {
                if (guard)
                    done(matches.error());
                return;
            }
            findEach(node, queries, index + 1, studies, guard, done);
        });
}

void DimseStudySource::findStudies(const ServerProfile& node, const QString& patientId,
                                   QObject* context, StudiesCallback callback) {
    DimseQuery query;
    query.level = DimseQuery::Level::Study;
    query.patientId = patientId;
    studiesWithSeries(node, query, context,
                      tr("%1 has no study of patient %2").arg(node.name, patientId),
                      std::move(callback));
}

void DimseStudySource::findStudy(const ServerProfile& node, const QString& studyUid,
                                 QObject* context, StudiesCallback callback) {
    DimseQuery query;
    query.level = DimseQuery::Level::Study;
    query.studyUid = studyUid;
    studiesWithSeries(node, query, context,
                      tr("%1 has no study with UID %2").arg(node.name, studyUid),
                      std::move(callback));
}

void DimseStudySource::studiesWithSeries(const ServerProfile& node, const DimseQuery& query,
                                         QObject* context, const QString& noneFound,
                                         StudiesCallback callback) {
    if (!m_service)
        return callback(noService());
    auto studies = std::make_shared<QList<QJsonObject>>();
    QPointer<QObject> guard(context);
    m_service->find(
        node, query, kStudyLimit, this,
        [studies](const QJsonObject& match) { studies->append(match); },
        [this, node, studies, noneFound, guard, callback](const Result<int>& matches) {
            if (!guard)
                return;
            if (!matches || studies->isEmpty())
                return callback(matches ? Error::make(Error::Kind::NotFound, noneFound)
                                        : matches.error());
            auto result = std::make_shared<PatientStudies>(
                DicomWebDirectory::patientStudies(*studies, node.fhirBase));
            pointAtNode(*result, node);
            addSeries(node, result, 0, guard, callback);
        });
}

void DimseStudySource::addSeries(const ServerProfile& node, std::shared_ptr<PatientStudies> result,
                                 int index, QPointer<QObject> guard, StudiesCallback callback) {
    if (!guard)
        return;
    if (index >= result->studies.size() || !m_service)
        return callback(*result);
    DimseQuery query;
    query.level = DimseQuery::Level::Series;
    query.studyUid = result->studies.at(index).studyUid;
    if (!query.keys()) // no valid UID to ask with: shown with the study's problem
        return addSeries(node, result, index + 1, guard, callback);
    auto series = std::make_shared<QList<QJsonObject>>();
    m_service->find(
        node, query, 0, this, [series](const QJsonObject& match) { series->append(match); },
        [=, this](const Result<int>& matches) {
            ImagingStudyRecord& study = result->studies[index];
            if (matches)
                DicomWebDirectory::addSeries(study, *series);
            else // still retrievable: the retriever lists the series itself
                qCInfo(lcImaging) << "No series listing for study" << study.studyUid << ":"
                                  << matches.error().toString();
            addSeries(node, result, index + 1, guard, callback);
        });
}

} // namespace sightline
