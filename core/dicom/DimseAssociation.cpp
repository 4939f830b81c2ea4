#include "dicom/DimseAssociation.h"

#include "dicom/DcmtkSupport.h"
#include "dicom/DicomTls.h"
#include "dicom/DimseStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcjson.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/dimse.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmtls/tlslayer.h>

#include <iterator>
#include <sstream>

namespace sightline {

struct DimseAssociation::Private {
    DicomNodeAddress node;
    bool answered = false; // the node accepted the association: it was there
    T_ASC_Network* network = nullptr;
    T_ASC_Association* association = nullptr;
    DIC_US nextMessageId = 1;
    std::shared_ptr<DcmTLSTransportLayer> tls; // DICOM TLS; outlives the network that uses it

    QString where() const { return node.display(); }

    void drop() {
        if (association) {
            ASC_destroyAssociation(&association);
            association = nullptr;
        }
        if (network) {
            ASC_dropNetwork(&network);
            network = nullptr;
        }
        tls.reset();
    }

    T_ASC_PresentationContextID contextFor(const QString& sopClass) const {
        return association ? ASC_findAcceptedPresentationContextID(association,
                                                                   sopClass.toLatin1().constData())
                           : 0;
    }

    // The words of a failure below DIMSE: the network, or the peer going away.
    Error transportError(const OFCondition& condition, const QString& doing) const {
        const QString text = QString::fromLocal8Bit(condition.text());
        const QString detail = QStringLiteral("%1: %2").arg(where(), text);
        if (text.contains(QLatin1String("refused"), Qt::CaseInsensitive))
            return Error::make(
                Error::Kind::Network,
                tr("Nothing accepts DICOM connections at %1:%2: check the node's host and port, "
                   "and that its DICOM service is running.")
                    .arg(node.host)
                    .arg(node.port),
                detail);
        if (text.contains(QLatin1String("timed out"), Qt::CaseInsensitive) ||
            text.contains(QLatin1String("timeout"), Qt::CaseInsensitive))
            return answered
                       ? Error::make(Error::Kind::Timeout,
                                     tr("%1 stopped answering while %2 (nothing came for %3 "
                                        "s): the node may be busy or the network interrupted. "
                                        "Try again later.")
                                         .arg(where(), doing)
                                         .arg(node.responseTimeoutSeconds),
                                     detail)
                       : Error::make(Error::Kind::Timeout,
                                     tr("%1 did not answer in time while %2: check the host and "
                                        "port, and that no firewall drops the connection.")
                                         .arg(where(), doing),
                                     detail);
        if ((condition.module() == OFM_dcmnet && condition.code() == DULC_UNKNOWNHOST) ||
            text.contains(QLatin1String("unknown host"), Qt::CaseInsensitive))
            return Error::make(
                Error::Kind::Network,
                tr("The host name %1 cannot be found: check the node's host.").arg(node.host),
                detail);
        if (condition == DUL_PEERABORTEDASSOCIATION || condition == DUL_PEERREQUESTEDRELEASE)
            return Error::make(Error::Kind::Network,
                               tr("%1 ended the association while %2.").arg(where(), doing),
                               detail);
        return Error::make(Error::Kind::Network,
                           tr("The DICOM exchange with %1 failed while %2.").arg(where(), doing),
                           detail);
    }
};

DimseAssociation::DimseAssociation(DicomNodeAddress node)
    : d(std::make_unique<Private>()) {
    dcmtk::configureOnce(); // DCMTK's log quiet: failures are reported as Errors
    d->node = std::move(node);
}

DimseAssociation::~DimseAssociation() {
    release();
}

Error DimseAssociation::rejectionError(const AssociationRejection& r,
                                       const DicomNodeAddress& node) {
    const QString where = node.display();
    const QString detail = QStringLiteral("A-ASSOCIATE-RJ result %1, source %2, reason %3")
                               .arg(r.result)
                               .arg(r.source)
                               .arg(r.reason);
    const bool transient = r.result == 2;
    QString message;
    if (r.source == 1) { // the called application itself
        switch (r.reason) {
        case 3:
            message = tr("%1 does not know Sightline's AE title %2: register %2 (this computer's "
                         "address) at the node, or set the calling AE title the node expects in "
                         "the node's settings.")
                          .arg(where, node.callingAeTitle);
            break;
        case 7:
            // Some nodes (DCMTK's dcmqrscp) also answer this way to callers they do not let in.
            message = tr("The node at %1:%2 does not answer to the AE title %3, at least not when "
                         "Sightline calls as %4: check the node's AE title (upper and lower case "
                         "count), and that the node lets %4 from this computer call it.")
                          .arg(node.host)
                          .arg(node.port)
                          .arg(node.calledAeTitle, node.callingAeTitle);
            break;
        case 2:
            message = tr("%1 does not support the DICOM application context Sightline proposes.")
                          .arg(where);
            break;
        default:
            message = tr("%1 refused the association without giving a reason: check that it "
                         "accepts Sightline's AE title %2 from this computer.")
                          .arg(where, node.callingAeTitle);
        }
    } else if (r.source == 3 && (r.reason == 1 || r.reason == 2)) {
        message =
            tr("%1 is busy (too many associations at once); try again in a moment.").arg(where);
    } else if (r.source == 2 && r.reason == 2) {
        message = tr("%1 does not support this DICOM protocol version.").arg(where);
    } else {
        message = tr("%1 refused the association.").arg(where);
    }
    if (transient && r.source != 3)
        message += QLatin1Char(' ') + tr("The node says the refusal is temporary.");
    return Error::make(transient ? Error::Kind::Network : Error::Kind::Authorization, message,
                       detail);
}

Status DimseAssociation::open(const QStringList& sopClasses, Receive receive) {
    release();
    const DicomNodeAddress& node = d->node;
    if (!DicomNodeAddress::isValidAeTitle(node.calledAeTitle) ||
        !DicomNodeAddress::isValidAeTitle(node.callingAeTitle))
        return Error::make(Error::Kind::InvalidInput,
                           tr("AE titles have 1 to 16 characters (letters, digits, spaces and "
                              "most punctuation, no backslash): check the called and calling AE "
                              "titles of %1.")
                               .arg(d->where()));
    if (node.host.isEmpty() || node.port == 0)
        return Error::make(Error::Kind::InvalidInput, tr("The node needs a host and a port."));
    if (const QString wrong = DicomNodeAddress::hostProblem(node.host); !wrong.isEmpty())
        return Error::make(Error::Kind::InvalidInput, wrong);
    // Connecting is bounded by the connect timeout (DCMTK's global; the same for every
    // association Sightline opens).
    dcmConnectionTimeout.set(node.connectTimeoutSeconds);
    OFCondition c =
        ASC_initializeNetwork(NET_REQUESTOR, 0, node.responseTimeoutSeconds, &d->network);
    if (c.bad())
        return d->transportError(c, tr("preparing the network"));
    if (node.tls) {
        auto layer = DicomTls::requestorLayer(node);
        if (!layer) {
            d->drop();
            return layer.error();
        }
        d->tls = layer.value();
        c = ASC_setTransportLayer(d->network, d->tls.get(), 0);
        if (c.bad()) {
            d->drop();
            return d->transportError(c, tr("preparing DICOM TLS"));
        }
    }
    T_ASC_Parameters* params = nullptr;
    c = ASC_createAssociationParameters(&params, long(node.maxPdu));
    if (c.bad()) {
        d->drop();
        return d->transportError(c, tr("preparing the association"));
    }
    ASC_setTransportLayerType(params, node.tls ? OFTrue : OFFalse);
    ASC_setAPTitles(params, node.callingAeTitle.toLatin1().constData(),
                    node.calledAeTitle.toLatin1().constData(), nullptr);
    const QByteArray peer = QStringLiteral("%1:%2").arg(node.host).arg(node.port).toLatin1();
    ASC_setPresentationAddresses(params, OFStandard::getHostName().c_str(), peer.constData());
    const char* syntaxes[] = {UID_LittleEndianExplicitTransferSyntax,
                              UID_BigEndianExplicitTransferSyntax,
                              UID_LittleEndianImplicitTransferSyntax};
    T_ASC_PresentationContextID id = 1;
    for (const QString& sopClass : sopClasses) {
        ASC_addPresentationContext(params, id, sopClass.toLatin1().constData(), syntaxes, 3);
        id += 2;
    }
    if (receive == Receive::Instances) {
        // What a node may send back: every transfer syntax Sightline stores as it comes (no
        // transcoding on the way), the uncompressed ones first.
        int keptCount = 0;
        const char* const* kept = dcmtk::keptTransferSyntaxes(&keptCount);
        // At most 128 contexts: the short list of storage classes fits beside the query ones.
        for (int i = 0; i < numberOfDcmShortSCUStorageSOPClassUIDs && id < 255; ++i, id += 2)
            ASC_addPresentationContext(params, id, dcmShortSCUStorageSOPClassUIDs[i],
                                       const_cast<const char**>(kept), keptCount, ASC_SC_ROLE_SCP);
    }
    c = ASC_requestAssociation(d->network, params, &d->association);
    if (c.bad()) {
        Error error;
        if (c == DUL_ASSOCIATIONREJECTED) {
            T_ASC_RejectParameters reject;
            ASC_getRejectParameters(params, &reject);
            error = rejectionError(
                {int(reject.result), int(reject.source), int(reject.reason & 0xff)}, node);
        } else if (const QString tls = node.tls ? DicomTls::handshakeFailure(c, node) : QString();
                   !tls.isEmpty()) {
            error = Error::make(
                Error::Kind::Network, tls,
                QStringLiteral("%1: %2").arg(d->where(), QString::fromLocal8Bit(c.text())));
        } else if (!node.tls && c == DUL_PEERABORTEDASSOCIATION) {
            // A node that speaks DICOM TLS on this port drops a plain association request.
            error = Error::make(Error::Kind::Network,
                                tr("%1 closed the connection before answering: if the node "
                                   "expects DICOM TLS on port %2, turn TLS on in its settings; "
                                   "otherwise check that this is its DICOM port.")
                                    .arg(d->where())
                                    .arg(node.port),
                                QString::fromLocal8Bit(c.text()));
        } else {
            error = d->transportError(c, tr("opening an association"));
        }
        if (!d->association)
            ASC_destroyAssociationParameters(&params);
        d->drop();
        return error;
    }
    if (ASC_countAcceptedPresentationContexts(params) == 0) {
        ASC_abortAssociation(d->association);
        d->drop();
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 accepted the association but none of what Sightline asked "
                              "for: %2. Check that the node offers these services to "
                              "Sightline's AE title.")
                               .arg(d->where(), sopClasses.join(QStringLiteral(", "))));
    }
    d->answered = true;
    dcmtk::sendAtOnce(d->association);
    return Done{};
}

