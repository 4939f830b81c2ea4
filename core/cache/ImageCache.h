#pragma once
// Sightline's on-disk image cache: DICOM instances stored by SOP Instance UID under
// study/series folders, series thumbnails, and an SQLite index (patient, study, series,
// instance, size, source server, last access, checksum). Writes are atomic (temp file, rename,
// then the index row; made durable moments later, see CacheDurability), so a crash, a power cut
// or a full disk never leaves a half-written entry that is served. A size budget is kept by
// evicting the least recently used instances; a TTL drops old entries; verify() finds (and repairs)
// missing, changed or orphaned files. UIDs are checked before they become paths, so nothing can
// escape the cache folder.
//
// Thread-safety: one ImageCache object per thread (each opens its own SQLite connection);
// several objects on the same folder work together through SQLite's locking (WAL).

#include "common/Clock.h"
#include "common/Result.h"
#include "dicom/DicomHeader.h"
#include "dicom/ReceivedFile.h"

#include <QDateTime>
#include <QImage>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace sightline {

struct CacheSettings {
    qint64 budgetBytes = 20LL * 1024 * 1024 * 1024; // 20 GiB
    int ttlDays = 30;                               // 0: keep until evicted for space
    bool operator==(const CacheSettings&) const = default;
};

// An instance written to disk but not yet in the index (see writeInstance / indexInstances).
struct CachedFile {
    DicomHeader header;
    QString path;
    // Written beside `path`, not in place until indexInstances() puts it there with the rest of
    // its batch (made durable moments later: CacheDurability).
    QString pendingTemp;
    qint64 size = 0;
    QByteArray checksum; // ContentChecksum's value of the whole file
    QString sourceServer;
};

// One cached instance as the gateway serves it.
struct CachedInstance {
    QString studyUid;
    QString seriesUid;
    QString sopUid;
    QString path;
    qint64 size = 0;
    QString transferSyntaxUid; // as stored
};

struct CacheStats {
    qint64 instances = 0;
    qint64 series = 0;
    qint64 studies = 0;
    qint64 patients = 0;
    qint64 bytes = 0;
    qint64 budgetBytes = 0;
    QDateTime oldestAccessUtc;
};

struct CacheVerifyReport {
    qint64 checked = 0;
    QStringList missing;   // indexed, but the file is gone
    QStringList corrupt;   // the file no longer matches its checksum
    QStringList orphans;   // files (and temp leftovers) the index does not know
    bool repaired = false; // the above were removed from index and disk
    bool ok() const { return missing.isEmpty() && corrupt.isEmpty() && orphans.isEmpty(); }
};

class ImageCache {
public:
    // `clock` dates every access (LRU order, TTL); it must outlive the cache.
    explicit ImageCache(QString root, CacheSettings settings = {},
                        const Clock& clock = Clock::system());
    ~ImageCache();
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    static QString defaultRoot();
    // A UID as archives serve them: digits in non-empty dot-separated components (leading
    // zeros allowed), at most kLongestUid characters; never a path that leaves the cache.
    static constexpr int kLongestUid = 128;
    static bool isValidUid(const QString& uid);

    QString openError() const { return m_openError; }
    // Opens the index again after a failure (a folder that can now be made, a disk mounted
    // since); the object, and pointers to it, stay valid. True when it is open.
    bool retryOpen();
    const QString& root() const { return m_root; }

