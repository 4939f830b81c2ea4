#include "dicom/DicomTls.h"

#include "dicom/DicomTlsIdentity.h"

#include <QFileInfo>
#include <QHostAddress>

#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmtls/tlslayer.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <mutex>

namespace sightline {

Result<std::shared_ptr<DcmTLSTransportLayer>>
DicomTls::requestorLayer(const DicomNodeAddress& node) {
    static std::once_flag initialised;
    std::call_once(initialised, [] { DcmTLSTransportLayer::initializeOpenSSL(); });
    if (!node.tlsCaFile.isEmpty() && !QFileInfo(node.tlsCaFile).isReadable())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The CA certificate file %1 of %2 cannot be read: check the "
                              "node's DICOM TLS settings.")
                               .arg(node.tlsCaFile, node.display()));
    auto layer = std::make_shared<DcmTLSTransportLayer>(NET_REQUESTOR, nullptr, OFFalse);
    SSL_CTX* context = layer->getNativeHandle();
    const auto failed = [&node](const QString& doing, const OFCondition& why) {
        return Error::make(
            Error::Kind::Unsupported,
            tr("DICOM TLS with %1 cannot be prepared (%2).").arg(node.display(), doing),
            QString::fromLocal8Bit(why.text()));
    };
    if (!context)
        return Error::make(Error::Kind::Unsupported,
                           tr("DICOM TLS cannot be prepared: OpenSSL did not start."));
    if (const OFCondition c = layer->setTLSProfile(TSP_Profile_BCP195_ND); c.bad())
        return failed(tr("TLS profile"), c);
    if (const OFCondition c = layer->activateCipherSuites(); c.bad())
        return failed(tr("cipher suites"), c);
    // The system's certificate authorities, as for HTTPS, and the node's own CA file.
    SSL_CTX_set_default_verify_paths(context);
    if (!node.tlsCaFile.isEmpty()) {
        const OFCondition c = layer->addTrustedCertificateFile(
            node.tlsCaFile.toLocal8Bit().constData(), DCF_Filetype_PEM);
        if (c.bad())
            return Error::make(Error::Kind::InvalidInput,
                               tr("%1 holds no PEM certificate Sightline can trust for %2.")
                                   .arg(node.tlsCaFile, node.display()),
                               QString::fromLocal8Bit(c.text()));
    }
    layer->setCertificateVerification(DCV_requireCertificate);
    // The certificate must name the host as the node's settings give it (an address or a
    // name, without partial wildcards such as pacs*.example). An address is passed in its full
    // form (Qt also reads short forms such as 127.1, which OpenSSL would not take); when
    // OpenSSL takes neither, no identity would be checked at all, so the connection is refused.
    X509_VERIFY_PARAM* verify = SSL_CTX_get0_param(context);
    bool identitySet = false;
    if (QHostAddress address; address.setAddress(node.host)) {
        const QByteArray full = address.toString().toLatin1();
        identitySet = X509_VERIFY_PARAM_set1_ip_asc(verify, full.constData()) == 1;
    } else {
        const QByteArray host = node.host.toLatin1();
        X509_VERIFY_PARAM_set_hostflags(verify, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        identitySet =
            X509_VERIFY_PARAM_set1_host(verify, host.constData(), size_t(host.size())) == 1;
    }
    if (!identitySet)
        return Error::make(Error::Kind::InvalidInput,
                           tr("DICOM TLS cannot check that a certificate names %1: give the "
                              "node's host as a name or a full IP address.")
                               .arg(node.host));
    // DCMTK lowers OpenSSL's security level to 0; level 2 refuses SHA-1 signatures and keys
    // under 2048 bits in the node's chain (and in Sightline's own), as BCP 195 asks.
    SSL_CTX_set_security_level(context, 2);
    ERR_clear_error(); // handshakeFailure() reads the node's alerts from this thread's queue
    // Sightline's certificate, for a node that accepts only callers it knows (mutual TLS).
    if (!node.tlsCertificateFile.isEmpty()) {
        Result<QByteArray> key = node.tlsPrivateKey.isEmpty()
                                     ? DicomTlsIdentity::storedKey(node.tlsKeyName, node.display())
                                     : Result<QByteArray>(node.tlsPrivateKey);
        if (!key)
            return key.error();
        if (const Status applied = DicomTlsIdentity::apply(context, node.tlsCertificateFile,
                                                           key.value(), node.display());
            !applied)
            return applied.error();
    }
    return layer;
}

