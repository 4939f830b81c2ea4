#pragma once
// One DICOM association with a node (PS3.8), through DCMTK's dcmnet: negotiated for the SOP
// classes a task needs, then used for C-ECHO and C-FIND, and released (or aborted) when this
// object goes. Every failure becomes an Error with a sentence a person can act on: which of the
// node's settings to check (called or calling AE title, host and port, what the node accepts),
// and DCMTK's own words in the details. Blocking with bounded timeouts: use it on a worker
// thread, never the GUI thread. Not thread-safe; one object per association.

#include "common/Result.h"
#include "dicom/ReceivedFile.h"
#include "servers/DicomNodeAddress.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace sightline {

// How the node answered an association request it refused (A-ASSOCIATE-RJ, PS3.8 9.3.4).
struct AssociationRejection {
    int result = 0; // 1 permanent, 2 transient
    int source = 0; // 1 service user, 2 service provider (ACSE), 3 service provider (presentation)
    int reason = 0; // meaning depends on the source
};

class DimseAssociation {
    Q_DECLARE_TR_FUNCTIONS(DimseAssociation)
public:
    explicit DimseAssociation(DicomNodeAddress node);
    ~DimseAssociation(); // releases an open association
    DimseAssociation(const DimseAssociation&) = delete;
    DimseAssociation& operator=(const DimseAssociation&) = delete;

    // Negotiates an association proposing each SOP class (abstract syntax UID) with the
    // uncompressed transfer syntaxes; fails unless the node accepts at least one of them. With
    // `receive`, also the common storage SOP classes in every transfer syntax Sightline keeps,
    // with Sightline as their SCP (SCP/SCU role selection), for C-GET.
    enum class Receive { No, Instances };
    Status open(const QStringList& sopClasses, Receive receive = Receive::No);
    // The SOP classes the node accepted.
    QStringList accepted() const;
    // Whether each message goes out at once, not held back by Nagle's algorithm (diagnostics).
    bool sendsEachMessageAtOnce() const;
    void release();

    // C-ECHO (Verification).
    Status echo();

    // One attribute of a C-FIND identifier: a value to match (wildcards, ranges as DICOM allows)
    // or, empty, an attribute to return.
    struct QueryKey {
        quint16 group = 0;
        quint16 element = 0;
        QString value;
    };
    // C-FIND with `model` (a FIND SOP class UID) at `level` ("PATIENT", "STUDY", "SERIES",
    // "IMAGE"): each match goes to `onMatch` as DICOM JSON (PS3.18 F.2, text in UTF-8) while the
    // answers arrive. Stops with a C-CANCEL when `onMatch` returns false or `cancelled` is set;
    // returns the number of matches, or the node's failure.
    using MatchCallback = std::function<bool(const QJsonObject& match)>;
    Result<int> find(const QString& model, const QString& level, const QList<QueryKey>& keys,
                     const MatchCallback& onMatch, const std::atomic_bool* cancelled = nullptr);

    // C-GET (Study Root) of a study, one series of it, or some instances of that series: the
    // node sends each instance back on this association (C-STORE sub-operations). Each is
    // streamed into a file in `receiveFolder` (Part 10, in the transfer syntax the node sent;
    // never held in memory whole) and handed to `onInstance`, which takes it (moves the file
    // away) or not: the file is removed after it, and the answer (stored or not) goes back to
    // the node. One that arrived whole but could not be written reaches `onInstance` as the
    // disk's error (Error::Kind::Storage). Stops with a C-CANCEL when `cancelled` is set. Needs
    // open(…, Receive::Instances).
    struct GetOutcome {
        int received = 0; // handed to onInstance
        int stored = 0;   // onInstance said stored
        int failed = 0;   // the node's count of sub-operations that failed
        int warnings = 0;
        bool cancelled = false;
    };
    using InstanceCallback = std::function<bool(const Result<ReceivedFile>& received)>;
    Result<GetOutcome> get(const QString& studyUid, const QString& seriesUid,
                           const QStringList& instanceUids, const QString& receiveFolder,
                           const InstanceCallback& onInstance,
                           const std::atomic_bool* cancelled = nullptr);

    // C-MOVE (Study Root) of a study, a series or some images to `destinationAeTitle`: the node
    // opens an association of its own to that AE (registered at the node with its address and
    // port) and sends the images there. Stops with a C-CANCEL when `cancelled` is set.
    struct MoveOutcome {
        int completed = 0; // the node's counts of sub-operations
        int failed = 0;
        int warnings = 0;
        bool cancelled = false;
    };
    Result<MoveOutcome> move(const QString& studyUid, const QString& seriesUid,
                             const QStringList& instanceUids, const QString& destinationAeTitle,
                             const std::atomic_bool* cancelled = nullptr);

    // The sentence for a refused association (public for tests).
    static Error rejectionError(const AssociationRejection& rejection,
                                const DicomNodeAddress& node);
    // A C-FIND status that ended the query (public for tests): 0 is success.
    static QString findStatusText(quint16 status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sightline
