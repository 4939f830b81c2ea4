#include "gateway/DicomNodeAnswers.h"

#include "dicom/DicomDictionary.h"
#include "dimse/QidoOverCFind.h"
#include "gateway/CachedDicomWeb.h"
#include "gateway/PatientScope.h"
#include "gateway/SeriesFetcher.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace sightline {

namespace {
int statusFor(const Error& error) {
    if (error.httpStatus != 0)
        return error.httpStatus;
    switch (error.kind) {
    case Error::Kind::Timeout:
        return 504;
    case Error::Kind::NotFound:
        return 404;
    case Error::Kind::InvalidInput:
        return 400;
    case Error::Kind::Cancelled:
        return 503;
    default:
        return 502;
    }
}

QidoOverCFind::Level searchLevel(DicomWebPath::Level level) {
    switch (level) {
    case DicomWebPath::Level::Series:
        return QidoOverCFind::Level::Series;
    case DicomWebPath::Level::Instance:
        return QidoOverCFind::Level::Instance;
    default:
        return QidoOverCFind::Level::Study;
    }
}
QString valueOf(const QJsonObject& match, const char* tag) {
    const QJsonValue first =
        match.value(QLatin1String(tag)).toObject().value(QLatin1String("Value")).toArray().first();
    if (!first.isObject())
        return first.toString();
    // A person name in every script it was given in, as DICOM writes it.
    const QJsonObject name = first.toObject();
    QStringList groups;
    for (const char* group : {"Alphabetic", "Ideographic", "Phonetic"})
        groups.append(name.value(QLatin1String(group)).toString());
    while (!groups.isEmpty() && groups.last().isEmpty())
        groups.removeLast();
    return groups.join(QLatin1Char('='));
}

// The patient a study match names, as far as the node returned it.
DicomHeader patientOf(const QJsonObject& match) {
    DicomHeader answered;
    answered.studyInstanceUid = valueOf(match, "0020000D");
    answered.patientName = valueOf(match, "00100010");
    answered.patientId = valueOf(match, "00100020");
    answered.issuerOfPatientId = valueOf(match, "00100021");
    answered.birthDate = QDate::fromString(valueOf(match, "00100030"), QStringLiteral("yyyyMMdd"));
    return answered;
}
} // namespace

DicomNodeAnswers::DicomNodeAnswers(ImageCache& cache, QString root, SeriesFetcher* fetcher,
                                   std::chrono::milliseconds fetchWait, WaitLimit* limit)
    : m_cache(cache)
    , m_root(std::move(root))
    , m_fetcher(fetcher)
    , m_fetchWait(fetchWait)
    , m_limit(limit) {}

GatewayAnswer DicomNodeAnswers::answer(const GatewaySource& source, const DicomWebPath& path,
                                       const QList<QPair<QString, QString>>& parameters,
                                       const QByteArray& accept, bool* fromCache) {
    *fromCache = false;
    if (path.resource == DicomWebPath::Resource::Search)
        return search(source, path, parameters, fromCache);
    const QString& name = source.label.isEmpty() ? source.node->display() : source.label;
    if (path.resource == DicomWebPath::Resource::Rendered ||
        path.resource == DicomWebPath::Resource::Thumbnail)
        return GatewayAnswer::text(404, QStringLiteral("A DICOM node's images are read whole: "
                                                       "the gateway has no rendered pictures of "
                                                       "%1's")
                                            .arg(name));
    if (m_fetcher && m_fetcher->serves(source.id) && !path.study.isEmpty()) {
        const bool mayWait = !m_limit || m_limit->waiting.fetch_add(1) < m_limit->most;
        const Status fetched =
            m_fetcher->fetch(source.id, path.study, path.series,
                             mayWait ? m_fetchWait : std::chrono::milliseconds(0));
        if (m_limit)
            m_limit->waiting.fetch_sub(1);
        if (!fetched && !mayWait && fetched.error().kind == Error::Kind::Timeout) {
            GatewayAnswer busy = GatewayAnswer::text(
                503, QStringLiteral("Sightline is bringing these images from %1, and many "
                                    "requests are waiting for it already: ask again shortly")
                         .arg(name));
            busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("2")));
            return busy;
        }
        if (!fetched)
            return GatewayAnswer::text(statusFor(fetched.error()), fetched.error().message);
    }
    CachedDicomWeb cached(m_cache, m_root);
    if (auto answer = cached.answer(path, accept)) {
        *fromCache = true;
        return std::move(*answer);
    }
    return GatewayAnswer::text(404, QStringLiteral("Not in Sightline's image cache, or not in a "
                                                   "form the request accepts (%1 is a DICOM "
                                                   "node: its images are read there)")
                                        .arg(name));
}

