#include "dimse/QidoOverCFind.h"

#include "dicom/DicomDictionary.h"
#include "dimse/DimseQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace sightline {

namespace {
constexpr int kMaxLimit = 10000; // a QIDO limit above this is taken as this
constexpr int kMaxValueLength = 1024;
constexpr int kMaxUidListLength = 60000; // a patient's studies, listed (a UI value: < 64 KiB)

// What the identifier itself is made of, or not an attribute of the objects at all: the level,
// the character set, command and file meta elements. Nobody searches by them.
bool isReserved(DicomTagNumber tag) {
    return tag.group == 0x0000 || tag.group == 0x0002 || tag == DicomTagNumber{0x0008, 0x0052} ||
           tag == DicomTagNumber{0x0008, 0x0005};
}

Error invalid(const QString& message) {
    return Error::make(Error::Kind::InvalidInput, message);
}

int indexOf(const QList<DimseAssociation::QueryKey>& keys, DicomTagNumber tag) {
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys.at(i).group == tag.group && keys.at(i).element == tag.element)
            return int(i);
    }
    return -1;
}

// A node may leave a match's "number of related series/instances" empty (dcmqrscp keeps no
// such attributes), and a viewer's study list shows them (OHIF says "0" without them): for a
// page of few matches they are counted with C-FINDs one level down, on the same association,
// within a budget of finds.
constexpr int kCountedMatchesAtMost = 25;
constexpr int kCountingFindsAtMost = 100;

bool lacks(const QJsonObject& match, const char* tag) {
    return match.value(QLatin1String(tag))
        .toObject()
        .value(QLatin1String("Value"))
        .toArray()
        .isEmpty();
}

void setCount(QJsonObject& match, const char* tag, qsizetype count) {
    match.insert(QLatin1String(tag),
                 QJsonObject{{QStringLiteral("vr"), QStringLiteral("IS")},
                             {QStringLiteral("Value"), QJsonArray{double(count)}}});
}

// The UIDs one level below, as the node lists them; nullopt when it could not be asked.
std::optional<QStringList> uidsBelow(DimseAssociation& association, const QString& model,
                                     const DimseQuery& query, const char* uidTag, int* budget) {
    const auto keys = query.keys();
    if (!keys || --*budget < 0)
        return std::nullopt;
    QStringList uids;
    const auto found = association.find(
        model, DimseQuery::levelName(query.level), keys.value(), [&](const QJsonObject& match) {
            const QJsonArray value = match.value(QLatin1String(uidTag))
                                         .toObject()
                                         .value(QLatin1String("Value"))
                                         .toArray();
            if (!value.isEmpty())
                uids.append(value.first().toString());
            return true;
        });
    if (!found)
        return std::nullopt;
    return uids;
}

void countWhatIsLacking(DimseAssociation& association, const QString& model,
                        QidoOverCFind::Level level, const QList<DimseAssociation::QueryKey>& asked,
                        QJsonArray& matches) {
    if (level == QidoOverCFind::Level::Instance || matches.size() > kCountedMatchesAtMost)
        return;
    // Only what the search asked for (the level's usual attributes include them).
    const auto asksButLacks = [&asked](const QJsonObject& match, const char* tag) {
        const DicomTagNumber number{quint16(QByteArray(tag).left(4).toUShort(nullptr, 16)),
                                    quint16(QByteArray(tag).mid(4).toUShort(nullptr, 16))};
        return indexOf(asked, number) >= 0 && lacks(match, tag);
    };
    int budget = kCountingFindsAtMost;
    for (QJsonValueRef entry : matches) {
        QJsonObject match = entry.toObject();
        const auto uidOf = [&match](const char* tag) {
            return match.value(QLatin1String(tag))
                .toObject()
                .value(QLatin1String("Value"))
                .toArray()
                .first()
                .toString();
        };
        DimseQuery below;
        below.studyUid = uidOf("0020000D");
        if (level == QidoOverCFind::Level::Series) {
            if (!asksButLacks(match, "00201209"))
                continue;
            below.level = DimseQuery::Level::Image;
            below.seriesUid = uidOf("0020000E");
            if (const auto images = uidsBelow(association, model, below, "00080018", &budget))
                setCount(match, "00201209", images->size());
        } else {
            if (!asksButLacks(match, "00201206") && !asksButLacks(match, "00201208"))
                continue;
            below.level = DimseQuery::Level::Series;
            const auto series = uidsBelow(association, model, below, "0020000E", &budget);
            if (!series)
                continue;
            qsizetype images = 0;
            bool counted = true;
            for (const QString& uid : *series) {
                DimseQuery inSeries = below;
                inSeries.level = DimseQuery::Level::Image;
                inSeries.seriesUid = uid;
                const auto found = uidsBelow(association, model, inSeries, "00080018", &budget);
                counted = counted && found.has_value();
                images += found ? found->size() : 0;
            }
            if (asksButLacks(match, "00201206"))
                setCount(match, "00201206", series->size());
            if (counted && asksButLacks(match, "00201208"))
                setCount(match, "00201208", images);
        }
        entry = match;
    }
}

DimseQuery::Level queryLevel(QidoOverCFind::Level level) {
    switch (level) {
    case QidoOverCFind::Level::Study:
        return DimseQuery::Level::Study;
    case QidoOverCFind::Level::Series:
        return DimseQuery::Level::Series;
    case QidoOverCFind::Level::Instance:
        break;
    }
    return DimseQuery::Level::Image;
}
} // namespace

