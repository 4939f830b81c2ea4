#include "dicom/DicomTlsIdentity.h"

#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstring>
#include <mutex>

namespace sightline {

namespace {

std::mutex sourceMutex;
std::shared_ptr<DicomTlsKeySource> installedSource;

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct KeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct ContextFree {
    void operator()(SSL_CTX* context) const { SSL_CTX_free(context); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

// OpenSSL asks for a passphrase through this; an empty one answers "none" instead of letting
// OpenSSL prompt on a terminal.
int givePassphrase(char* buffer, int size, int /*writing*/, void* user) {
    const auto* passphrase = static_cast<const QByteArray*>(user);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size)
        return 0;
    std::memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

// OpenSSL's last reason on this thread, for an error's detail.
QString openSslReason() {
    char text[256] = {};
    const unsigned long code = ERR_peek_last_error();
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return code ? QString::fromLatin1(text) : QString();
}

Key readKey(const QByteArray& bytes, const QByteArray& passphrase) {
    Bio pem(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    Key key(PEM_read_bio_PrivateKey(pem.get(), nullptr, givePassphrase,
                                    const_cast<QByteArray*>(&passphrase)));
    if (!key) { // DER: PKCS#8 or a traditional key
        Bio der(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
        key.reset(d2i_PrivateKey_bio(der.get(), nullptr));
    }
    return key;
}

} // namespace

void DicomTlsIdentity::setKeySource(std::shared_ptr<DicomTlsKeySource> source) {
    const std::lock_guard lock(sourceMutex);
    installedSource = std::move(source);
}

std::shared_ptr<DicomTlsKeySource> DicomTlsIdentity::keySource() {
    const std::lock_guard lock(sourceMutex);
    return installedSource;
}

bool DicomTlsIdentity::needsPassphrase(const QByteArray& keyFile) {
    return keyFile.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") ||
           keyFile.contains("Proc-Type: 4,ENCRYPTED");
}

Result<QByteArray> DicomTlsIdentity::importPrivateKey(const QByteArray& keyFile,
                                                      const QByteArray& passphrase) {
    if (keyFile.size() > (1 << 20))
        return Error::make(Error::Kind::InvalidInput,
                           tr("This file is too large to be a private key."));
    ERR_clear_error();
    const Key key = readKey(keyFile, passphrase);
    if (!key) {
        const QString reason = openSslReason();
        if (needsPassphrase(keyFile))
            return Error::make(Error::Kind::Authorization,
                               passphrase.isEmpty()
                                   ? tr("The private key is encrypted: give its passphrase.")
                                   : tr("The passphrase does not open the private key."),
                               reason);
        return Error::make(Error::Kind::InvalidInput,
                           tr("The file holds no private key Sightline can read (PEM or DER, "
                              "PKCS#8 or RSA/EC)."),
                           reason);
    }
    const Bio out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                      nullptr) != 1)
        return Error::make(Error::Kind::Tls, tr("The private key cannot be converted."),
                           openSslReason());
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(size));
}

Status DicomTlsIdentity::apply(SSL_CTX* context, const QString& certificateFile,
                               const QByteArray& privateKey, const QString& whose) {
    if (!QFileInfo(certificateFile).isReadable())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The certificate file %1 of %2 cannot be read.").arg(certificateFile, whose));
    ERR_clear_error();
    if (SSL_CTX_use_certificate_chain_file(context, certificateFile.toLocal8Bit().constData()) != 1)
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 holds no certificate Sightline can use for %2 (a PEM "
                              "certificate, with a key of at least 2048 bits and a SHA-2 "
                              "signature).")
                               .arg(certificateFile, whose),
                           openSslReason());
    const Key key = readKey(privateKey, {});
    if (!key)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The private key kept for %1 cannot be read: import it again in "
                              "the settings.")
                               .arg(whose),
                           openSslReason());
    if (SSL_CTX_use_PrivateKey(context, key.get()) != 1 || SSL_CTX_check_private_key(context) != 1)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The private key is not the key of the certificate %1 (%2): "
                              "import the key that belongs to it.")
                               .arg(certificateFile, whose),
                           openSslReason());
    return Done{};
}

QString DicomTlsIdentity::problem(const QString& certificateFile, const QByteArray& privateKey) {
    const std::unique_ptr<SSL_CTX, ContextFree> context(SSL_CTX_new(TLS_method()));
    if (!context)
        return tr("OpenSSL did not start.");
    // The level associations use (BCP 195): Sightline's own certificate must pass it too.
    SSL_CTX_set_security_level(context.get(), 2);
    if (const Status applied = apply(context.get(), certificateFile, privateKey, tr("Sightline"));
        !applied)
        return applied.error().message;
    X509* certificate = SSL_CTX_get0_certificate(context.get());
    if (X509_cmp_current_time(X509_get0_notAfter(certificate)) < 0)
        return tr("The certificate %1 has expired.").arg(certificateFile);
    if (X509_cmp_current_time(X509_get0_notBefore(certificate)) > 0)
        return tr("The certificate %1 is not valid yet.").arg(certificateFile);
    return {};
}

Result<QByteArray> DicomTlsIdentity::storedKey(const QString& keyName, const QString& whose) {
    const auto missing = [&whose] {
        return Error::make(Error::Kind::InvalidInput,
                           tr("Sightline's certificate for %1 has no private key in the OS "
                              "keychain: import the key in the DICOM TLS settings.")
                               .arg(whose));
    };
    if (keyName.isEmpty())
        return missing();
    const std::shared_ptr<DicomTlsKeySource> source = keySource();
    if (!source)
        return missing();
    Result<QByteArray> key = source->privateKey(keyName);
    if ((key && key.value().isEmpty()) || (!key && key.error().kind == Error::Kind::NotFound))
        return missing();
    if (!key)
        return Error::make(key.error().kind,
                           tr("The private key of Sightline's certificate for %1 could not be "
                              "read from the OS keychain: %2")
                               .arg(whose, key.error().message),
                           key.error().details);
    return key;
}

} // namespace sightline
