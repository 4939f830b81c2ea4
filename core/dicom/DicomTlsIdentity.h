#pragma once
// Sightline's own identity in DICOM TLS: a certificate (a PEM file, the certificate then any
// intermediate CAs) and its private key, which is a secret and so lives in the OS keychain.
// Shown to nodes that accept only known callers (mutual TLS) and by the receiving node to those
// that send to it. Reads the keys a user imports (PEM or DER, PKCS#8 or traditional, decrypted
// with a passphrase when they are encrypted) into the one form the keychain keeps: unencrypted
// PKCS#8 PEM. Inside core/dicom (OpenSSL, as DCMTK's dcmtls uses it).

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

typedef struct ssl_ctx_st SSL_CTX;

namespace sightline {

// Where DICOM TLS finds a private key the keychain keeps, by its keychain name. Set once for
// the process by whoever owns the keychain; associations run on worker threads, so a source
// answers from any thread, waiting on the keychain for a bounded time.
class DicomTlsKeySource {
public:
    virtual ~DicomTlsKeySource() = default;
    virtual Result<QByteArray> privateKey(const QString& keyName) = 0;
};

class DicomTlsIdentity {
    Q_DECLARE_TR_FUNCTIONS(DicomTlsIdentity)
public:
    static void setKeySource(std::shared_ptr<DicomTlsKeySource> source);
    static std::shared_ptr<DicomTlsKeySource> keySource();

    // Whether `keyFile` (PEM) is encrypted, so that importing it needs a passphrase.
    static bool needsPassphrase(const QByteArray& keyFile);
    // The key in `keyFile` as the keychain keeps it, or why it cannot be read (no private key,
    // a wrong passphrase). Bounded: key files are small; a file over 1 MiB is refused unread.
    static Result<QByteArray> importPrivateKey(const QByteArray& keyFile,
                                               const QByteArray& passphrase = {});
    // Why `certificateFile` and `privateKey` cannot identify Sightline (empty when they can):
    // a file without a certificate, a key that is not the certificate's, a certificate out of
    // its validity, a key too weak for the BCP 195 profile.
    static QString problem(const QString& certificateFile, const QByteArray& privateKey);

    // Puts the certificate and key on `context`, or says why it cannot. `whose` names the
    // node or the receiving node in messages.
    static Status apply(SSL_CTX* context, const QString& certificateFile,
                        const QByteArray& privateKey, const QString& whose);
    // The key named `keyName`, from the key source; `whose` as above.
    static Result<QByteArray> storedKey(const QString& keyName, const QString& whose);
};

} // namespace sightline
