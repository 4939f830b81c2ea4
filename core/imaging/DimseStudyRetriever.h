#pragma once
// Retrieves a study (or some of its series) from a DICOM node into the image cache by C-GET,
// with the guarantees of a DICOMweb retrieval. The node's own C-FIND listing (series, then their
// instances) says what the study holds, so a first run asks for the study in one C-GET and a
// later one only for what is missing: a series with nothing cached whole, a partly cached one by
// its missing SOP Instance UIDs. Each instance is checked (DICOM to its end, this study), its
// patient compared once with the expected one, written atomically and indexed in batches, and
// the node is told which were stored; a thumbnail is made per series, and the cache calls a
// series or study complete only from a listing of all of it. Listing and retrieval share one
// association, whose work blocks: it runs on a thread of its own, while this object lives on
// the retrieval worker thread and reports through ImageRetriever's signals.

#include "cache/CacheConnections.h"
#include "imaging/ImageRetriever.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace sightline {

class DimseStudyRetriever : public ImageRetriever {
    Q_OBJECT
public:
    explicit DimseStudyRetriever(CacheConnections cache, QObject* parent = nullptr);
    ~DimseStudyRetriever() override; // cancels, then waits for the association's thread

    // `request.node` says where from.
    void start(const RetrieveRequest& request) override;
    void cancel() override;

private:
    class Run; // one retrieval, on the association's thread
    CacheConnections m_cache;
    std::atomic_bool m_cancelled = false; // by the user
    std::atomic_bool m_stop = false;      // the C-GET under way ends (cancelled, or disk failure)
    std::unique_ptr<QThread> m_thread;
};

} // namespace sightline
