#pragma once
// DICOM TLS for an association Sightline requests (PS3.15 B.9, the non-downgrading BCP 195
// profile: TLS 1.2 or later): DCMTK's dcmtls transport layer, set to require the node's
// certificate, to trust the system's certificate authorities and those of the node's CA file,
// and to check that the certificate names the host Sightline connects to — DCMTK itself checks
// only the chain; Sightline's own certificate is shown when the node's settings give one
// (DicomTlsIdentity). Inside core/dicom, like the rest of DCMTK.

#include "common/Result.h"
#include "servers/DicomNodeAddress.h"

#include <QCoreApplication>

#include <memory>

class DcmTLSTransportLayer;
class OFCondition;

namespace sightline {

class DicomTls {
    Q_DECLARE_TR_FUNCTIONS(DicomTls)
public:
    // The transport layer for an association with `node` (node.tls set), or why there is none
    // (a CA file that cannot be read).
    static Result<std::shared_ptr<DcmTLSTransportLayer>>
    requestorLayer(const DicomNodeAddress& node);
    // A sentence for a failed TLS handshake, or for a node that refused Sightline's certificate
    // (or wanted one), or empty when `condition` is no TLS failure. Reads the TLS alerts the
    // node sent from OpenSSL's queue of the calling thread: call it on the association's.
    static QString handshakeFailure(const OFCondition& condition, const DicomNodeAddress& node);
};

} // namespace sightline
