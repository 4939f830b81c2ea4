#include "cache/ImageCache.h"
#include "imaging/SeriesThumbnailGrid.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestSeriesThumbnailGrid : public QObject {
    Q_OBJECT

    static ImagingSeriesRecord series(const QString& uid, int number) {
        ImagingSeriesRecord s;
        s.uid = uid;
        s.number = number;
        s.modality = "CT";
        s.description = "Series " + QString::number(number);
        s.numberOfInstances = 30;
        return s;
    }

    static QImage filled(QColor colour) {
        QImage image(128, 128, QImage::Format_RGB32);
        image.fill(colour);
        return image;
    }

    static QRgb centreOf(const QListWidgetItem* item) {
        const QImage icon = item->icon().pixmap(128, 128).toImage();
        return icon.pixel(icon.width() / 2, icon.height() / 2);
    }

private slots:
    // Cached thumbnails replace the placeholder once read (off the GUI thread); a series not
    // in the cache keeps the placeholder.
    void cachedThumbnailsReplaceThePlaceholder() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.storeThumbnail("1.2.3.1", filled(Qt::white)));
        SeriesThumbnailGrid grid(dir.path());
        QSignalSpy loaded(&grid, &SeriesThumbnailGrid::thumbnailsLoaded);
        grid.showSeries({series("1.2.3.1", 1), series("1.2.3.2", 2)});
        QCOMPARE(grid.count(), 2);
        QVERIFY(grid.item(1)->text().startsWith("CT 2\nSeries 2 (30 "));
        const QRgb placeholder = centreOf(grid.item(1));
        QVERIFY(qGray(placeholder) < 0x80);
        QVERIFY(loaded.wait());
        QCOMPARE(centreOf(grid.item(0)), QColor(Qt::white).rgb());
        QCOMPARE(centreOf(grid.item(1)), placeholder);
    }

    // Thumbnails read for a study that is no longer shown never land on the next one's items.
    void aStaleReadIsDropped() {
        QTemporaryDir dir;
        ImageCache cache(dir.path());
        QVERIFY(cache.storeThumbnail("1.2.3.1", filled(Qt::white)));
        SeriesThumbnailGrid grid(dir.path());
        QSignalSpy loaded(&grid, &SeriesThumbnailGrid::thumbnailsLoaded);
        grid.showSeries({series("1.2.3.1", 1)});
        grid.clearSeries();
        // The same series again but with the thumbnail gone meanwhile: only this read counts.
        QVERIFY(QFile::remove(ImageCache::thumbnailPath(dir.path(), "1.2.3.1")));
        grid.showSeries({series("1.2.3.1", 1)});
        const QRgb placeholder = centreOf(grid.item(0));
        QVERIFY(loaded.wait());
        QTest::qWait(50); // the first read, had it not been dropped, would have landed by now
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(centreOf(grid.item(0)), placeholder);
    }

    // A retrieval's fresh thumbnail; the selection names the series to open or inspect.
    void freshThumbnailsAndSelection() {
        QTemporaryDir dir;
        SeriesThumbnailGrid grid(dir.path());
        QCOMPARE(grid.currentOrFirstSeriesUid(), QString());
        grid.showSeries({series("1.2.3.1", 1), series("1.2.3.2", 2)});
        grid.setThumbnail("1.2.3.2", filled(Qt::red));
        grid.setThumbnail("1.2.3.1", QImage()); // nothing rendered: the placeholder stays
        QCOMPARE(centreOf(grid.item(1)), QColor(Qt::red).rgb());
        QVERIFY(qGray(centreOf(grid.item(0))) < 0x80);
        QCOMPARE(grid.currentSeriesUid(), QString());
        QCOMPARE(grid.currentOrFirstSeriesUid(), QString("1.2.3.1"));
        grid.setCurrentRow(1);
        QCOMPARE(grid.currentSeriesUid(), QString("1.2.3.2"));
        QCOMPARE(grid.currentOrFirstSeriesUid(), QString("1.2.3.2"));
    }

    // A UID that is not one names no file under the cache.
    void noPathForAnInvalidUid() {
        QCOMPARE(ImageCache::thumbnailPath("/cache", "../../etc/passwd"), QString());
        QCOMPARE(ImageCache::thumbnailPath("/cache", "1.2.3"),
                 QString("/cache/thumbnails/1.2.3.png"));
    }
};

QTEST_MAIN(TestSeriesThumbnailGrid)
#include "TestSeriesThumbnailGrid.moc"
