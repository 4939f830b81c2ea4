#include "gateway/CachedDicomWeb.h"

#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "dicom/DicomWebEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace sightline {

namespace {

constexpr auto kExplicitLittle = "1.2.840.10008.1.2.1";

struct MediaRange {
    QString type;        // "multipart/related", "application/dicom", "*/*" …
    QString relatedType; // the multipart type parameter
    QString transferSyntax;
};

QList<MediaRange> parseAccept(const QByteArray& accept) {
    QList<MediaRange> out;
    for (const QByteArray& entry : accept.split(',')) {
        const QList<QByteArray> params = entry.split(';');
        MediaRange range;
        range.type = QString::fromLatin1(params.value(0).trimmed()).toLower();
        for (qsizetype i = 1; i < params.size(); ++i) {
            const QByteArray param = params.at(i).trimmed();
            const qsizetype eq = param.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray name = param.left(eq).trimmed().toLower();
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            if (name == "type")
                range.relatedType = QString::fromLatin1(value).toLower();
            else if (name == "transfer-syntax")
                range.transferSyntax = QString::fromLatin1(value);
        }
        if (!range.type.isEmpty())
            out << range;
    }
    return out;
}

QJsonObject attribute(const char* vr, const QJsonValue& value) {
    if (value.isString() && value.toString().isEmpty())
        return {{QStringLiteral("vr"), QLatin1String(vr)}};
    return {{QStringLiteral("vr"), QLatin1String(vr)},
            {QStringLiteral("Value"), QJsonArray{value}}};
}

QJsonObject personName(const QString& name) {
    if (name.isEmpty())
        return {{QStringLiteral("vr"), QStringLiteral("PN")}};
    return attribute("PN", QJsonObject{{QStringLiteral("Alphabetic"), name}});
}

} // namespace

CachedDicomWeb::CachedDicomWeb(ImageCache& cache, QString root)
    : m_cache(cache)
    , m_root(std::move(root)) {}

bool CachedDicomWeb::accepts(const QByteArray& accept, const QString& mediaType,
                             const QString& transferSyntax) {
    const QList<MediaRange> ranges = parseAccept(accept);
    if (ranges.isEmpty())
        return transferSyntax == QLatin1String(kExplicitLittle) ||
               mediaType != QLatin1String("application/octet-stream");
    for (const MediaRange& range : ranges) {
        if (range.type == QLatin1String("*/*"))
            return true;
        const QString type = range.type == QLatin1String("multipart/related")
                                 ? (range.relatedType.isEmpty() ? mediaType : range.relatedType)
                                 : range.type;
        if (type != mediaType)
            continue;
        if (range.transferSyntax == QLatin1String("*") || range.transferSyntax == transferSyntax)
            return true;
        // No transfer-syntax parameter: the type's default (PS3.18 8.7.3.5).
        if (range.transferSyntax.isEmpty() &&
            (transferSyntax == QLatin1String(kExplicitLittle) ||
             (mediaType == QLatin1String("image/jpeg") &&
              transferSyntax == QLatin1String("1.2.840.10008.1.2.4.50"))))
            return true;
    }
    return false;
}

QList<CachedInstance> CachedDicomWeb::instancesFor(const DicomWebPath& path) const {
    switch (path.level) {
    case DicomWebPath::Level::Study:
        return m_cache.isStudyComplete(path.study) ? m_cache.instancesOf(path.study)
                                                   : QList<CachedInstance>{};
    case DicomWebPath::Level::Series:
        return m_cache.isSeriesComplete(path.series) ? m_cache.instancesOf(path.study, path.series)
                                                     : QList<CachedInstance>{};
    case DicomWebPath::Level::Instance:
        if (const auto one = m_cache.instance(path.instance);
            one && one->studyUid == path.study && one->seriesUid == path.series)
            return {*one};
        return {};
    case DicomWebPath::Level::None:
        break;
    }
    return {};
}

