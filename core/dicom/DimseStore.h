#pragma once
// Private to core/dicom: the two halves of taking a C-STORE sub-operation, which Sightline does
// as C-GET's storage SCP on its own association and as the receiving node (StorageScp): the
// request's data set received as Part-10 bytes, and the answer saying whether it was kept.

#include <QByteArray>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dimse.h>

namespace sightline::dcmtk {

// The most one received object may hold in memory (a sender could otherwise exhaust it): 2 GiB,
// above the largest single objects seen in practice (multi-frame tomosynthesis, enhanced CT).
constexpr quint64 kMaxStoredObjectBytes = quint64(2) << 30;

// The data set that follows `request` on `association`, as Part-10 bytes in the transfer
// syntax of the presentation context it came on (`context` is set to it). `part10` is left
// empty when the data set arrived but cannot be written; a bad condition when it did not
// arrive whole. One larger than `maxBytes` is not taken: the connection is shut down at once
// (the association is then of no further use: abort and drop it), and `tooLarge` is set.
OFCondition receiveStoredObject(T_ASC_Association* association, int timeoutSeconds,
                                const T_DIMSE_C_StoreRQ& request,
                                T_ASC_PresentationContextID* context, QByteArray* part10,
                                quint64 maxBytes, bool* tooLarge);
// The C-STORE-RSP to `request` with `status`.
OFCondition sendStoreResponse(T_ASC_Association* association, T_ASC_PresentationContextID context,
                              const T_DIMSE_C_StoreRQ& request, DIC_US status);

} // namespace sightline::dcmtk
