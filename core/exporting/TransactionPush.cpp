#include "exporting/TransactionPush.h"

#include "common/Clock.h"
#include "fhir/FhirClient.h"
#include "fhir/OperationOutcome.h"
#include "network/RestCall.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace sightline {

namespace {

QString referenceOf(const QJsonObject& resource) {
    return resource.value(QLatin1String("resourceType")).toString() + u'/' +
           resource.value(QLatin1String("id")).toString();
}

// Things others refer to go first, so references can be rewritten to what already exists.
int pushRank(const QString& type) {
    static const QStringList order{QStringLiteral("Organization"), QStringLiteral("Practitioner"),
                                   QStringLiteral("PractitionerRole"), QStringLiteral("Patient"),
                                   QStringLiteral("Encounter")};
    const qsizetype at = order.indexOf(type);
    return at < 0 ? int(order.size()) : int(at);
}

QJsonValue rewrite(const QJsonValue& value, const QHash<QString, QString>& map, int depth = 0) {
    if (depth > 64)
        return value;
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(rewrite(item, map, depth + 1));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() == QLatin1String("reference") && it.value().isString() &&
            map.contains(it.value().toString()))
            out.insert(it.key(), map.value(it.value().toString()));
        else
            out.insert(it.key(), rewrite(it.value(), map, depth + 1));
    }
    return out;
}

int statusCode(const QString& status) {
    return status.section(u' ', 0, 0).toInt();
}

} // namespace

TransactionPush::TransactionPush(FhirClient* target, QList<QJsonObject> resources,
                                 PushOptions options, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_options(std::move(options)) {
    std::stable_sort(resources.begin(), resources.end(),
                     [](const QJsonObject& a, const QJsonObject& b) {
                         return pushRank(a.value(QLatin1String("resourceType")).toString()) <
                                pushRank(b.value(QLatin1String("resourceType")).toString());
                     });
    for (const QJsonObject& resource : resources) {
        PushEntry entry;
        entry.source = referenceOf(resource);
        const QString value = identifierValue(resource, m_options.identifierSystem);
        if (value.isEmpty()) {
            entry.problem = tr("No identifier in %1: it could not be recognised on the next "
                               "push, so it is not sent.")
                                .arg(m_options.identifierSystem);
        } else {
            entry.identifier = m_options.identifierSystem + u'|' + value;
            m_entryOf << int(m_entries.size());
            m_resources << resource;
        }
        m_entries << entry;
    }
    m_options.chunkSize = std::max(1, m_options.chunkSize);
}

QString TransactionPush::identifierValue(const QJsonObject& resource, const QString& system) {
    for (const QJsonValue& v : resource.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject id = v.toObject();
        if (id.value(QLatin1String("system")).toString() == system)
            return id.value(QLatin1String("value")).toString();
    }
    return {};
}

QJsonObject TransactionPush::bundleFor(const QList<QJsonObject>& resources,
                                       const PushOptions& options,
                                       const QHash<QString, QString>& known) {
    QHash<QString, QString> map = known;
    QStringList fullUrls;
    for (const QJsonObject& resource : resources) {
        fullUrls << QStringLiteral("urn:uuid:") +
                        QUuid::createUuid().toString(QUuid::WithoutBraces);
        map.insert(referenceOf(resource), fullUrls.last());
    }
    QJsonArray entries;
    QJsonArray targets;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        QJsonObject resource = rewrite(resources.at(i), map).toObject();
        const QString type = resource.value(QLatin1String("resourceType")).toString();
        resource.remove(QStringLiteral("id")); // the target assigns its own
        resource.remove(QStringLiteral("meta"));
        const QString value = identifierValue(resource, options.identifierSystem);
        QUrlQuery condition;
        condition.addQueryItem(
            QStringLiteral("identifier"),
            QString::fromUtf8(QUrl::toPercentEncoding(options.identifierSystem + u'|' + value)));
        entries.append(QJsonObject{{QStringLiteral("fullUrl"), fullUrls.at(i)},
                                   {QStringLiteral("resource"), resource},
                                   {QStringLiteral("request"),
                                    QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                                {QStringLiteral("url"), type},
                                                {QStringLiteral("ifNoneExist"),
                                                 condition.toString(QUrl::FullyEncoded)}}}});
        targets.append(QJsonObject{{QStringLiteral("reference"), fullUrls.at(i)}});
    }
    if (options.provenance && !resources.isEmpty()) {
        entries.append(QJsonObject{
            {QStringLiteral("fullUrl"),
             QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("resource"),
             QJsonObject{
                 {QStringLiteral("resourceType"), QStringLiteral("Provenance")},
                 {QStringLiteral("target"), targets},
                 {QStringLiteral("recorded"), Clock::system().nowUtc().toString(Qt::ISODateWithMs)},
                 {QStringLiteral("activity"),
                  QJsonObject{{QStringLiteral("text"), QStringLiteral("Pushed by Sightline")}}},
                 {QStringLiteral("agent"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("who"),
                       QJsonObject{{QStringLiteral("display"), QStringLiteral("Sightline")}}}}}}}},
            {QStringLiteral("request"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                         {QStringLiteral("url"), QStringLiteral("Provenance")}}}});
    }
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("transaction")},
            {QStringLiteral("entry"), entries}};
}

QJsonObject PushEntry::toJson() const {
    return {{QStringLiteral("source"), source},
            {QStringLiteral("identifier"), identifier},
            {QStringLiteral("predicted"), predicted},
            {QStringLiteral("status"), status},
            {QStringLiteral("location"), location},
            {QStringLiteral("etag"), etag},
            {QStringLiteral("lastModified"), lastModified},
            {QStringLiteral("problem"), problem}};
}