bool DimseAssociation::sendsEachMessageAtOnce() const {
    return dcmtk::sendsAtOnce(d->association);
}

QStringList DimseAssociation::accepted() const {
    QStringList found;
    if (!d->association)
        return found;
    T_ASC_Parameters* params = d->association->params;
    const int count = ASC_countPresentationContexts(params);
    for (int i = 0; i < count; ++i) {
        T_ASC_PresentationContext context;
        if (ASC_getPresentationContext(params, i, &context).good() &&
            context.resultReason == ASC_P_ACCEPTANCE)
            found << QString::fromLatin1(context.abstractSyntax);
    }
    return found;
}

void DimseAssociation::release() {
    if (d->association) {
        if (ASC_releaseAssociation(d->association).bad())
            ASC_abortAssociation(d->association);
    }
    d->drop();
}

Status DimseAssociation::echo() {
    if (!d->contextFor(QString::fromLatin1(UID_VerificationSOPClass)))
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 does not accept C-ECHO (Verification).").arg(d->where()));
    DIC_US status = 0;
    DcmDataset* detail = nullptr;
    // Non-blocking: DCMTK applies the timeout only then.
    const OFCondition c = DIMSE_echoUser(d->association, d->nextMessageId++, DIMSE_NONBLOCKING,
                                         d->node.responseTimeoutSeconds, &status, &detail);
    delete detail;
    if (c.bad())
        return d->transportError(c, tr("waiting for the C-ECHO reply"));
    if (status != STATUS_Success)
        return Error::make(Error::Kind::Unsupported, tr("%1 answered C-ECHO with status %2.")
                                                         .arg(d->where())
                                                         .arg(status, 4, 16, QLatin1Char('0')));
    return Done{};
}

