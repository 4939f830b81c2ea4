#pragma once
// One study on its way into the image cache, as RetrievalWorker drives it whatever the protocol:
// DICOMweb (StudyRetriever) or a DICOM node's C-GET (DimseStudyRetriever). Lives on the
// retrieval worker thread; emits finished() once, with the outcome, after start().

#include "dicom/DicomHeader.h"
#include "imaging/RetrieveRequest.h"

#include <QImage>
#include <QObject>

namespace sightline {

class ImageRetriever : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start(const sightline::RetrieveRequest& request) = 0;
    // Stops it; finished() follows with an outcome marked cancelled, keeping what was stored.
    virtual void cancel() = 0;

signals:
    void progress(const sightline::RetrieveProgress& progress);
    void seriesFinished(const QString& seriesUid, const QImage& thumbnail);
    // A series asked for is whole in the cache (in place, indexed, marked complete) while the
    // rest of the retrieval goes on; its images were compared with the patient (a mismatch came
    // first through mismatchFound()). A viewer waiting for it need not wait for the rest.
    void seriesComplete(const QString& seriesUid);
    void mismatchFound(const sightline::PatientMismatch& mismatch);
    void finished(const sightline::RetrieveOutcome& outcome);

protected:
    // The first stored instance's patient compared with the one expected, once (`checked`): a
    // mismatch goes into `outcome` and out through mismatchFound(). From any thread.
    void comparePatientOnce(const RetrieveRequest& request, const DicomHeader& header,
                            bool& checked, RetrieveOutcome& outcome);
};

} // namespace sightline