PushEntry PushEntry::fromJson(const QJsonObject& json) {
    PushEntry e;
    e.source = json.value(QLatin1String("source")).toString();
    e.identifier = json.value(QLatin1String("identifier")).toString();
    e.predicted = json.value(QLatin1String("predicted")).toInt();
    e.status = json.value(QLatin1String("status")).toInt();
    e.location = json.value(QLatin1String("location")).toString();
    e.etag = json.value(QLatin1String("etag")).toString();
    e.lastModified = json.value(QLatin1String("lastModified")).toString();
    e.problem = json.value(QLatin1String("problem")).toString();
    return e;
}

PushTally PushTally::of(const QList<PushEntry>& entries, bool dryRun) {
    PushTally tally;
    for (const PushEntry& e : entries) {
        const int status = e.outcome(dryRun);
        if (e.identifier.isEmpty())
            ++tally.skipped;
        else if (status == 201)
            ++tally.created;
        else if (status == 200)
            ++tally.existing;
        else if (status == 412)
            ++tally.ambiguous;
        else
            ++tally.failed;
    }
    return tally;
}

void TransactionPush::start() {
    if (!m_target)
        return fail(Error::make(Error::Kind::InvalidInput, tr("No target server.")));
    m_next = 0;
    if (m_options.dryRun)
        predictNext();
    else
        sendNextChunk();
}

void TransactionPush::cancel() {
    if (m_call)
        m_call->cancel();
    fail(Error::make(Error::Kind::Cancelled, tr("The push was cancelled.")));
}

void TransactionPush::fail(const Error& error) {
    if (m_done)
        return;
    m_done = true;
    emit finished(error);
}

bool TransactionPush::reportProgressOrFinish() {
    if (m_done)
        return true;
    emit progress(m_next, int(m_resources.size()));
    if (m_next < m_resources.size())
        return false;
    m_done = true;
    emit finished(m_entries);
    return true;
}

void TransactionPush::predictNext() {
    if (reportProgressOrFinish())
        return;
    const QJsonObject& resource = m_resources.at(m_next);
    PushEntry& entry = m_entries[m_entryOf.at(m_next)];
    m_call = m_target->search(
        resource.value(QLatin1String("resourceType")).toString(),
        {{QStringLiteral("identifier"), entry.identifier},
         {QStringLiteral("_summary"), QStringLiteral("count")}},
        FhirClient::SearchMethod::Get, this, [this](const Result<FhirReply>& reply) {
            if (m_done)
                return;
            if (!reply)
                return fail(reply.error());
            const int total = reply->resource.value(QLatin1String("total")).toInt();
            PushEntry& e = m_entries[m_entryOf.at(m_next)];
            e.predicted = total == 0 ? 201 : total == 1 ? 200 : 412;
            if (total > 1)
                e.problem = tr("%1 resources already carry %2: the server "
                               "cannot tell which one is meant.")
                                .arg(total)
                                .arg(e.identifier);
            ++m_next;
            predictNext();
        });
}

void TransactionPush::sendNextChunk() {
    if (reportProgressOrFinish())
        return;
    const int first = m_next;
    const int count = int(std::min<qsizetype>(m_options.chunkSize, m_resources.size() - first));
    const QList<QJsonObject> chunk = m_resources.mid(first, count);
    const QJsonObject bundle = bundleFor(chunk, m_options, m_pushed);
    m_call = m_target->transaction(
        bundle, this, [this, first, count, chunk](const Result<FhirReply>& reply) {
            if (m_done)
                return;
            if (!reply) {
                if (reply.error().kind == Error::Kind::Cancelled || reply.error().httpStatus == 0)
                    return fail(reply.error());
                // The whole Bundle was refused (a transaction is all or nothing): say so per entry.
                for (int i = 0; i < count; ++i) {
                    PushEntry& e = m_entries[m_entryOf.at(first + i)];
                    e.status = reply.error().httpStatus;
                    e.problem = reply.error().message;
                }
            } else {
                const QJsonArray responses =
                    reply->resource.value(QLatin1String("entry")).toArray();
                for (int i = 0; i < count; ++i) {
                    PushEntry& e = m_entries[m_entryOf.at(first + i)];
                    const QJsonObject response =
                        responses.at(i).toObject().value(QLatin1String("response")).toObject();
                    e.status = statusCode(response.value(QLatin1String("status")).toString());
                    e.location = response.value(QLatin1String("location")).toString();
                    e.etag = response.value(QLatin1String("etag")).toString();
                    e.lastModified = response.value(QLatin1String("lastModified")).toString();
                    if (const auto outcome = OperationOutcome::fromJson(
                            response.value(QLatin1String("outcome")).toObject());
                        outcome && e.status >= 400)
                        e.problem = outcome->summary();
                    if (!e.location.isEmpty()) {
                        // "Patient/abc/_history/1" → "Patient/abc" for later references.
                        const QStringList parts =
                            QUrl(e.location).path().split(u'/', Qt::SkipEmptyParts);
                        const qsizetype history = parts.indexOf(QStringLiteral("_history"));
                        const QStringList id =
                            history >= 2 ? parts.mid(history - 2, 2) : parts.mid(parts.size() - 2);
                        m_pushed.insert(referenceOf(chunk.at(i)), id.join(u'/'));
                    }
                }
            }
            m_next = first + count;
            sendNextChunk();
        });
}

} // namespace sightline