std::optional<GatewayAnswer> CachedDicomWeb::answer(const DicomWebPath& path,
                                                    const QByteArray& accept) {
    switch (path.resource) {
    case DicomWebPath::Resource::Retrieve:
        if (const QList<CachedInstance> instances = instancesFor(path); !instances.isEmpty())
            return retrieve(instances, accept);
        return std::nullopt;
    case DicomWebPath::Resource::Metadata:
        if (const QList<CachedInstance> instances = instancesFor(path); !instances.isEmpty())
            return metadata(instances);
        return std::nullopt;
    case DicomWebPath::Resource::Frames:
        return frames(path, accept);
    case DicomWebPath::Resource::Bulk:
        if (path.bulkPath == QLatin1String("7FE00010")) { // pixel data of a single-frame image
            DicomWebPath first = path;
            first.frames = {1};
            return frames(first, accept);
        }
        return bulkData(path, accept);
    default:
        return std::nullopt;
    }
}

std::optional<GatewayAnswer> CachedDicomWeb::retrieve(const QList<CachedInstance>& instances,
                                                      const QByteArray& accept) {
    auto body = std::make_shared<MultipartBody>(QStringLiteral("application/dicom"));
    for (const CachedInstance& instance : instances) {
        if (!accepts(accept, QStringLiteral("application/dicom"), instance.transferSyntaxUid))
            return std::nullopt; // a transcoded answer is the server's job
        body->addFile(QStringLiteral("application/dicom; transfer-syntax=") +
                          instance.transferSyntaxUid,
                      instance.path, instance.size);
    }
    GatewayAnswer out;
    out.contentType = body->contentType();
    out.multipart = std::move(body);
    return out;
}

std::optional<GatewayAnswer> CachedDicomWeb::metadata(const QList<CachedInstance>& instances) {
    QByteArray json = "[";
    for (const CachedInstance& i : instances) {
        const QString bulkBase = QStringLiteral("%1/studies/%2/series/%3/instances/%4/bulk")
                                     .arg(m_root, i.studyUid, i.seriesUid, i.sopUid);
        const Result<QByteArray> one = DicomWebEncoder::metadata(i.path, bulkBase);
        if (!one)
            return std::nullopt;
        if (json.size() > 1)
            json += ',';
        json += one.value();
    }
    json += ']';
    return GatewayAnswer::json(json);
}

std::optional<GatewayAnswer> CachedDicomWeb::bulkData(const DicomWebPath& path,
                                                      const QByteArray& accept) {
    const QList<CachedInstance> instance = instancesFor(path);
    const QString type = QStringLiteral("application/octet-stream");
    if (instance.size() != 1 || !accepts(accept, type, QLatin1String(kExplicitLittle)))
        return std::nullopt;
    const Result<QByteArray> bytes =
        DicomWebEncoder::bulkData(instance.first().path, path.bulkPath);
    if (!bytes)
        return std::nullopt;
    auto body = std::make_shared<MultipartBody>(type);
    body->addBytes(type, bytes.value());
    GatewayAnswer out;
    out.contentType = body->contentType();
    out.multipart = std::move(body);
    return out;
}

std::optional<GatewayAnswer> CachedDicomWeb::frames(const DicomWebPath& path,
                                                    const QByteArray& accept) {
    const QList<CachedInstance> instance = instancesFor(path);
    if (instance.size() != 1)
        return std::nullopt;
    std::shared_ptr<MultipartBody> body;
    for (const int number : path.frames) {
        const Result<DicomFrame> frame = DicomWebEncoder::frame(instance.first().path, number);
        if (!frame || !accepts(accept, frame.value().mediaType, frame.value().transferSyntaxUid))
            return std::nullopt;
        if (!body)
            body = std::make_shared<MultipartBody>(frame.value().mediaType);
        body->addBytes(frame.value().mediaType + QStringLiteral("; transfer-syntax=") +
                           frame.value().transferSyntaxUid,
                       frame.value().bytes);
    }
    GatewayAnswer out;
    out.contentType = body->contentType();
    out.multipart = std::move(body);
    return out;
}

