#pragma once
// A QIDO-RS search, as a viewer sends it to Sightline's gateway, asked of a DICOM node as a
// C-FIND (Study Root): the level from the path (studies; a study's series; a series' instances),
// matching keys from the query's attributes (a keyword or a tag, values as DICOM matches them:
// wildcards, date ranges, UIDs listed with commas), return keys the level's usual attributes and
// every `includefield`, and `offset`/`limit` applied while the answers arrive (a C-CANCEL once
// enough have come). The answer is the DICOM JSON array QIDO-RS returns. What a node cannot be
// asked (a search across studies below the study level, a sequence's attributes) is refused
// before anything is sent. Value type; run() blocks, on a thread that may wait for a node.

#include "common/Result.h"
#include "dicom/DimseAssociation.h"
#include "servers/DicomNodeAddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

namespace sightline {

class QidoOverCFind {
    Q_DECLARE_TR_FUNCTIONS(QidoOverCFind)
public:
    enum class Level { Study, Series, Instance };
    // More matches than this are never taken from a node for one search without a `limit`.
    static constexpr int kDefaultLimit = 1000;

    // `study` and `series` from the path (empty when the path has none); `parameters` as the
    // query string gave them (repeated names kept).
    static Result<QidoOverCFind> make(Level level, const QString& study, const QString& series,
                                      const QList<QPair<QString, QString>>& parameters);

    struct Answer {
        QByteArray json; // a DICOM JSON array
        int matches = 0;
        bool more = false; // the node had more than were taken
    };
    // `keep`, when given, sees each match first (DICOM JSON); one it refuses is left out before
    // offset and limit count it.
    using MatchFilter = std::function<bool(const QJsonObject& match)>;
    Result<Answer> run(const DicomNodeAddress& node, const std::atomic_bool* cancelled = nullptr,
                       const MatchFilter& keep = {}) const;

    QString level() const; // "STUDY", "SERIES", "IMAGE"
    const QList<DimseAssociation::QueryKey>& keys() const { return m_keys; }
    int offset() const { return m_offset; }
    int limit() const { return m_limit; }

private:
    Level m_level = Level::Study;
    QList<DimseAssociation::QueryKey> m_keys;
    int m_offset = 0;
    int m_limit = kDefaultLimit;
};

} // namespace sightline
