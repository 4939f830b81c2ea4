#include "common/AtomicFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace sightline;

// Whole files or none: write() in place at once; writePending() beside the target until
// publish() puts a batch in place (one sync per folder); failures leave no temp file behind
// and say what happened — a full disk as such (a small tmpfs of the test's own, when it may
// mount one).
class TestAtomicFile : public QObject {
    Q_OBJECT

    static QByteArray read(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QStringList filesUnder(const QString& dir) {
        QStringList found;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        return found;
    }

private slots:
    void writeReplacesWhole_data() {
        QTest::addColumn<AtomicFile::Durability>("durability");
        QTest::newRow("full") << AtomicFile::Durability::Full;
        QTest::newRow("data only") << AtomicFile::Durability::DataOnly;
        QTest::newRow("none") << AtomicFile::Durability::None;
    }
    void writeReplacesWhole() {
        QFETCH(AtomicFile::Durability, durability);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/settings.json"));
        QVERIFY(AtomicFile::write(path, "first", durability).ok());
        QVERIFY(AtomicFile::write(path, "second, longer", durability).ok());
        QCOMPARE(read(path), QByteArray("second, longer"));
        QCOMPARE(filesUnder(dir.path()), QStringList{path});
    }

    void pendingFilesAppearOnlyWhenPublished() {
        QTemporaryDir dir;
        QList<AtomicFile::Pending> batch;
        QStringList targets;
        for (int i = 0; i < 40; ++i) {
            const QString target =
                dir.filePath(QStringLiteral("series%1/instance%2.dcm").arg(i % 3).arg(i));
            const auto pending =
                AtomicFile::writePending(target, QByteArray(1000 + i, char('a' + i % 26)));
            QVERIFY2(pending.ok(), qPrintable(pending.error().toString()));
            QCOMPARE(pending.value().path, target);
            QVERIFY(AtomicFile::isTempName(pending.value().temp));
            QVERIFY(!QFile::exists(target));
            batch.append(pending.value());
            targets << target;
        }
        const Status published = AtomicFile::publish(batch);
        QVERIFY2(published.ok(), qPrintable(published.error().toString()));
        targets.sort();
        QCOMPARE(filesUnder(dir.path()), targets);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(
                read(dir.filePath(QStringLiteral("series%1/instance%2.dcm").arg(i % 3).arg(i))),
                QByteArray(1000 + i, char('a' + i % 26)));
        QVERIFY(AtomicFile::publish({}).ok());
    }

    // A file that cannot be put in place (a folder is in the way): an error naming it; it and
    // the files after it are not left as temp files, those before it are in place.
    void aFailedPublishLeavesNoTempFiles() {
        QTemporaryDir dir;
        QList<AtomicFile::Pending> batch;
        for (const char* name : {"one.dcm", "blocked.dcm", "three.dcm"})
            batch.append(AtomicFile::writePending(dir.filePath(QLatin1String(name)), name).value());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("blocked.dcm/inside")));
        const Status published = AtomicFile::publish(batch);
        QVERIFY(!published.ok());
        QVERIFY2(published.error().message.contains(QLatin1String("blocked.dcm")),
                 qPrintable(published.error().message));
        for (const QString& left : filesUnder(dir.path()))
            QVERIFY2(!AtomicFile::isTempName(left), qPrintable(left));
        QCOMPARE(read(dir.filePath(QStringLiteral("one.dcm"))), QByteArray("one.dcm"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("three.dcm"))));
    }

    // ENOSPC itself, on a 64 KiB tmpfs (needs the right to mount, as CI and root have).
    void aFullDiskIsSaid() {
        QTemporaryDir dir;
        const QByteArray mountPoint = QFile::encodeName(dir.path());
        if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=64k") != 0)
            QSKIP("cannot mount a small tmpfs here (not root)");
        const QByteArray big(256 * 1024, 'x');
        const Status written = AtomicFile::write(dir.filePath(QStringLiteral("big.dcm")), big);
        const auto pending =
            AtomicFile::writePending(dir.filePath(QStringLiteral("big2.dcm")), big);
        const QStringList left = filesUnder(dir.path());
        ::umount2(mountPoint.constData(), MNT_DETACH);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(QLatin1String("The disk is full")),
                 qPrintable(written.error().toString()));
        QVERIFY(!pending.ok());
        QVERIFY2(pending.error().message.contains(QLatin1String("The disk is full")),
                 qPrintable(pending.error().toString()));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
