#include "cache/ImageCache.h"

#include "common/AtomicFile.h"
#include "common/LogCategories.h"

#include <QBuffer>
#include <QCryptographicHash>
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

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlQuery prepared(const QString& connection, const QString& sql) {
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(sql);
    return q;
}

Error sqlError(const QString& what, const QSqlQuery& q) {
    return Error::make(Error::Kind::Storage, what, q.lastError().text());
}

QByteArray sha256Of(QByteArrayView bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

QString ImageCache::defaultRoot() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/images");
}

bool ImageCache::isValidUid(const QString& uid) {
    static const QRegularExpression pattern(
        QStringLiteral("^(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*$"));
    return !uid.isEmpty() && uid.size() <= 64 && pattern.match(uid).hasMatch();
}

ImageCache::ImageCache(QString root, CacheSettings settings)
    : m_root(std::move(root))
    , m_settings(settings)
    , m_connection(QStringLiteral("sightline-cache-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    QDir().mkpath(m_root + QStringLiteral("/instances"));
    QDir().mkpath(m_root + QStringLiteral("/thumbnails"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_root + QStringLiteral("/index.db"));
    if (!db.open()) {
        m_openError = db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    for (const char* sql : {
             "PRAGMA journal_mode=WAL",
             "PRAGMA synchronous=NORMAL",
             "PRAGMA busy_timeout=5000",
             "CREATE TABLE IF NOT EXISTS instances (sop_uid TEXT PRIMARY KEY, study_uid TEXT NOT "
             "NULL, series_uid TEXT NOT NULL, patient_id TEXT, patient_name TEXT, size INTEGER NOT "
             "NULL, sha256 TEXT NOT NULL, source_server TEXT, transfer_syntax TEXT, stored_utc "
             "TEXT NOT NULL, last_access_utc TEXT NOT NULL)",
             "CREATE INDEX IF NOT EXISTS instances_series ON instances(series_uid)",
             "CREATE INDEX IF NOT EXISTS instances_study ON instances(study_uid)",
             "CREATE INDEX IF NOT EXISTS instances_access ON instances(last_access_utc)",
         }) {
        if (!q.exec(QString::fromLatin1(sql))) {
            m_openError = q.lastError().text();
            return;
        }
    }
}

ImageCache::~ImageCache() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ImageCache::instanceFile(const QString& study, const QString& series,
                                 const QString& sop) const {
    return QStringLiteral("%1/instances/%2/%3/%4.dcm").arg(m_root, study, series, sop);
}

Status ImageCache::store(const DicomHeader& header, const QByteArray& part10,
                         const QString& sourceServer, const QString& pinnedStudy) {
    if (!m_openError.isEmpty())
        return Error::make(Error::Kind::Storage, QObject::tr("The image cache cannot be opened"),
                           m_openError);
    for (const QString& uid :
         {header.studyInstanceUid, header.seriesInstanceUid, header.sopInstanceUid}) {
        if (!isValidUid(uid))
            return Error::make(Error::Kind::MalformedData,
                               QObject::tr("Refused to cache an instance with an invalid UID"),
                               uid.left(80));
    }
    const QString path =
        instanceFile(header.studyInstanceUid, header.seriesInstanceUid, header.sopInstanceUid);
    // The file first: the index row only ever points at a complete file.
    if (const Status written = AtomicFile::write(path, part10); !written)
        return written;
    QSqlQuery q =
        prepared(m_connection,
                 QStringLiteral("INSERT OR REPLACE INTO instances VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    const QString now = nowText();
    for (const QVariant& v :
         {QVariant(header.sopInstanceUid), QVariant(header.studyInstanceUid),
          QVariant(header.seriesInstanceUid), QVariant(header.patientId),
          QVariant(header.patientName), QVariant(qint64(part10.size())),
          QVariant(QString::fromLatin1(sha256Of(part10))), QVariant(sourceServer),
          QVariant(header.transferSyntaxUid), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec()) {
        QFile::remove(path);
        return sqlError(QObject::tr("The image cache index could not record an instance"), q);
    }
    if (const auto evicted =
            enforceBudget(pinnedStudy.isEmpty() ? header.studyInstanceUid : pinnedStudy);
        !evicted)
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

Status ImageCache::storeThumbnail(const QString& series, const QImage& image) {
    if (!isValidUid(series))
        return Error::make(Error::Kind::MalformedData,
                           QObject::tr("Refused to cache an instance with an invalid UID"), series);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return AtomicFile::write(QStringLiteral("%1/thumbnails/%2.png").arg(m_root, series), png);
}

QImage ImageCache::thumbnail(const QString& series) const {
    if (!isValidUid(series))
        return {};
    return QImage(QStringLiteral("%1/thumbnails/%2.png").arg(m_root, series));
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
    QSqlQuery q = prepared(m_connection, QStringLiteral("DELETE FROM instances WHERE sop_uid=?"));
    q.addBindValue(sop);
    if (!q.exec())
        return sqlError(QObject::tr("The image cache index could not drop an entry"), q);
    QFile::remove(path); // index first: a leftover file is an orphan verify() removes
    return Done{};
}

Result<qint64> ImageCache::enforceBudget(const QString& pinnedStudy) {
    qint64 evicted = 0;
    if (m_settings.ttlDays > 0) {
        const QString cutoff = QDateTime::currentDateTimeUtc()
                                   .addDays(-m_settings.ttlDays)
                                   .toString(Qt::ISODateWithMs);
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
    qint64 total = stats().bytes;
    if (total <= m_settings.budgetBytes)
        return evicted;
    QSqlQuery lru =
        prepared(m_connection, QStringLiteral("SELECT sop_uid, study_uid, series_uid, size FROM "
                                              "instances WHERE study_uid <> ? ORDER BY "
                                              "last_access_utc ASC"));
    lru.addBindValue(pinnedStudy);
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
    if (evicted > 0)
        qCInfo(lcCache) << "Evicted" << evicted << "cached instances to stay within the budget";
    return evicted;
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
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            if (hash.result().toHex() != q.value(3).toByteArray()) {
                report.corrupt << sop;
                bad.append({sop, path});
            }
        }
    }
    QDirIterator it(m_root + QStringLiteral("/instances"), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).absoluteFilePath();
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
    if (!isValidUid(study))
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("Not a DICOM UID: %1").arg(study));
    QSqlQuery q = prepared(m_connection, QStringLiteral("DELETE FROM instances WHERE study_uid=?"));
    q.addBindValue(study);
    if (!q.exec())
        return sqlError(QObject::tr("The image cache index could not drop an entry"), q);
    QDir(QStringLiteral("%1/instances/%2").arg(m_root, study)).removeRecursively();
    return Done{};
}

Status ImageCache::purgeAll() {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("DELETE FROM instances")))
        return sqlError(QObject::tr("The image cache index could not drop an entry"), q);
    QDir(m_root + QStringLiteral("/instances")).removeRecursively();
    QDir(m_root + QStringLiteral("/thumbnails")).removeRecursively();
    QDir().mkpath(m_root + QStringLiteral("/instances"));
    QDir().mkpath(m_root + QStringLiteral("/thumbnails"));
    return Done{};
}

} // namespace sightline