QString DimseAssociation::findStatusText(quint16 status) {
    if (status == 0x0000)
        return {};
    if (status == 0xFE00)
        return tr("the query was cancelled");
    if (status == 0xA700)
        return tr("the node is out of resources (the query may match too much: narrow it)");
    if (status == 0xA900)
        return tr("the node says the query does not fit its information model");
    if (status == 0x0122)
        return tr("the node does not support this query model");
    if ((status & 0xF000) == 0xC000)
        return tr("the node is unable to process the query (status %1)")
            .arg(status, 4, 16, QLatin1Char('0'));
    return tr("the node answered with status %1").arg(status, 4, 16, QLatin1Char('0'));
}

namespace {
struct FindProgress {
    const DimseAssociation::MatchCallback* onMatch;
    const std::atomic_bool* cancelled;
    T_ASC_Association* association;
    T_ASC_PresentationContextID context;
    int matches = 0;
    bool cancelSent = false;
};

QJsonObject toDicomJson(DcmDataset* data) {
    // Answers in other character sets become UTF-8, ISO 2022 (Japanese, Korean) included.
    dcmtk::convertToUtf8(*data);
    std::ostringstream out;
    DcmJsonFormatCompact format(OFFalse);
    if (data->writeJson(out, format).bad())
        return {};
    const std::string text = out.str();
    QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text));
    if (doc.isObject())
        return doc.object();
    // DCMTK writes the members without their enclosing braces for an item.
    doc = QJsonDocument::fromJson('{' + QByteArray::fromStdString(text) + '}');
    return doc.object();
}

