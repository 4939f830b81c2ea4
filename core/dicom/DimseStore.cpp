#include "dicom/DimseStore.h"

#include "dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmnet/assoc.h>

#include <sys/socket.h>

namespace sightline::dcmtk {

namespace {

struct SizeWatch {
    T_ASC_Association* association;
    quint64 maxBytes;
    bool tooLarge = false;
};

// DCMTK's progress callback, after each fragment received: past the limit, the connection is
// shut down (not closed: the descriptor stays DCMTK's, closed once when the association goes,
// so no other file or socket can take its number meanwhile). The next read then sees the end
// of the stream at once, and DCMTK ends the receipt with what it holds so far.
void watchSize(void* context, unsigned long received) {
    auto* watch = static_cast<SizeWatch*>(context);
    if (watch->tooLarge || received <= watch->maxBytes)
        return;
    watch->tooLarge = true;
    if (const int socket = socketOf(watch->association); socket >= 0)
        ::shutdown(socket, SHUT_RDWR);
}

} // namespace

OFCondition receiveStoredObject(T_ASC_Association* association, int timeoutSeconds,
                                const T_DIMSE_C_StoreRQ& request,
                                T_ASC_PresentationContextID* context, QByteArray* part10,
                                quint64 maxBytes, bool* tooLarge) {
    DcmDataset* data = nullptr;
    SizeWatch watch{association, maxBytes};
    const OFCondition received = DIMSE_receiveDataSetInMemory(
        association, DIMSE_NONBLOCKING, timeoutSeconds, context, &data, &watchSize, &watch);
    *tooLarge = watch.tooLarge;
    if (received.bad() || watch.tooLarge) {
        delete data;
        return received.bad() ? received : OFCondition(DIMSE_READPDVFAILED);
    }
    T_ASC_PresentationContext accepted;
    const char* transferSyntax = UID_LittleEndianImplicitTransferSyntax;
    if (ASC_findAcceptedPresentationContext(association->params, *context, &accepted).good())
        transferSyntax = accepted.acceptedTransferSyntax;
    *part10 =
        toPart10(data, request.AffectedSOPClassUID, request.AffectedSOPInstanceUID, transferSyntax);
    return received;
}

OFCondition sendStoreResponse(T_ASC_Association* association, T_ASC_PresentationContextID context,
                              const T_DIMSE_C_StoreRQ& request, DIC_US status) {
    T_DIMSE_Message reply{};
    reply.CommandField = DIMSE_C_STORE_RSP;
    T_DIMSE_C_StoreRSP& answer = reply.msg.CStoreRSP;
    answer.MessageIDBeingRespondedTo = request.MessageID;
    OFStandard::strlcpy(answer.AffectedSOPClassUID, request.AffectedSOPClassUID,
                        sizeof answer.AffectedSOPClassUID);
    OFStandard::strlcpy(answer.AffectedSOPInstanceUID, request.AffectedSOPInstanceUID,
                        sizeof answer.AffectedSOPInstanceUID);
    answer.DataSetType = DIMSE_DATASET_NULL;
    answer.opts = O_STORE_AFFECTEDSOPCLASSUID | O_STORE_AFFECTEDSOPINSTANCEUID;
    answer.DimseStatus = status;
    return DIMSE_sendMessageUsingMemoryData(association, context, &reply, nullptr, nullptr, nullptr,
                                            nullptr);
}

} // namespace sightline::dcmtk
