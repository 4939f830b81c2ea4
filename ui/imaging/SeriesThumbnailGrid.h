#pragma once
// The series of one study as a grid of thumbnails with their modality, number, description
// and image count. Thumbnails are read from the image cache off the GUI thread (a study may
// have dozens of series); a placeholder stands until a thumbnail arrives, or says the series
// is not cached yet. Retrievals hand in fresh thumbnails with setThumbnail().

#include "imaging/ImagingStudyRecord.h"

#include <QImage>
#include <QListWidget>

namespace sightline {

class SeriesThumbnailGrid : public QListWidget {
    Q_OBJECT
public:
    explicit SeriesThumbnailGrid(const QString& cacheRoot, QWidget* parent = nullptr);

    // Replaces the grid with these series; their cached thumbnails follow shortly.
    void showSeries(const QList<ImagingSeriesRecord>& series);
    void clearSeries();
    void setThumbnail(const QString& seriesUid, const QImage& image);
    // The selected series, else the first one, else empty.
    QString currentOrFirstSeriesUid() const;
    QString currentSeriesUid() const;

signals:
    // Every cached thumbnail of the series last shown is in place (for tests and screenshots).
    void thumbnailsLoaded();

private:
    QString m_cacheRoot;
    // Counts showSeries()/clearSeries() calls: thumbnails read for an earlier list are dropped.
    quint64 m_generation = 0;
};

} // namespace sightline