void onFindResponse(void* data, T_DIMSE_C_FindRQ* request, int, T_DIMSE_C_FindRSP*,
                    DcmDataset* identifiers) {
    auto* progress = static_cast<FindProgress*>(data);
    if (progress->cancelSent || !identifiers)
        return;
    ++progress->matches;
    const bool more = (*progress->onMatch)(toDicomJson(identifiers));
    if (!more || (progress->cancelled && progress->cancelled->load())) {
        DIMSE_sendCancelRequest(progress->association, progress->context, request->MessageID);
        progress->cancelSent = true;
    }
}
} // namespace

Result<int> DimseAssociation::find(const QString& model, const QString& level,
                                   const QList<QueryKey>& keys, const MatchCallback& onMatch,
                                   const std::atomic_bool* cancelled) {
    const T_ASC_PresentationContextID context = d->contextFor(model);
    if (!context)
        return Error::make(
            Error::Kind::Unsupported,
            tr("%1 does not accept this kind of query (%2).").arg(d->where(), model));
    DcmDataset query;
    query.putAndInsertString(DCM_QueryRetrieveLevel, level.toLatin1().constData());
    // UTF-8 both ways: the query says so, and nodes that convert (DCMTK's dcmqrscp) answer in
    // it; other answers are converted here from whatever character set they name.
    query.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    for (const QueryKey& key : keys) {
        if (key.group == 0x0008 && key.element == 0x0005)
            continue;
        const QByteArray value = key.value.toUtf8();
        const OFCondition put =
            query.putAndInsertString(DcmTagKey(key.group, key.element), value.constData());
        if (put.bad())
            return Error::make(Error::Kind::InvalidInput,
                               tr("The query attribute (%1,%2) cannot be sent: %3")
                                   .arg(key.group, 4, 16, QLatin1Char('0'))
                                   .arg(key.element, 4, 16, QLatin1Char('0'))
                                   .arg(QString::fromLatin1(put.text())));
    }

    T_DIMSE_C_FindRQ request{};
    request.MessageID = d->nextMessageId++;
    OFStandard::strlcpy(request.AffectedSOPClassUID, model.toLatin1().constData(),
                        sizeof request.AffectedSOPClassUID);
    request.DataSetType = DIMSE_DATASET_PRESENT;
    request.Priority = DIMSE_PRIORITY_MEDIUM;
    FindProgress progress{&onMatch, cancelled, d->association, context};
    int responses = 0;
    T_DIMSE_C_FindRSP response{};
    DcmDataset* detail = nullptr;
    const OFCondition c = DIMSE_findUser(d->association, context, &request, &query, responses,
                                         onFindResponse, &progress, DIMSE_NONBLOCKING,
                                         d->node.responseTimeoutSeconds, &response, &detail);
    delete detail;
    if (c == DUL_PEERABORTEDASSOCIATION)
        // Orthanc, for one, accepts the association of a caller it does not know and aborts at
        // its first query.
        return Error::make(Error::Kind::Network,
                           tr("%1 ended the association at the query. Nodes do this most often "
                              "to callers they do not let query them: check that Sightline's AE "
                              "title %2 (this computer) is registered at the node and allowed to "
                              "query, then the node's log.")
                               .arg(d->where(), d->node.callingAeTitle),
                           QString::fromLocal8Bit(c.text()));
    if (c.bad())
        return d->transportError(c, tr("waiting for query results"));
    if (response.DimseStatus == STATUS_FIND_Cancel_MatchingTerminatedDueToCancelRequest &&
        progress.cancelSent)
        return progress.matches;
    if (response.DimseStatus != STATUS_Success)
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 did not complete the query: %2.")
                               .arg(d->where(), findStatusText(response.DimseStatus)));
    return progress.matches;
}

