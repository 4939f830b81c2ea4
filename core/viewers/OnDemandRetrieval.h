#pragma once
// Brings a DICOM node's series into the image cache while a viewer waits for them. The gateway
// asks through the SeriesFetcher this hands it (from its HTTP threads); the retrievals run
// through ImagingService like any other (progress in the window, the audit trail, the patient
// check), one per study at a time: the series in the order viewers asked for them, those asked
// meanwhile gathered into the next, and each series served as soon as it is whole (not when the
// last series of its retrieval is). Nothing of a study is shown before its images have been
// compared with the viewer's patient (once per viewer and study, or by the retrieval that
// brought them); images that name another patient are held back (409) unless the user confirmed
// that mismatch when opening that very study, and a series a retrieval of ours is still
// bringing is not shown before that retrieval has compared it.
// GUI-thread object; the fetcher outlives it harmlessly (its requests then fail).

#include "imaging/ImagingStudyRecord.h"
#include "imaging/PatientMatch.h"
#include "servers/ServerProfile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace sightline {

class ImagingService;
class SeriesFetcher;
struct RetrieveOutcome;

class OnDemandRetrieval : public QObject {
    Q_OBJECT
public:
    explicit OnDemandRetrieval(ImagingService* imaging, QObject* parent = nullptr);
    ~OnDemandRetrieval() override; // requests still waiting fail

    std::shared_ptr<SeriesFetcher> fetcher() const;

    // A viewer opened on `study` of the DICOM node `server` (the patient's other studies it may
    // see come from the same node): whom its images must show, and whether the user confirmed
    // a known mismatch of `study` (of that study only).
    struct Viewer {
        ServerProfile server;
        ImagingStudyRecord study;
        PatientIdentity patient;
        bool mismatchConfirmed = false;
    };
    // The gateway source `sourceId` is that viewer's: its requests are served from now on.
    void serve(const QString& sourceId, const Viewer& viewer);

private:
    class Bridge;
    struct Waiter;
    struct Waiting {
        QString sourceId;
        QString series; // empty: the whole study
        std::shared_ptr<Waiter> waiter;
    };
    void request(const QString& sourceId, const QString& study, const QString& series,
                 const std::shared_ptr<Waiter>& waiter);
    void retrieveNext(const QString& study);
    void retrievalFinished(const QString& study, const RetrieveOutcome& outcome);
    void seriesArrived(const QString& study, const QString& series);
    void holdBack(const QString& study, const PatientMismatch& mismatch);
    bool isInCache(const QString& study, const QString& series) const;

    QPointer<ImagingService> m_imaging;
    std::shared_ptr<Bridge> m_bridge;
    QHash<QString, QList<Waiting>> m_waiting; // by study
    // The series each retrieval of ours was asked for (empty list: the whole study), by study.
    QHash<QString, QStringList> m_asked;
    // The series a running retrieval of ours announced whole before its end, by study.
    QHash<QString, QSet<QString>> m_arrived;
};

} // namespace sightline
