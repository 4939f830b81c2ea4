#include "cache/ImageCache.h"

#include "cache/CacheDurability.h"
#include "cache/CacheIndexSchema.h"
#include "common/AtomicFile.h"
#include "common/ContentChecksum.h"
#include "common/LogCategories.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace sightline {

namespace {

QSqlQuery prepared(const QString& connection, const QString& sql) {
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(sql);
    return q;
}

Error sqlError(const QString& what, const QSqlQuery& q) {
    return Error::make(Error::Kind::Storage, what, q.lastError().text());
}

} // namespace

QString ImageCache::defaultRoot() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/images");
}

bool ImageCache::isValidUid(const QString& uid) {
    // Digits in non-empty components separated by dots: such a name can never be "." or "..",
    // hold a separator or start an option. PS3.5 forbids leading zeros in a component, but real
    // archives serve such UIDs ("1.2.246.352.91.0000217…") and list them in QIDO, so they are
    // accepted: refusing them would make those studies unreachable. Up to 128 characters (twice
    // the standard's 64, still far below a file name's limit) for the same reason.
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    return !uid.isEmpty() && uid.size() <= kLongestUid && pattern.match(uid).hasMatch();
}

ImageCache::ImageCache(QString root, CacheSettings settings, const Clock& clock)
    : m_root(std::move(root))
    , m_settings(settings)
    , m_clock(clock)
    , m_connection(QStringLiteral("sightline-cache-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    open();
}

bool ImageCache::retryOpen() {
    if (m_openError.isEmpty())
        return true;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_openError.clear();
    m_totalBytes = -1;
    open();
    return m_openError.isEmpty();
}

void ImageCache::open() {
    QDir().mkpath(m_root + QStringLiteral("/instances"));
    QDir().mkpath(m_root + QStringLiteral("/thumbnails"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_root + QStringLiteral("/index.db"));
    if (!db.open()) {
        m_openError = db.lastError().text();
        return;
    }
    m_openError = CacheIndexSchema::prepare(m_connection);
    if (!m_openError.isEmpty())
        return;
    // Nothing is served before what a power cut may have damaged is checked.
    m_epoch = CacheDurability::epochOf(m_root);
    if (const Status checked = CacheDurability::checkAfterRestart(
            m_connection, m_root, m_epoch, pathOf(), m_clock.nowUtc().addSecs(-kArrivingSeconds));
        !checked) {
        // Not usable until it is checked: closed, so no query of this object answers (an open
        // connection would serve what the check did not reach). retryOpen() checks again.
        m_openError = checked.error().message + QStringLiteral(": ") + checked.error().details;
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

ImageCache::~ImageCache() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ImageCache::instanceFile(const QString& root, const QString& study, const QString& series,
                                 const QString& sop) {
    return QStringLiteral("%1/instances/%2/%3/%4.dcm").arg(root, study, series, sop);
}

qint64 ImageCache::totalBytes() {
    if (m_totalBytes < 0) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        m_totalBytes =
            q.exec(QStringLiteral("SELECT COALESCE(SUM(size),0) FROM instances")) && q.next()
                ? q.value(0).toLongLong()
                : 0;
    }
    return m_totalBytes;
}

Status ImageCache::store(const DicomHeader& header, const QByteArray& part10,
                         const QString& sourceServer, const QString& pinnedStudy) {
    if (!m_openError.isEmpty())
        return Error::make(Error::Kind::Storage, QObject::tr("The image cache cannot be opened"),
                           m_openError);
    const auto file = writeInstance(m_root, header, part10, sourceServer);
    if (!file)
        return file.error();
    return indexInstances({file.value()}, pinnedStudy);
}

Result<CachedFile> ImageCache::entryFor(const QString& root, const DicomHeader& header, qint64 size,
                                        const QByteArray& checksum, const QString& sourceServer) {
    for (const QString& uid :
         {header.studyInstanceUid, header.seriesInstanceUid, header.sopInstanceUid}) {
        if (!isValidUid(uid))
            return Error::make(Error::Kind::MalformedData,
                               QObject::tr("Refused to cache an instance with an invalid UID"),
                               uid.left(80));
    }
    CachedFile file;
    file.header = header;
    file.path = instanceFile(root, header.studyInstanceUid, header.seriesInstanceUid,
                             header.sopInstanceUid);
    file.size = size;
    file.checksum = checksum;
    file.sourceServer = sourceServer;
    return file;
}

Result<CachedFile> ImageCache::writeInstance(const QString& root, const DicomHeader& header,
                                             const QByteArray& part10,
                                             const QString& sourceServer) {
    auto file = entryFor(root, header, part10.size(), ContentChecksum::of(part10), sourceServer);
    if (!file)
        return file;
    // The file first, beside its place; indexInstances() puts the batch in place (durable soon)
    // in place before any index row points at it.
    const auto pending = AtomicFile::writePending(file->path, part10);
    if (!pending)
        return pending.error();
    file.value().pendingTemp = pending.value().temp;
    return file;
}

Result<CachedFile> ImageCache::adoptInstance(const QString& root, const DicomHeader& header,
                                             const ReceivedFile& received,
                                             const QString& sourceServer) {
    auto file = entryFor(root, header, received.size, received.checksum, sourceServer);
    if (!file)
        return file;
    const auto pending = AtomicFile::adoptPending(file->path, received.path);
    if (!pending)
        return pending.error();
    file.value().pendingTemp = pending.value().temp;
    return file;
}

QString ImageCache::incomingFolder(const QString& root) {
    // Under instances/, where the cache's check finds what a crash left (temp names).
    return root + QStringLiteral("/instances/incoming");
}

Status ImageCache::indexInstances(const QList<CachedFile>& files, const QString& pinnedStudy) {
    if (files.isEmpty())
        return Done{};
    // Every file in place before its row is written: marked and made durable moments later
    // (CacheDurability), or at once (one sync for the batch) where the epoch is not known.
    QList<AtomicFile::Pending> pending;
    for (const CachedFile& f : files)
        if (!f.pendingTemp.isEmpty())
            pending.append({f.pendingTemp, f.path});
    const bool defers = defersDurability();
    if (const Status published =
            defers ? AtomicFile::putInPlace(pending) : AtomicFile::publish(pending);
        !published)
        return published;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO instances VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery mark(db); // a durable file clears a mark an earlier copy left
    mark.prepare(defers ? QStringLiteral("INSERT OR REPLACE INTO unsettled VALUES (?,?)")
                        : QStringLiteral("DELETE FROM unsettled WHERE sop_uid=?"));
    const QString now = nowText();
    for (const CachedFile& f : files) {
        const DicomHeader& h = f.header;
        for (const QVariant& v :
             {QVariant(h.sopInstanceUid), QVariant(h.studyInstanceUid),
              QVariant(h.seriesInstanceUid), QVariant(h.patientId), QVariant(h.patientName),
              QVariant(f.size), QVariant(QString::fromLatin1(f.checksum)), QVariant(f.sourceServer),
              QVariant(h.transferSyntaxUid), QVariant(now), QVariant(now)})
            q.addBindValue(v);
        mark.addBindValue(h.sopInstanceUid);
        if (defers)
            mark.addBindValue(m_epoch);
        if (!q.exec() || !mark.exec()) {
            const Error error =
                sqlError(QObject::tr("The image cache index could not record an instance"), q);
            db.rollback();
            for (const CachedFile& written : files)
                QFile::remove(written.path);
            return error;
        }
    }
    if (!db.commit()) {
        for (const CachedFile& written : files)
            QFile::remove(written.path);
        return Error::make(Error::Kind::Storage,
                           QObject::tr("The image cache index could not record an instance"),
                           db.lastError().text());
    }
    if (defers && m_onUnsettled)
        m_onUnsettled();
    // Kept incrementally (a replaced row counts twice until the next recount: evicting a little
    // early is the safe side).
    if (m_totalBytes >= 0) {
        for (const CachedFile& f : files)
            m_totalBytes += f.size;
    }
    const QString pinned =
        pinnedStudy.isEmpty() ? files.first().header.studyInstanceUid : pinnedStudy;
    if (const auto evicted = enforceBudget(pinned); !evicted)
        return evicted.error();
    return Done{};
}

bool ImageCache::contains(const QString& sop) const {
    QSqlQuery q = prepared(m_connection, QStringLiteral("SELECT 1 FROM instances WHERE sop_uid=?"));
    q.addBindValue(sop);
    return q.exec() && q.next();
}

QString ImageCache::instancePath(const QString& sop) {
    QSqlQuery q =
        prepared(m_connection,
                 QStringLiteral("SELECT study_uid, series_uid FROM instances WHERE sop_uid=?"));
    q.addBindValue(sop);
    if (!q.exec() || !q.next())
        return {};
    const QString path = instanceFile(q.value(0).toString(), q.value(1).toString(), sop);
    QSqlQuery touch = prepared(
        m_connection, QStringLiteral("UPDATE instances SET last_access_utc=? WHERE sop_uid=?"));
    touch.addBindValue(nowText());
    touch.addBindValue(sop);
    touch.exec();
    return path;
}

Result<QByteArray> ImageCache::read(const QString& sop) {
    const QString path = instancePath(sop);
    if (path.isEmpty())
        return Error::make(Error::Kind::NotFound, QObject::tr("The instance is not cached"), sop);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, QObject::tr("A cached file is missing"), path);
    return file.readAll();
}

QSet<QString> ImageCache::cachedInstances(const QString& series) const {
    QSet<QString> out;
    QSqlQuery q =
        prepared(m_connection, QStringLiteral("SELECT sop_uid FROM instances WHERE series_uid=?"));
    q.addBindValue(series);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

qint64 ImageCache::cachedInstanceCount(const QString& study) const {
    QSqlQuery q =
        prepared(m_connection, QStringLiteral("SELECT COUNT(*) FROM instances WHERE study_uid=?"));
    q.addBindValue(study);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QStringList ImageCache::cachedStudies() const {
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("SELECT DISTINCT study_uid FROM instances ORDER BY study_uid"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QList<CachedInstance> ImageCache::instancesOf(const QString& study, const QString& series) const {
    QList<CachedInstance> out;
    QSqlQuery q = prepared(
        m_connection, QStringLiteral("SELECT series_uid, sop_uid, size, transfer_syntax FROM "
                                     "instances WHERE study_uid=? %1 ORDER BY series_uid, "
                                     "sop_uid")
                          .arg(series.isEmpty() ? QString() : QStringLiteral("AND series_uid=?")));
    q.addBindValue(study);
    if (!series.isEmpty())
        q.addBindValue(series);
    if (q.exec()) {
        while (q.next()) {
            const QString seriesUid = q.value(0).toString();
            const QString sop = q.value(1).toString();
            out.append({study, seriesUid, sop, instanceFile(study, seriesUid, sop),
                        q.value(2).toLongLong(), q.value(3).toString()});
        }
    }
    return out;
}

std::optional<CachedInstance> ImageCache::instance(const QString& sop) const {
    QSqlQuery q = prepared(
        m_connection,
        QStringLiteral(
            "SELECT study_uid, series_uid, size, transfer_syntax FROM instances WHERE sop_uid=?"));
    q.addBindValue(sop);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString study = q.value(0).toString();
    const QString series = q.value(1).toString();
    return CachedInstance{study,
                          series,
                          sop,
                          instanceFile(study, series, sop),
                          q.value(2).toLongLong(),
                          q.value(3).toString()};
}

std::optional<QPair<QString, QString>> ImageCache::patientOf(const QString& study) const {
    QSqlQuery q = prepared(
        m_connection,
        QStringLiteral("SELECT patient_id, patient_name FROM instances WHERE study_uid=? LIMIT 1"));
    q.addBindValue(study);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QPair<QString, QString>{q.value(0).toString(), q.value(1).toString()};
}

Status ImageCache::markSeriesComplete(const QString& study, const QString& series,
                                      int instanceCount) {
    QSqlQuery q =
        prepared(m_connection, QStringLiteral("INSERT OR REPLACE INTO complete_series (series_uid, "
                                              "study_uid, instance_count) VALUES (?,?,?)"));
    q.addBindValue(series);
    q.addBindValue(study);
    q.addBindValue(instanceCount);
    if (!q.exec())
        return sqlError(QObject::tr("The image cache index could not be updated"), q);
    return Done{};
}

Status ImageCache::markStudyComplete(const QString& study, int seriesCount) {
    QSqlQuery q = prepared(m_connection, QStringLiteral("INSERT OR REPLACE INTO complete_studies "
                                                        "(study_uid, series_count) VALUES (?,?)"));
    q.addBindValue(study);
    q.addBindValue(seriesCount);
    if (!q.exec())
        return sqlError(QObject::tr("The image cache index could not be updated"), q);
    return Done{};
}

bool ImageCache::isSeriesComplete(const QString& series) const {
    QSqlQuery q = prepared(
        m_connection, QStringLiteral("SELECT c.instance_count, (SELECT COUNT(*) FROM instances "
                                     "i WHERE i.series_uid=c.series_uid) FROM "
                                     "complete_series c WHERE c.series_uid=?"));
    q.addBindValue(series);
    return q.exec() && q.next() && q.value(1).toLongLong() >= q.value(0).toLongLong();
}

QStringList ImageCache::completeSeries(const QString& study) const {
    QStringList out;
    QSqlQuery q = prepared(m_connection, QStringLiteral("SELECT series_uid FROM complete_series "
                                                        "WHERE study_uid=? ORDER BY series_uid"));
    q.addBindValue(study);
    if (q.exec()) {
        while (q.next()) {
            if (isSeriesComplete(q.value(0).toString()))
                out << q.value(0).toString();
        }
    }
    return out;
}

bool ImageCache::isStudyComplete(const QString& study) const {
    QSqlQuery q =
        prepared(m_connection,
                 QStringLiteral("SELECT series_count FROM complete_studies WHERE study_uid=?"));
    q.addBindValue(study);
    return q.exec() && q.next() && completeSeries(study).size() >= q.value(0).toLongLong();
}

Status ImageCache::storeThumbnail(const QString& series, const QImage& image) {
    if (!isValidUid(series))
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("Refused to cache an instance with an invalid UID"), series);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    // Made again by the next retrieval of the series when a power cut took it (an unreadable
    // one shows as none); a sync here would wait for every image the retrieval wrote.
    return AtomicFile::write(thumbnailPath(m_root, series), png, AtomicFile::Durability::None);
}

QString ImageCache::studyFolder(const QString& root, const QString& study) {
    return isValidUid(study) ? QStringLiteral("%1/instances/%2").arg(root, study) : QString();
}

QString ImageCache::thumbnailPath(const QString& root, const QString& series) {
    return isValidUid(series) ? QStringLiteral("%1/thumbnails/%2.png").arg(root, series)
                              : QString();
}

QImage ImageCache::thumbnail(const QString& series) const {
    const QString path = thumbnailPath(m_root, series);
    return path.isEmpty() ? QImage() : QImage(path);
}

CacheStats ImageCache::stats() const {
    CacheStats s;
    s.budgetBytes = m_settings.budgetBytes;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral(
            "SELECT COUNT(*), COUNT(DISTINCT series_uid), COUNT(DISTINCT study_uid), "
            "COUNT(DISTINCT patient_id), COALESCE(SUM(size),0), MIN(last_access_utc) FROM "
            "instances")) &&
        q.next()) {
        s.instances = q.value(0).toLongLong();
        s.series = q.value(1).toLongLong();
        s.studies = q.value(2).toLongLong();
        s.patients = q.value(3).toLongLong();
        s.bytes = q.value(4).toLongLong();
        s.oldestAccessUtc = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    }
    return s;
}

Status ImageCache::removeEntry(const QString& sop, const QString& path) {
    m_totalBytes = -1;
    QSqlQuery q = prepared(m_connection, QStringLiteral("DELETE FROM instances WHERE sop_uid=?"));
    q.addBindValue(sop);
    if (!q.exec())
        return sqlError(QObject::tr("The image cache index could not drop an entry"), q);
    q = prepared(m_connection, QStringLiteral("DELETE FROM unsettled WHERE sop_uid=?"));
    q.addBindValue(sop);
    (void)q.exec();      // a mark left alone is dropped by the next settle
    QFile::remove(path); // index first: a leftover file is an orphan verify() removes
    return Done{};
}

QString ImageCache::nowText() const {
    return m_clock.nowUtc().toString(Qt::ISODateWithMs);
}

Result<qint64> ImageCache::enforceBudget(const QString& pinnedStudy) {
    qint64 evicted = 0;
    if (m_settings.ttlDays > 0) {
        const QString cutoff =
            m_clock.nowUtc().addDays(-m_settings.ttlDays).toString(Qt::ISODateWithMs);
        QSqlQuery old =
            prepared(m_connection, QStringLiteral("SELECT sop_uid, study_uid, series_uid FROM "
                                                  "instances WHERE last_access_utc < ?"));
        old.addBindValue(cutoff);
        if (old.exec()) {
            while (old.next()) {
                const QString sop = old.value(0).toString();
                if (removeEntry(
                        sop, instanceFile(old.value(1).toString(), old.value(2).toString(), sop)))
                    ++evicted;
            }
        }
    }
    qint64 total = totalBytes();
    if (total <= m_settings.budgetBytes)
        return evicted;
    QSqlQuery lru =
        prepared(m_connection, QStringLiteral("SELECT sop_uid, study_uid, series_uid, size FROM "
                                              "instances WHERE study_uid <> ? ORDER BY "
                                              "last_access_utc ASC"));
    // A null QString binds as SQL NULL, and `study_uid <> NULL` matches nothing.
    lru.addBindValue(pinnedStudy.isNull() ? QStringLiteral("") : pinnedStudy);
    if (!lru.exec())
        return sqlError(QObject::tr("The image cache index cannot be read"), lru);
    QList<std::tuple<QString, QString, qint64>> victims;
    while (total > m_settings.budgetBytes && lru.next()) {
        const QString sop = lru.value(0).toString();
        victims.append({sop, instanceFile(lru.value(1).toString(), lru.value(2).toString(), sop),
                        lru.value(3).toLongLong()});
        total -= lru.value(3).toLongLong();
    }
    lru.finish();
    for (const auto& [sop, path, size] : victims) {
        if (const Status removed = removeEntry(sop, path); !removed)
            return removed.error();
        ++evicted;
    }
    m_totalBytes = -1;
    if (evicted > 0)
        qCInfo(lcCache) << "Evicted" << evicted << "cached instances to stay within the budget";
    return evicted;
}

Status ImageCache::settle(const std::function<void()>& duringSync) {
    return CacheDurability::settle(m_connection, m_epoch, pathOf(), duringSync);
}

bool ImageCache::hasUnsettled() const {
    return CacheDurability::hasUnsettled(m_connection, m_epoch);
}

CacheDurability::PathOf ImageCache::pathOf() const {
    return [root = m_root](const QString& study, const QString& series, const QString& sop) {
        return instanceFile(root, study, series, sop);
    };
}

CacheVerifyReport ImageCache::verify(bool repair) {
    CacheVerifyReport report;
    QSet<QString> known;
    QList<QPair<QString, QString>> bad; // sop, path
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.exec(QStringLiteral("SELECT sop_uid, study_uid, series_uid, sha256 FROM instances"));
        while (q.next()) {
            const QString sop = q.value(0).toString();
            const QString path = instanceFile(q.value(1).toString(), q.value(2).toString(), sop);
            known.insert(QFileInfo(path).absoluteFilePath());
            ++report.checked;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                report.missing << sop;
                bad.append({sop, path});
                continue;
            }
            if (!ContentChecksum::matches(q.value(3).toByteArray(), &file)) {
                report.corrupt << sop;
                bad.append({sop, path});
            }
        }
    }
    QDirIterator it(m_root + QStringLiteral("/instances"), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    const QDateTime inFlight = m_clock.nowUtc().addSecs(-kArrivingSeconds);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        const QString path = file.absoluteFilePath();
        // A temp file written within the hour may be an image arriving now (a retrieval or the
        // receiving node of another Sightline): not an orphan yet.
        if (AtomicFile::isTempName(file.fileName()) && file.lastModified().toUTC() > inFlight)
            continue;
        if (!known.contains(path))
            report.orphans << path;
    }
    if (repair) {
        for (const auto& [sop, path] : std::as_const(bad))
            removeEntry(sop, path);
        for (const QString& path : std::as_const(report.orphans))
            QFile::remove(path);
        report.repaired = true;
    }
    return report;
}

Status ImageCache::purgeStudy(const QString& study) {
    m_totalBytes = -1;
    if (!isValidUid(study))
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("Not a DICOM UID: %1").arg(study));
    for (const QString& table : {QStringLiteral("instances"), QStringLiteral("complete_series"),
                                 QStringLiteral("complete_studies")}) {
        QSqlQuery q =
            prepared(m_connection, QStringLiteral("DELETE FROM %1 WHERE study_uid=?").arg(table));
        q.addBindValue(study);
        if (!q.exec())
            return sqlError(QObject::tr("The image cache index could not drop an entry"), q);
    }
    QDir(QStringLiteral("%1/instances/%2").arg(m_root, study)).removeRecursively();
    return Done{};
}

Status ImageCache::purgeAll() {
    m_totalBytes = -1;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("DELETE FROM instances")) ||
        !q.exec(QStringLiteral("DELETE FROM unsettled")) ||
        !q.exec(QStringLiteral("DELETE FROM complete_series")) ||
        !q.exec(QStringLiteral("DELETE FROM complete_studies")))
        return sqlError(QObject::tr("The image cache index could not drop an entry"), q);
    QDir(m_root + QStringLiteral("/instances")).removeRecursively();
    QDir(m_root + QStringLiteral("/thumbnails")).removeRecursively();
    QDir().mkpath(m_root + QStringLiteral("/instances"));
    QDir().mkpath(m_root + QStringLiteral("/thumbnails"));
    return Done{};
}

} // namespace sightline