namespace {
// What a C-GET or C-MOVE asks for: a study, a series of it, or some images of that series (a
// list of UIDs in the level's unique key, PS3.4 C.2.2.2.2).
void retrieveIdentifier(DcmDataset& identifier, const QString& studyUid, const QString& seriesUid,
                        const QStringList& instanceUids) {
    const char* level = !instanceUids.isEmpty() ? "IMAGE"
                        : !seriesUid.isEmpty()  ? "SERIES"
                                                : "STUDY";
    identifier.putAndInsertString(DCM_QueryRetrieveLevel, level);
    identifier.putAndInsertString(DCM_StudyInstanceUID, studyUid.toLatin1().constData());
    if (!seriesUid.isEmpty())
        identifier.putAndInsertString(DCM_SeriesInstanceUID, seriesUid.toLatin1().constData());
    if (!instanceUids.isEmpty())
        identifier.putAndInsertString(DCM_SOPInstanceUID,
                                      instanceUids.join(QLatin1Char('\\')).toLatin1().constData());
}
} // namespace

Result<DimseAssociation::GetOutcome>
DimseAssociation::get(const QString& studyUid, const QString& seriesUid,
                      const QStringList& instanceUids, const QString& receiveFolder,
                      const InstanceCallback& onInstance, const std::atomic_bool* cancelled) {
    static const QString model = QStringLiteral("1.2.840.10008.5.1.4.1.2.2.3"); // Study Root GET
    const T_ASC_PresentationContextID context = d->contextFor(model);
    if (!context)
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 does not offer C-GET: retrieve by C-MOVE instead, or ask for "
                              "C-GET to be enabled for Sightline's AE title.")
                               .arg(d->where()));
    DcmDataset identifier;
    retrieveIdentifier(identifier, studyUid, seriesUid, instanceUids);

    T_DIMSE_Message request{};
    request.CommandField = DIMSE_C_GET_RQ;
    T_DIMSE_C_GetRQ& get = request.msg.CGetRQ;
    get.MessageID = d->nextMessageId++;
    OFStandard::strlcpy(get.AffectedSOPClassUID, model.toLatin1().constData(),
                        sizeof get.AffectedSOPClassUID);
    get.Priority = DIMSE_PRIORITY_MEDIUM;
    get.DataSetType = DIMSE_DATASET_PRESENT;
    OFCondition c = DIMSE_sendMessageUsingMemoryData(d->association, context, &request, nullptr,
                                                     &identifier, nullptr, nullptr);
    if (c.bad())
        return d->transportError(c, tr("asking for the images"));

    GetOutcome outcome;
    const int timeout = d->node.responseTimeoutSeconds;
    for (;;) {
        if (cancelled && cancelled->load() && !outcome.cancelled) {
            DIMSE_sendCancelRequest(d->association, context, get.MessageID);
            outcome.cancelled = true;
        }
        T_DIMSE_Message message{};
        T_ASC_PresentationContextID on = 0;
        DcmDataset* detail = nullptr;
        c = DIMSE_receiveCommand(d->association, DIMSE_NONBLOCKING, timeout, &on, &message,
                                 &detail);
        delete detail;
        if (c.bad())
            return d->transportError(c, tr("waiting for the images"));
        if (message.CommandField == DIMSE_C_STORE_RQ) {
            const T_DIMSE_C_StoreRQ store = message.msg.CStoreRQ;
            ReceivedFile received;
            QString notKept;
            const dcmtk::Receipt receipt =
                dcmtk::receiveStoredObject(d->association, timeout, store, &on, receiveFolder,
                                           dcmtk::kMaxStoredObjectBytes, &received, &c, &notKept);
            if (receipt == dcmtk::Receipt::TooLarge) {
                // The connection is shut down: this association is gone (reported as a
                // network failure, so the retrieval ends instead of asking it again).
                ASC_abortAssociation(d->association);
                d->drop();
                return Error::make(Error::Kind::Network,
                                   tr("%1 sent an image larger than %2, more than Sightline "
                                      "takes in one object; the retrieval was stopped.")
                                       .arg(d->where(), QLocale().formattedDataSize(
                                                            qint64(dcmtk::kMaxStoredObjectBytes))),
                                   QString::fromLatin1(store.AffectedSOPInstanceUID));
            }
            if (receipt == dcmtk::Receipt::BrokeOff)
                return d->transportError(c, tr("receiving an image"));
            ++outcome.received;
            bool stored = false;
            if (receipt == dcmtk::Receipt::Received) {
                stored = onInstance(received);
                QFile::remove(received.path); // still there: not taken
            } else {
                stored = onInstance(Error::make(receipt == dcmtk::Receipt::NotWritten
                                                    ? Error::Kind::Storage
                                                    : Error::Kind::MalformedData,
                                                notKept));
            }
            outcome.stored += stored ? 1 : 0;
            c = dcmtk::sendStoreResponse(d->association, on, store,
                                         stored ? STATUS_Success
                                                : STATUS_STORE_Refused_OutOfResources);
            if (c.bad())
                return d->transportError(c, tr("confirming an image"));
            continue;
        }
        if (message.CommandField != DIMSE_C_GET_RSP)
            return Error::make(
                Error::Kind::MalformedData,
                tr("%1 sent an unexpected DICOM message during C-GET.").arg(d->where()),
                QStringLiteral("command field %1").arg(message.CommandField));
        const T_DIMSE_C_GetRSP& answer = message.msg.CGetRSP;
        if (answer.opts & O_GET_NUMBEROFFAILEDSUBOPERATIONS)
            outcome.failed = answer.NumberOfFailedSubOperations;
        if (answer.opts & O_GET_NUMBEROFWARNINGSUBOPERATIONS)
            outcome.warnings = answer.NumberOfWarningSubOperations;
        if (answer.DimseStatus == STATUS_GET_Pending_SubOperationsAreContinuing)
            continue;
        if (answer.DimseStatus == STATUS_Success ||
            answer.DimseStatus == STATUS_GET_Cancel_SubOperationsTerminatedDueToCancelIndication ||
            answer.DimseStatus == STATUS_GET_Warning_SubOperationsCompleteOneOrMoreFailures)
            return outcome;
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 did not complete the C-GET (status %2).")
                               .arg(d->where())
                               .arg(answer.DimseStatus, 4, 16, QLatin1Char('0')));
    }
}