Result<QidoOverCFind> QidoOverCFind::make(Level level, const QString& study, const QString& series,
                                          const QList<QPair<QString, QString>>& parameters) {
    QidoOverCFind search;
    search.m_level = level;
    DimseQuery query;
    query.level = queryLevel(level);
    query.studyUid = study;
    query.seriesUid = series;
    // A search across studies below the study level names its study as a parameter.
    for (const auto& [name, value] : parameters) {
        const auto tag = DicomDictionary::tagOf(name);
        if (query.studyUid.isEmpty() && level != Level::Study &&
            tag == DicomTagNumber{0x0020, 0x000D})
            query.studyUid = value;
        if (query.seriesUid.isEmpty() && level == Level::Instance &&
            tag == DicomTagNumber{0x0020, 0x000E})
            query.seriesUid = value;
    }
    if (level != Level::Study && query.studyUid.isEmpty())
        return invalid(tr("A DICOM node is searched for series and instances within one study: "
                          "name one StudyInstanceUID"));
    if (level == Level::Instance && query.seriesUid.isEmpty())
        return invalid(tr("A DICOM node is searched for instances within one series: name its "
                          "SeriesInstanceUID"));
    auto keys = query.keys();
    if (!keys)
        return keys.error();
    search.m_keys = keys.value();
    if (level == Level::Instance) { // what a viewer lays its instances out by
        for (const DicomTagNumber tag :
             {DicomTagNumber{0x0028, 0x0010}, {0x0028, 0x0011}, {0x0028, 0x0008}})
            search.m_keys.append({tag.group, tag.element, {}});
    }
    const qsizetype fromPath = search.m_keys.size();
    for (const auto& [name, value] : parameters) {
        if (name == QLatin1String("limit") || name == QLatin1String("offset")) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number < 0)
                return invalid(tr("\"%1\" is not a number for %2").arg(value, name));
            (name == QLatin1String("limit") ? search.m_limit : search.m_offset) = number;
            continue;
        }
        if (name == QLatin1String("fuzzymatching") || name == QLatin1String("orderby") ||
            name == QLatin1String("accept") || name == QLatin1String("charset") ||
            name == QLatin1String("_"))
            continue; // a node matches as DICOM does, in its own order, answered as JSON
        if (name == QLatin1String("includefield")) {
            // Attributes the dictionary does not know are left out, as PS3.18 lets a server do.
            for (const QString& field : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto tag = DicomDictionary::tagOf(field.trimmed());
                if (tag && !isReserved(*tag) && !DicomDictionary::isSequence(*tag) &&
                    indexOf(search.m_keys, *tag) < 0)
                    search.m_keys.append({tag->group, tag->element, {}});
            }
            continue;
        }
        const auto tag = DicomDictionary::tagOf(name);
        if (!tag)
            return invalid(name.contains(QLatin1Char('.'))
                               ? tr("A DICOM node cannot be searched by the attributes of a "
                                    "sequence (%1)")
                                     .arg(name)
                               : tr("\"%1\" is not a DICOM attribute").arg(name));
        if (isReserved(*tag) || DicomDictionary::isSequence(*tag))
            return invalid(tr("%1 is not something a DICOM node can be searched by").arg(name));
        const bool uids = DicomDictionary::isUid(*tag);
        if (value.size() > (uids ? kMaxUidListLength : kMaxValueLength))
            return invalid(tr("The value searched for %1 is too long").arg(name));
        for (const QChar c : value) {
            if (c.unicode() < 0x20 || c == QLatin1Char('\\'))
                return invalid(tr("The value searched for %1 has characters a DICOM query "
                                  "cannot carry")
                                   .arg(name));
        }
        // QIDO-RS lists UIDs with commas, DICOM with backslashes.
        QString matching = value;
        if (uids)
            matching.replace(QLatin1Char(','), QLatin1Char('\\'));
        const int at = indexOf(search.m_keys, *tag);
        if (at < 0)
            search.m_keys.append({tag->group, tag->element, matching});
        else if (at >= fromPath || search.m_keys.at(at).value.isEmpty())
            search.m_keys[at].value = matching; // the path's UIDs stay as the path gave them
    }
    if (search.m_limit == 0 || search.m_limit > kMaxLimit)
        search.m_limit = search.m_limit == 0 ? kDefaultLimit : kMaxLimit;
    return search;
}

QString QidoOverCFind::level() const {
    return DimseQuery::levelName(queryLevel(m_level));
}

Result<QidoOverCFind::Answer> QidoOverCFind::run(const DicomNodeAddress& node,
                                                 const std::atomic_bool* cancelled,
                                                 const MatchFilter& keep) const {
    DimseQuery query; // for its information model: Study Root
    query.level = queryLevel(m_level);
    const QString model = query.model();
    DimseAssociation association(node);
    if (const Status opened = association.open({model}); !opened)
        return opened.error();
    Answer answer;
    QJsonArray matches;
    int seen = 0;
    const Result<int> found = association.find(
        model, level(), m_keys,
        [&](const QJsonObject& match) {
            if (keep && !keep(match))
                return true;
            if (seen++ < m_offset)
                return true;
            if (matches.size() == m_limit) { // one more than asked for: there are more
                answer.more = true;
                return false;
            }
            QJsonObject attributes = match;
            attributes.remove(QStringLiteral("00080052")); // the C-FIND's level, not the study's
            matches.append(attributes);
            return true;
        },
        cancelled);
    if (!found) {
        association.release();
        return found.error();
    }
    countWhatIsLacking(association, model, m_level, m_keys, matches);
    association.release();
    answer.matches = int(matches.size());
    answer.json = QJsonDocument(matches).toJson(QJsonDocument::Compact);
    return answer;
}

} // namespace sightline