    // Stores one instance; `pinnedStudy` (the study being retrieved) is never evicted to make
    // room for itself. Equivalent to writeInstance() then indexInstances().
    Status store(const DicomHeader& header, const QByteArray& part10, const QString& sourceServer,
                 const QString& pinnedStudy = {});
    // The two halves of store(), so retrievals can write files on several threads and index
    // them in batches. writeInstance touches no shared state: call it from any thread, also
    // concurrently. indexInstances records a batch in one transaction (this object's thread).
    static Result<CachedFile> writeInstance(const QString& root, const DicomHeader& header,
                                            const QByteArray& part10, const QString& sourceServer);
    // The same for an object received into a file of incomingFolder(root) (streamed from the
    // network, its bytes hashed on the way): moved beside its place instead of written.
    static Result<CachedFile> adoptInstance(const QString& root, const DicomHeader& header,
                                            const ReceivedFile& received,
                                            const QString& sourceServer);
    // Where received objects are written before they are taken (same filesystem as the cache).
    static QString incomingFolder(const QString& root);
    // How long a temp file there may still be arriving (a large object on a slow link); older
    // ones are what a crash left.
    static constexpr int kArrivingSeconds = 3600;
    Status indexInstances(const QList<CachedFile>& files, const QString& pinnedStudy = {});
    // Indexed instances may wait for the disk (CacheDurability): `handler` is called after each
    // batch that does, so a settle can be arranged (CacheConnections' settler).
    void setOnUnsettled(std::function<void()> handler) { m_onUnsettled = std::move(handler); }
    // Makes every instance indexed so far durable and unmarks it (CacheDurability::settle;
    // `duringSync` is for tests).
    Status settle(const std::function<void()>& duringSync = {});
    bool hasUnsettled() const;
    // Whether instances are indexed before they are durable (the epoch is known).
    bool defersDurability() const { return !m_epoch.isEmpty(); }
    bool contains(const QString& sopInstanceUid) const;
    // The cached file's path; records the access (LRU). Empty when not cached.
    QString instancePath(const QString& sopInstanceUid);
    Result<QByteArray> read(const QString& sopInstanceUid);
    QSet<QString> cachedInstances(const QString& seriesInstanceUid) const;
    qint64 cachedInstanceCount(const QString& studyInstanceUid) const;
    QStringList cachedStudies() const;
    // Instances of a study (or one series of it), ordered by series then SOP Instance UID.
    QList<CachedInstance> instancesOf(const QString& studyInstanceUid,
                                      const QString& seriesInstanceUid = {}) const;
    std::optional<CachedInstance> instance(const QString& sopInstanceUid) const;
    // The patient a cached study's instances name (PatientID, PatientName), when it is cached.
    std::optional<QPair<QString, QString>> patientOf(const QString& studyInstanceUid) const;

    // What the server listed when a series (or a whole study) was last retrieved completely.
    // Series- and study-level requests are answered from the cache only while everything
    // listed is still here, so eviction never makes the cache answer with half a series.
    Status markSeriesComplete(const QString& studyInstanceUid, const QString& seriesInstanceUid,
                              int instanceCount);
    Status markStudyComplete(const QString& studyInstanceUid, int seriesCount);
    bool isSeriesComplete(const QString& seriesInstanceUid) const;
    bool isStudyComplete(const QString& studyInstanceUid) const;
    QStringList completeSeries(const QString& studyInstanceUid) const;

    Status storeThumbnail(const QString& seriesInstanceUid, const QImage& image);
    QImage thumbnail(const QString& seriesInstanceUid) const;
    // Where a series' thumbnail is kept under a cache root (empty for a UID that is not one):
    // for readers off this object's thread.
    static QString thumbnailPath(const QString& root, const QString& seriesInstanceUid);
    // The folder a study's instances are kept in under a cache root (its series are folders
    // in it), for programs that read a study from disk; empty for a UID that is not one, so a
    // UID from a server never names a folder outside the cache.
    static QString studyFolder(const QString& root, const QString& studyInstanceUid);

    CacheStats stats() const;
    CacheVerifyReport verify(bool repair);
    // Evicts least recently used instances until the budget holds (and everything past the TTL).
    Result<qint64> enforceBudget(const QString& pinnedStudy = {});
    Status purgeStudy(const QString& studyInstanceUid);
    Status purgeAll();
    void setSettings(const CacheSettings& settings) { m_settings = settings; }
    // Another connection changed the cache (emptied it): count the bytes again when needed.
    void forgetTotals() { m_totalBytes = -1; }
    const CacheSettings& settings() const { return m_settings; }

private:
    void open();
    // What the index will say of an instance (its place from its UIDs, which must be valid);
    // the file itself is the caller's to put beside that place.
    static Result<CachedFile> entryFor(const QString& root, const DicomHeader& header, qint64 size,
                                       const QByteArray& checksum, const QString& sourceServer);
    static QString instanceFile(const QString& root, const QString& study, const QString& series,
                                const QString& sop);
    QString instanceFile(const QString& study, const QString& series, const QString& sop) const {
        return instanceFile(m_root, study, series, sop);
    }
    qint64 totalBytes();
    std::function<QString(const QString&, const QString&, const QString&)> pathOf() const;
    Status removeEntry(const QString& sop, const QString& path);
    QString nowText() const;

    QString m_root;
    CacheSettings m_settings;
    const Clock& m_clock;
    QString m_connection;
    QString m_openError;
    qint64 m_totalBytes = -1; // kept up to date after the first SUM; -1: not known yet
    std::function<void()> m_onUnsettled;
    QString m_epoch; // CacheDurability::epochOf(m_root); empty: every batch durable at once
};

} // namespace sightline