Result<DimseAssociation::MoveOutcome> DimseAssociation::move(const QString& studyUid,
                                                             const QString& seriesUid,
                                                             const QStringList& instanceUids,
                                                             const QString& destinationAeTitle,
                                                             const std::atomic_bool* cancelled) {
    static const QString model = QStringLiteral("1.2.840.10008.5.1.4.1.2.2.2"); // Study Root MOVE
    const T_ASC_PresentationContextID context = d->contextFor(model);
    if (!context)
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 does not offer C-MOVE to Sightline's AE title: retrieve by "
                              "C-GET instead, or ask for C-MOVE to be enabled.")
                               .arg(d->where()));
    DcmDataset identifier;
    retrieveIdentifier(identifier, studyUid, seriesUid, instanceUids);
    T_DIMSE_Message request{};
    request.CommandField = DIMSE_C_MOVE_RQ;
    T_DIMSE_C_MoveRQ& move = request.msg.CMoveRQ;
    move.MessageID = d->nextMessageId++;
    OFStandard::strlcpy(move.AffectedSOPClassUID, model.toLatin1().constData(),
                        sizeof move.AffectedSOPClassUID);
    OFStandard::strlcpy(move.MoveDestination, destinationAeTitle.toLatin1().constData(),
                        sizeof move.MoveDestination);
    move.Priority = DIMSE_PRIORITY_MEDIUM;
    move.DataSetType = DIMSE_DATASET_PRESENT;
    OFCondition c = DIMSE_sendMessageUsingMemoryData(d->association, context, &request, nullptr,
                                                     &identifier, nullptr, nullptr);
    if (c.bad())
        return d->transportError(c, tr("asking for the images"));
    MoveOutcome outcome;
    int quietSeconds = 0; // since the node's last answer
    for (;;) {
        if (cancelled && cancelled->load() && !outcome.cancelled) {
            DIMSE_sendCancelRequest(d->association, context, move.MessageID);
            outcome.cancelled = true;
        }
        T_DIMSE_Message message{};
        T_ASC_PresentationContextID on = 0;
        DcmDataset* detail = nullptr;
        // A second at a time, so that a cancel is sent while the node is still moving.
        c = DIMSE_receiveCommand(d->association, DIMSE_NONBLOCKING, 1, &on, &message, &detail);
        delete detail;
        if (c == DIMSE_NODATAAVAILABLE) {
            if (++quietSeconds < std::max(1, d->node.responseTimeoutSeconds))
                continue;
            return Error::make(Error::Kind::Timeout,
                               tr("%1 said nothing for %n second(s) while moving the images.",
                                  nullptr, quietSeconds)
                                   .arg(d->where()));
        }
        if (c.bad())
            return d->transportError(c, tr("waiting for the images to be moved"));
        quietSeconds = 0;
        if (message.CommandField != DIMSE_C_MOVE_RSP)
            return Error::make(
                Error::Kind::MalformedData,
                tr("%1 sent an unexpected DICOM message during C-MOVE.").arg(d->where()),
                QStringLiteral("command field %1").arg(message.CommandField));
        const T_DIMSE_C_MoveRSP& answer = message.msg.CMoveRSP;
        if (answer.opts & O_MOVE_NUMBEROFCOMPLETEDSUBOPERATIONS)
            outcome.completed = answer.NumberOfCompletedSubOperations;
        if (answer.opts & O_MOVE_NUMBEROFFAILEDSUBOPERATIONS)
            outcome.failed = answer.NumberOfFailedSubOperations;
        if (answer.opts & O_MOVE_NUMBEROFWARNINGSUBOPERATIONS)
            outcome.warnings = answer.NumberOfWarningSubOperations;
        if (answer.DimseStatus == STATUS_Pending)
            continue;
        if (answer.DimseStatus == STATUS_Success ||
            answer.DimseStatus == STATUS_MOVE_Cancel_SubOperationsTerminatedDueToCancelIndication ||
            answer.DimseStatus == STATUS_MOVE_Warning_SubOperationsCompleteOneOrMoreFailures)
            return outcome;
        if (answer.DimseStatus == STATUS_MOVE_Refused_MoveDestinationUnknown)
            return Error::make(Error::Kind::Unsupported,
                               tr("%1 does not know the move destination %2: register %2 at the "
                                  "node with this computer's address and the port of Sightline's "
                                  "receiving node, or retrieve by C-GET.")
                                   .arg(d->where(), destinationAeTitle),
                               QStringLiteral("C-MOVE status a801"));
        return Error::make(Error::Kind::Unsupported,
                           tr("%1 did not complete the C-MOVE (status %2).")
                               .arg(d->where())
                               .arg(answer.DimseStatus, 4, 16, QLatin1Char('0')));
    }
}

} // namespace sightline