GatewayAnswer DicomNodeAnswers::search(const GatewaySource& source, const DicomWebPath& path,
                                       const QList<QPair<QString, QString>>& parameters,
                                       bool* fromCache) {
    // The path's own level: /studies/X/series searches series of X; /series searches series
    // across studies (the node needs a StudyInstanceUID parameter for that).
    QList<QPair<QString, QString>> asked = parameters;
    // A patient's viewer searching studies asks the node for that patient's only (those it
    // named, if it named some, by keyword or tag in any case): a node with more studies than a
    // search returns could otherwise leave the patient's out of the first page.
    if (source.isForPatient() && PatientScope::isStudySearch(path)) {
        const DicomTagNumber studyTag{0x0020, 0x000D};
        QStringList named;
        bool namedAny = false;
        asked.removeIf([&](const QPair<QString, QString>& parameter) {
            if (DicomDictionary::tagOf(parameter.first) != studyTag)
                return false;
            namedAny = true;
            for (const QString& uid : parameter.second.split(QLatin1Char(',')))
                if (source.studyUids.contains(uid.trimmed()))
                    named.append(uid.trimmed());
            return true;
        });
        QStringList studies =
            namedAny ? named : QStringList(source.studyUids.cbegin(), source.studyUids.cend());
        // A study held back (it named another patient) is not listed either: its answer would
        // show the other patient's name.
        if (m_fetcher && m_fetcher->serves(source.id))
            studies.removeIf(
                [&](const QString& study) { return m_fetcher->holds(source.id, study); });
        if (studies.isEmpty())
            return GatewayAnswer::json("[]");
        studies.sort();
        asked.append({QStringLiteral("StudyInstanceUID"), studies.join(QLatin1Char(','))});
    }
    const auto search =
        QidoOverCFind::make(searchLevel(path.searchLevel), path.study, path.series, asked);
    if (!search)
        return GatewayAnswer::text(400, search.error().message);
    // Nor is a study whose answer names another patient than the viewer's (nor, in an answer
    // from the cache, one held back).
    QidoOverCFind::MatchFilter samePatient;
    if (source.isForPatient() && PatientScope::isStudySearch(path) && m_fetcher &&
        m_fetcher->serves(source.id))
        samePatient = [&](const QJsonObject& match) {
            const DicomHeader answered = patientOf(match);
            return !m_fetcher->holds(source.id, answered.studyInstanceUid) &&
                   !m_fetcher->namesAnotherPatient(source.id, answered.studyInstanceUid, answered);
        };
    const auto found = search.value().run(*source.node, nullptr, samePatient);
    if (found) {
        GatewayAnswer answer = GatewayAnswer::json(found.value().json);
        if (found.value().more)
            answer.headers.append(qMakePair(
                QByteArray("Warning"),
                QByteArray("299 - \"There are additional results that can be requested\"")));
        return answer;
    }
    const Error& error = found.error();
    if (error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout) {
        QUrlQuery query;
        for (const auto& [name, value] : parameters)
            query.addQueryItem(name, value);
        CachedDicomWeb cached(m_cache, m_root);
        if (auto answer = cached.search(path, query)) {
            *fromCache = true;
            if (samePatient && answer->status == 200) {
                QJsonArray kept;
                for (const QJsonValue& match : QJsonDocument::fromJson(answer->body).array())
                    if (samePatient(match.toObject()))
                        kept.append(match);
                answer->body = QJsonDocument(kept).toJson(QJsonDocument::Compact);
            }
            return std::move(*answer);
        }
    }
    return GatewayAnswer::text(
        statusFor(error),
        QStringLiteral("%1 did not answer the search: %2")
            .arg(source.label.isEmpty() ? source.node->display() : source.label, error.message));
}

} // namespace sightline
