#include "exporting/StudyArchive.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// A study as one ZIP archive (what OsiriX/Horos download): another program (libarchive, through
// CMake) unpacks it and every CRC and byte comes back.
class TestStudyArchive : public QObject {
    Q_OBJECT

private slots:
    void studyArchiveIsAValidZip() {
        QTemporaryDir dir;
        QList<StudyArchive::Entry> entries;
        QList<QByteArray> contents;
        for (int i = 0; i < 3; ++i) {
            QByteArray bytes(100000 * (i + 1) + i, '\0');
            for (int k = 0; k < bytes.size(); ++k)
                bytes[k] = char((k * (i + 3)) ^ (k >> 7));
            QFile f(dir.filePath(QString("f%1.dcm").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            contents << bytes;
            entries.append({QString("1.2.%1/1.2.%1.%1.dcm").arg(i), f.fileName(), bytes.size()});
        }
        // Read in order in small pieces, and once out of order (the CRCs come from the files then).
        for (const bool outOfOrder : {false, true}) {
            auto archive = StudyArchive::create(entries);
            QVERIFY(archive);
            QByteArray zip(archive->size(), '\0');
            const auto fill = [&](qint64 from, qint64 to) {
                qint64 at = from;
                return archive->write(from, to - from, [&](const char* d, qint64 n) {
                    memcpy(zip.data() + at, d, size_t(n));
                    at += n;
                    return true;
                });
            };
            if (outOfOrder) {
                QVERIFY(fill(archive->size() / 2, archive->size()));
                QVERIFY(fill(0, archive->size() / 2));
            } else {
                for (qint64 at = 0; at < archive->size(); at += 4093)
                    QVERIFY(fill(at, std::min(archive->size(), at + 4093)));
            }
            const QString path = dir.filePath(outOfOrder ? "b.zip" : "a.zip");
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(zip);
            out.close();
            // libarchive (through CMake) reads it back and checks every CRC.
            const QString unpacked = dir.filePath(outOfOrder ? "b" : "a");
            QDir().mkpath(unpacked);
            QProcess tar;
            tar.setWorkingDirectory(unpacked);
            tar.start(CMAKE_COMMAND, {"-E", "tar", "xf", path});
            QVERIFY(tar.waitForFinished(30000));
            QVERIFY2(tar.exitCode() == 0, tar.readAllStandardError().constData());
            for (int i = 0; i < 3; ++i) {
                QFile back(unpacked + '/' + entries[i].name);
                QVERIFY(back.open(QIODevice::ReadOnly));
                QCOMPARE(back.readAll(), contents[i]);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStudyArchive)
#include "TestStudyArchive.moc"
