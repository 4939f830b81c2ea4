#include "dicom/DicomTlsIdentity.h"
#include "dimse/DimseService.h"
#include "dimse/KeychainTlsKeys.h"
#include "servers/SecretStore.h"
#include "support/DicomNodeFixture.h"

#include <QFile>
#include <QTest>

#include <memory>
#include <optional>

using namespace sightline;
using namespace sightline::test;

// DICOM TLS with a node that lets in only callers it knows (Orthanc with
// DicomTlsRemoteCertificateRequired, trusting the fixture's CA; DCMTK's storescu loaded it with
// a certificate of that CA): Sightline shows its certificate, with the private key taken from a
// real OS keychain (a GNOME keyring in the test's own D-Bus session) on the association's
// worker thread, or from a key just imported; and without a certificate, with one the node does
// not trust, or with a key that is not the certificate's, the user reads what to change.
class TestDicomMutualTlsSandbox : public QObject {
    Q_OBJECT
    std::unique_ptr<DicomNodeFixture> m_node;
    SecretStore m_secrets{QStringLiteral("SightlineTest")};
    DimseService m_dimse;
    const QString m_keyName = QStringLiteral("server/mutual-tls-test/dicom-tls-key");

    Result<qint64> echo(const DicomNodeAddress& address) {
        std::optional<Result<qint64>> answer;
        m_dimse.echo(DicomNodeFixture::profileFor(address), this,
                     [&](const Result<qint64>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 60000))
            return Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *answer;
    }
    static QByteArray importKey(const QString& path, const QByteArray& passphrase = {}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const auto key = DicomTlsIdentity::importPrivateKey(file.readAll(), passphrase);
        return key ? key.value() : QByteArray();
    }
    DicomNodeAddress withCertificate(const QString& certificate, const QString& key) const {
        DicomNodeAddress node = m_node->address();
        node.tlsCertificateFile = certificate;
        node.tlsPrivateKey = importKey(key);
        return node;
    }
    Status keepInKeychain(const QString& name, const QByteArray& key) {
        std::optional<Status> written;
        m_secrets.write(name, key, this, [&](const Status& s) { written = s; });
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 30000))
            return Error::make(Error::Kind::Timeout, QStringLiteral("keychain did not answer"));
        return *written;
    }

private slots:
    void initTestCase() {
        m_node = std::make_unique<DicomNodeFixture>(DicomNodeFixture::Kind::OrthancMutualTls);
        const QString started = m_node->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString loaded =
            m_node->load({DicomNodeFixture::pydicomFile("test_files/CT_small.dcm")});
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
    }

    void aKeyJustImportedIsShown() {
        const auto answer =
            echo(withCertificate(m_node->clientCertificateFile(), m_node->clientKeyFile()));
        QVERIFY2(answer.ok(), qPrintable(answer.error().toString()));
    }

    // The key lives in the keychain; the association's thread waits for it while this thread
    // reads it, once.
    void theKeychainsKeyIsShown() {
        const Status kept = keepInKeychain(m_keyName, importKey(m_node->clientKeyFile()));
        QVERIFY2(kept.ok(), qPrintable(kept.error().toString()));
        KeychainTlsKeys keys(&m_secrets);
        DicomNodeAddress node = m_node->address();
        node.tlsCertificateFile = m_node->clientCertificateFile();
        node.tlsKeyName = m_keyName;
        for (int round = 0; round < 2; ++round) {
            const auto answer = echo(node);
            QVERIFY2(answer.ok(), qPrintable(answer.error().toString()));
        }
    }

    void aKeyMissingFromTheKeychainIsSaid() {
        KeychainTlsKeys keys(&m_secrets);
        DicomNodeAddress node = m_node->address();
        node.tlsCertificateFile = m_node->clientCertificateFile();
        node.tlsKeyName = QStringLiteral("server/never-stored/dicom-tls-key");
        const auto answer = echo(node);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains("has no private key in the OS keychain"),
                 qPrintable(answer.error().message));
    }

    void noCertificateIsExplained() {
        const auto answer = echo(m_node->address());
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains("Sightline's certificate"),
                 qPrintable(answer.error().toString()));
    }

    void aCertificateTheNodeDoesNotTrustIsExplained() {
        const auto answer =
            echo(withCertificate(m_node->strangerCertificateFile(), m_node->strangerKeyFile()));
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains("Sightline's certificate"),
                 qPrintable(answer.error().toString()));
    }

    void aKeyOfAnotherCertificateIsSaidBeforeConnecting() {
        const auto answer =
            echo(withCertificate(m_node->clientCertificateFile(), m_node->strangerKeyFile()));
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains("is not the key of the certificate"),
                 qPrintable(answer.error().toString()));
    }

    void anEncryptedKeyOpensWithItsPassphrase() {
        QFile file(m_node->encryptedClientKeyFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray encrypted = file.readAll();
        QVERIFY(DicomTlsIdentity::needsPassphrase(encrypted));
        const auto none = DicomTlsIdentity::importPrivateKey(encrypted);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains("give its passphrase"),
                 qPrintable(none.error().message));
        const auto wrong = DicomTlsIdentity::importPrivateKey(encrypted, "wrong");
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains("does not open"),
                 qPrintable(wrong.error().message));
        const auto opened = DicomTlsIdentity::importPrivateKey(encrypted, "passphrase");
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        QVERIFY(!DicomTlsIdentity::needsPassphrase(opened.value()));
        QCOMPARE(opened.value(), importKey(m_node->clientKeyFile()));
        DicomNodeAddress node = m_node->address();
        node.tlsCertificateFile = m_node->clientCertificateFile();
        node.tlsPrivateKey = opened.value();
        const auto answer = echo(node);
        QVERIFY2(answer.ok(), qPrintable(answer.error().toString()));
    }

    void cleanupTestCase() {
        std::optional<Status> removed;
        m_secrets.remove(m_keyName, this, [&](const Status& s) { removed = s; });
        QTest::qWaitFor([&] { return removed.has_value(); }, 10000);
    }
};

QTEST_GUILESS_MAIN(TestDicomMutualTlsSandbox)
#include "TestDicomMutualTlsSandbox.moc"