std::optional<GatewayAnswer> CachedDicomWeb::search(const DicomWebPath& path,
                                                    const QUrlQuery& query) {
    const QString wantedStudy = query.queryItemValue(QStringLiteral("StudyInstanceUID"));
    const QString wantedPatient = query.queryItemValue(QStringLiteral("PatientID"));
    // A study the cache does not hold is unknown, not empty: the caller reports the failure.
    if (path.level != DicomWebPath::Level::None && m_cache.cachedInstanceCount(path.study) == 0)
        return std::nullopt;
    QJsonArray out;
    if (path.searchLevel == DicomWebPath::Level::Study && path.level == DicomWebPath::Level::None) {
        for (const QString& study : m_cache.cachedStudies()) {
            if (!wantedStudy.isEmpty() && !wantedStudy.split(QLatin1Char(',')).contains(study))
                continue;
            const QList<CachedInstance> instances = m_cache.instancesOf(study);
            const auto header = DicomParser::parseFile(instances.first().path);
            if (!header || (!wantedPatient.isEmpty() && header.value().patientId != wantedPatient))
                continue;
            const DicomHeader& h = header.value();
            QSet<QString> series;
            for (const CachedInstance& i : instances)
                series.insert(i.seriesUid);
            out.append(QJsonObject{
                {QStringLiteral("0020000D"), attribute("UI", study)},
                {QStringLiteral("00080020"), attribute("DA", h.studyDate)},
                {QStringLiteral("00080050"), attribute("SH", h.accessionNumber)},
                {QStringLiteral("00081030"), attribute("LO", h.studyDescription)},
                {QStringLiteral("00100010"), personName(h.patientName)},
                {QStringLiteral("00100020"), attribute("LO", h.patientId)},
                {QStringLiteral("00080061"), attribute("CS", h.modality)},
                {QStringLiteral("00201206"), attribute("IS", int(series.size()))},
                {QStringLiteral("00201208"), attribute("IS", int(instances.size()))},
            });
        }
    } else if (path.searchLevel == DicomWebPath::Level::Series &&
               path.level == DicomWebPath::Level::Study) {
        QMap<QString, QList<CachedInstance>> bySeries;
        for (const CachedInstance& i : m_cache.instancesOf(path.study))
            bySeries[i.seriesUid] << i;
        for (auto it = bySeries.cbegin(); it != bySeries.cend(); ++it) {
            const auto header = DicomParser::parseFile(it.value().first().path);
            if (!header)
                continue;
            out.append(QJsonObject{
                {QStringLiteral("0020000D"), attribute("UI", path.study)},
                {QStringLiteral("0020000E"), attribute("UI", it.key())},
                {QStringLiteral("00080060"), attribute("CS", header.value().modality)},
                {QStringLiteral("0008103E"), attribute("LO", header.value().seriesDescription)},
                {QStringLiteral("00200011"), attribute("IS", header.value().seriesNumber)},
                {QStringLiteral("00201209"), attribute("IS", int(it.value().size()))},
            });
        }
    } else if (path.searchLevel == DicomWebPath::Level::Instance &&
               path.level == DicomWebPath::Level::Series) {
        for (const CachedInstance& i : m_cache.instancesOf(path.study, path.series)) {
            const auto header = DicomParser::parseFile(i.path);
            if (!header)
                continue;
            const DicomHeader& h = header.value();
            out.append(QJsonObject{
                {QStringLiteral("0020000D"), attribute("UI", path.study)},
                {QStringLiteral("0020000E"), attribute("UI", path.series)},
                {QStringLiteral("00080016"), attribute("UI", h.sopClassUid)},
                {QStringLiteral("00080018"), attribute("UI", i.sopUid)},
                {QStringLiteral("00200013"), attribute("IS", h.instanceNumber)},
                {QStringLiteral("00280010"), attribute("US", h.rows)},
                {QStringLiteral("00280011"), attribute("US", h.columns)},
                {QStringLiteral("00280008"), attribute("IS", h.frames)},
            });
        }
    } else {
        return std::nullopt;
    }
    GatewayAnswer answer = GatewayAnswer::json(QJsonDocument(out).toJson(QJsonDocument::Compact));
    // RFC 9111's "disconnected operation": the server could not be asked.
    answer.headers.append(
        qMakePair(QByteArray("Warning"),
                  QByteArray("112 - \"Disconnected operation: answered from the cache\"")));
    return answer;
}

} // namespace sightline
