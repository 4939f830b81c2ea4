#include "dicom/DimseStore.h"

#include "dicom/DcmtkSupport.h"

#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmnet/assoc.h>

namespace sightline::dcmtk {

OFCondition receiveStoredObject(T_ASC_Association* association, int timeoutSeconds,
                                const T_DIMSE_C_StoreRQ& request,
                                T_ASC_PresentationContextID* context, QByteArray* part10) {
    DcmDataset* data = nullptr;
    const OFCondition received = DIMSE_receiveDataSetInMemory(
        association, DIMSE_NONBLOCKING, timeoutSeconds, context, &data, nullptr, nullptr);
    if (received.bad()) {
        delete data;
        return received;
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
