#include "imaging/SeriesThumbnailGrid.h"

#include "cache/ImageCache.h"
#include "common/BackgroundWork.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPainter>

namespace sightline {

namespace {
constexpr int kSeriesUidRole = Qt::UserRole + 2;

QIcon placeholderIcon(const QString& text) {
    QImage image(128, 128, QImage::Format_RGB32);
    image.fill(QColor(0x30, 0x30, 0x30));
    QPainter painter(&image);
    painter.setPen(QColor(0xc0, 0xc0, 0xc0));
    painter.drawText(image.rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, text);
    return QIcon(QPixmap::fromImage(image));
}
} // namespace

SeriesThumbnailGrid::SeriesThumbnailGrid(const QString& cacheRoot, QWidget* parent)
    : QListWidget(parent)
    , m_cacheRoot(cacheRoot) {
    setObjectName(QStringLiteral("seriesThumbnails"));
    setViewMode(QListView::IconMode);
    setIconSize(QSize(128, 128));
    setGridSize(QSize(170, 180));
    setResizeMode(QListView::Adjust);
    setWordWrap(true);
}

void SeriesThumbnailGrid::clearSeries() {
    ++m_generation;
    clear();
}

void SeriesThumbnailGrid::showSeries(const QList<ImagingSeriesRecord>& series) {
    clearSeries();
    const QIcon placeholder = placeholderIcon(tr("Not in the cache yet"));
    QStringList uids;
    for (const ImagingSeriesRecord& s : series) {
        // No count when the archive gave none (optional in a query), rather than "0 images".
        const QString label =
            s.numberOfInstances > 0
                ? tr("%1 %2\n%3 (%n image(s))", nullptr, s.numberOfInstances)
                      .arg(s.modality)
                      .arg(s.number)
                      .arg(s.description)
                : QStringLiteral("%1 %2\n%3").arg(s.modality).arg(s.number).arg(s.description);
        auto* item = new QListWidgetItem(placeholder, label.trimmed(), this);
        item->setData(kSeriesUidRole, s.uid);
        item->setToolTip(s.uid);
        uids << s.uid;
    }
    // PNG files read and decoded in the background; only QPixmap must be made here.
    using Thumbnails = QHash<QString, QImage>;
    auto* watcher = new QFutureWatcher<Thumbnails>(this);
    connect(watcher, &QFutureWatcher<Thumbnails>::finished, this,
            [this, watcher, generation = m_generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // another study is shown by now
                const Thumbnails thumbnails = watcher->result();
                for (auto it = thumbnails.cbegin(); it != thumbnails.cend(); ++it)
                    setThumbnail(it.key(), it.value());
                emit thumbnailsLoaded();
            });
    watcher->setFuture(runInBackground([root = m_cacheRoot, uids] {
        Thumbnails thumbnails;
        for (const QString& uid : uids) {
            const QString path = ImageCache::thumbnailPath(root, uid);
            if (path.isEmpty())
                continue;
            if (QImage image(path); !image.isNull())
                thumbnails.insert(uid, image);
        }
        return thumbnails;
    }));
}

void SeriesThumbnailGrid::setThumbnail(const QString& seriesUid, const QImage& image) {
    if (image.isNull())
        return;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kSeriesUidRole).toString() == seriesUid)
            item(i)->setIcon(QIcon(QPixmap::fromImage(image)));
    }
}

QString SeriesThumbnailGrid::currentSeriesUid() const {
    const QListWidgetItem* selected = currentItem();
    return selected ? selected->data(kSeriesUidRole).toString() : QString();
}

QString SeriesThumbnailGrid::currentOrFirstSeriesUid() const {
    if (const QString current = currentSeriesUid(); !current.isEmpty())
        return current;
    return count() > 0 ? item(0)->data(kSeriesUidRole).toString() : QString();
}

} // namespace sightline