QString DicomTls::handshakeFailure(const OFCondition& condition, const DicomNodeAddress& node) {
    const QString text = QString::fromLocal8Bit(condition.text());
    // What the node said of Sightline's certificate, as TLS alerts (OpenSSL's queue of this
    // thread, cleared before the association was requested).
    QString refusal;
    while (const unsigned long code = ERR_get_error()) {
        if (ERR_GET_LIB(code) != ERR_LIB_SSL)
            continue;
        switch (ERR_GET_REASON(code)) {
        case SSL_R_TLSV1_ALERT_UNKNOWN_CA:
        case SSL_R_SSLV3_ALERT_BAD_CERTIFICATE:
        case SSL_R_SSLV3_ALERT_CERTIFICATE_UNKNOWN:
        case SSL_R_SSLV3_ALERT_CERTIFICATE_EXPIRED:
        case SSL_R_SSLV3_ALERT_CERTIFICATE_REVOKED:
        case SSL_R_TLSV1_ALERT_ACCESS_DENIED:
        case SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED:
            if (refusal.isEmpty())
                refusal = QString::fromLatin1(ERR_reason_error_string(code));
            break;
        default:
            break;
        }
    }
    // Under TLS 1.3 a node checks Sightline's certificate (or its absence) after the
    // handshake, and the connection is often reset before its alert is read.
    const bool closedAfterHandshake =
        condition.module() != OFM_dcmtls &&
        (condition == DUL_PEERABORTEDASSOCIATION ||
         text.contains(QLatin1String("Connection reset"), Qt::CaseInsensitive));
    const bool shown = !node.tlsCertificateFile.isEmpty();
    if (!refusal.isEmpty())
        return shown ? tr("%1 refused Sightline's certificate (%2): the node must trust the CA "
                          "that signed it (ask its administrator), or give a certificate it "
                          "knows in the node's DICOM TLS settings.")
                           .arg(node.display(), refusal)
                     : tr("%1 lets in only callers with a certificate it trusts (%2): give "
                          "Sightline's certificate and its private key in the node's DICOM TLS "
                          "settings.")
                           .arg(node.display(), refusal);
    // Without an alert the cause is not certain: nodes also drop callers they do not know.
    if (closedAfterHandshake)
        return shown ? tr("%1 closed the connection after the TLS handshake: it may not accept "
                          "Sightline's certificate (the node must trust the CA that signed it), "
                          "or may not know Sightline's AE title and address.")
                           .arg(node.display())
                     : tr("%1 closed the connection after the TLS handshake. If it lets in only "
                          "callers with a certificate it trusts, give Sightline's certificate "
                          "and its private key in the node's DICOM TLS settings; otherwise check "
                          "that it knows Sightline's AE title and address.")
                           .arg(node.display());
    if (condition.module() != OFM_dcmtls && !text.contains(QLatin1String("TLS")))
        return {};
    if (text.contains(QLatin1String("hostname mismatch"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("IP address mismatch"), Qt::CaseInsensitive))
        return tr("The certificate of %1 does not name %2: connect by the name or address its "
                  "certificate carries (the node's host).")
            .arg(node.display(), node.host);
    if (text.contains(QLatin1String("verify failed"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
        return tr("Sightline does not trust the certificate of %1, or it does not name %2: give "
                  "the CA certificate that signed it in the node's settings (DICOM TLS), and "
                  "reach the node by the name its certificate carries.")
            .arg(node.display(), node.host);
    return tr("The TLS handshake with %1 failed: check that the node speaks DICOM TLS on port "
              "%2.")
        .arg(node.display())
        .arg(node.port);
}

} // namespace sightline
