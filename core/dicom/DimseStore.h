#pragma once
// Private to core/dicom: the two halves of taking a C-STORE sub-operation, which Sightline does
// as C-GET's storage SCP on its own association and as the receiving node (StorageScp): the
// request's data set streamed to a file, and the answer saying whether it was kept.

#include "dicom/ReceivedFile.h"

#include <QString>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dimse.h>

namespace sightline::dcmtk {

// The most one received object may hold: 2 GiB, above the largest single objects seen in
// practice (multi-frame tomosynthesis, enhanced CT). It is streamed to disk, so this bounds the
// disk one sender can fill with one object, not memory.
constexpr quint64 kMaxStoredObjectBytes = quint64(2) << 30;

// How receiving one object went.
enum class Receipt {
    Received,   // `file` holds it, whole
    NotWritten, // it arrived whole, but the disk refused it (`*problem` says why); the
                // association goes on and the sender can be told (out of resources)
    Unfileable, // it arrived whole, but cannot be kept as sent (`*problem` says why: a
                // transfer syntax Sightline cannot name in a file, or a data set on another
                // presentation context than its command's); the sender is told (cannot
                // understand)
    TooLarge,   // more than `maxBytes`: the connection was shut down at once (abort and drop
                // the association)
    BrokeOff,   // it did not arrive whole (the returned condition says why)
};

// Streams the data set that follows `request` on `association` into a new file in `folder`
// (`context` is set to the presentation context it came on). Nothing but a received file is
// left in `folder`: whatever does not end as Received is removed.
Receipt receiveStoredObject(T_ASC_Association* association, int timeoutSeconds,
                            const T_DIMSE_C_StoreRQ& request, T_ASC_PresentationContextID* context,
                            const QString& folder, quint64 maxBytes, ReceivedFile* file,
                            OFCondition* condition, QString* problem);
// The C-STORE-RSP to `request` with `status`.
OFCondition sendStoreResponse(T_ASC_Association* association, T_ASC_PresentationContextID context,
                              const T_DIMSE_C_StoreRQ& request, DIC_US status);

} // namespace sightline::dcmtk
