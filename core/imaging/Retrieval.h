#pragma once
// One retrieval into the image cache as whoever asked for it sees it: its progress, series
// thumbnails, a patient mismatch, the outcome, and cancel(). Callers asking for a study that is
// already on its way get the same Retrieval. Made by ImagingService on its (the GUI) thread;
// deletes itself after finished(). Observers of every retrieval (the Studies panel showing a
// prefetch's progress) use ImagingService's signals instead.

#include "imaging/PatientMatch.h"
#include "imaging/StudyRetriever.h"

#include <QImage>
#include <QObject>

#include <functional>

namespace sightline {

class Retrieval : public QObject {
    Q_OBJECT
public:
    Retrieval(QString studyUid, std::function<void(const QString&)> cancel,
              QObject* parent = nullptr)
        : QObject(parent)
        , m_studyUid(std::move(studyUid))
        , m_cancel(std::move(cancel)) {}

    const QString& studyUid() const { return m_studyUid; }
    // Stops it; finished() follows with an outcome marked cancelled.
    void cancel() { m_cancel(m_studyUid); }

signals:
    void progress(const sightline::RetrieveProgress& progress);
    void seriesThumbnail(const QString& seriesUid, const QImage& image);
    void mismatchFound(const sightline::PatientMismatch& mismatch);
    void finished(const sightline::RetrieveOutcome& outcome);

private:
    QString m_studyUid;
    std::function<void(const QString&)> m_cancel;
};

} // namespace sightline
