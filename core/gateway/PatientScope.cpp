#include "gateway/PatientScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sightline {

QString PatientScope::refusal(const GatewaySource& source, const DicomWebPath& path,
                              const QStringList& studyParameters) {
    if (!source.isForPatient())
        return {};
    const QString refusal =
        QStringLiteral("This viewer shows %1 only; Sightline refused another patient's study")
            .arg(source.patient);
    if (!path.study.isEmpty())
        return source.studyUids.contains(path.study) ? QString() : refusal;
    if (path.resource == DicomWebPath::Resource::Search &&
        path.searchLevel == DicomWebPath::Level::Study)
        return {};
    // A series or instance search across studies: every study it names (each value, each UID
    // of a list) must be the patient's, and it must name one.
    int named = 0;
    for (const QString& asked : studyParameters) {
        for (const QString& uid : asked.split(QLatin1Char(','))) {
            if (!source.studyUids.contains(uid.trimmed()))
                return refusal;
            ++named;
        }
    }
    return named > 0 ? QString() : refusal;
}

QByteArray PatientScope::onlyStudiesOf(const GatewaySource& source, const QByteArray& json) {
    QJsonArray kept;
    for (const QJsonValue study : QJsonDocument::fromJson(json).array()) {
        const QString uid = study.toObject()
                                .value(QLatin1String("0020000D"))
                                .toObject()
                                .value(QLatin1String("Value"))
                                .toArray()
                                .first()
                                .toString();
        if (source.studyUids.contains(uid))
            kept.append(study);
    }
    return QJsonDocument(kept).toJson(QJsonDocument::Compact);
}

bool PatientScope::isStudySearch(const DicomWebPath& path) {
    return path.resource == DicomWebPath::Resource::Search &&
           path.level == DicomWebPath::Level::None &&
           path.searchLevel == DicomWebPath::Level::Study;
}

} // namespace sightline
