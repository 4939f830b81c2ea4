#include "cache/CacheConnections.h"
#include "dimse/DimseService.h"
#include "fhir/FhirClientFactory.h"
#include "imaging/ImagingService.h"
#include "support/DicomNodeFixture.h"
#include "support/FindAndRetrieve.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace sightline;
using namespace sightline::test;

// DICOM TLS against Orthanc with TLS on its DICOM port (Sightline did not write it; DCMTK's
// storescu loaded it over TLS): echo, a study found by C-FIND and retrieved by C-GET, all over
// TLS with the node's certificate checked — and refused, with a sentence a person can act on,
// when the certificate is not trusted, names another host, or one side does not speak TLS.
class TestDicomTlsSandbox : public QObject {
    Q_OBJECT
    std::unique_ptr<DicomNodeFixture> m_tlsNode;
    std::unique_ptr<DicomNodeFixture> m_plainNode;
    QNetworkAccessManager m_network;
    DimseService m_dimse;
    const QString m_study = "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322"; // CT_small.dcm

    Result<qint64> echo(const DicomNodeAddress& address) {
        std::optional<Result<qint64>> answer;
        m_dimse.echo(DicomNodeFixture::profileFor(address), this,
                     [&](const Result<qint64>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return Error::make(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *answer;
    }

private slots:
    void initTestCase() {
        qRegisterMetaType<RetrieveOutcome>();
        m_tlsNode = std::make_unique<DicomNodeFixture>(DicomNodeFixture::Kind::OrthancTls);
        QString started = m_tlsNode->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString loaded =
            m_tlsNode->load({DicomNodeFixture::pydicomFile("test_files/CT_small.dcm")});
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        m_plainNode = std::make_unique<DicomNodeFixture>(DicomNodeFixture::Kind::Orthanc);
        started = m_plainNode->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void echoOverTls() {
        const auto answer = echo(m_tlsNode->address());
        QVERIFY2(answer.ok(), qPrintable(answer.error().toString()));
    }

    // C-FIND and C-GET over TLS, into the cache with every check a plain retrieval has.
    void findAndRetrieveOverTls() {
        QTemporaryDir dir;
        ImagingService imaging(FhirClientFactory(&m_network, nullptr),
                               CacheConnections(dir.filePath("cache")));
        imaging.setDimse(&m_dimse);
        const ServerProfile server = DicomNodeFixture::profileFor(m_tlsNode->address());
        const RetrieveOutcome outcome = findAndRetrieve(imaging, server, m_study);
        QVERIFY2(outcome.complete(),
                 qPrintable(outcome.errors.isEmpty() ? QString() : outcome.errors[0].toString()));
        QVERIFY(imaging.cache().forThisThread().isStudyComplete(m_study));
    }

    // Without the CA that signed it, the node's certificate is not trusted (the system's CAs
    // do not know the fixture's).
    void untrustedCertificateIsRefused() {
        DicomNodeAddress address = m_tlsNode->address();
        address.tlsCaFile.clear();
        const auto answer = echo(address);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains("does not trust the certificate"),
                 qPrintable(answer.error().toString()));
    }

    // The certificate names "localhost"; reached as 127.0.0.1, the node is not the one the
    // certificate vouches for, although a trusted CA signed it.
    void certificateForAnotherHostIsRefused() {
        DicomNodeAddress address = m_tlsNode->address();
        address.host = "127.0.0.1";
        const auto answer = echo(address);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains("does not name 127.0.0.1"),
                 qPrintable(answer.error().toString()));
    }

    // Reached by an address its certificate names (an IP subjectAltName): accepted, and by the
    // same address written short (127.2 is 127.0.0.2), too.
    void certificateNamingTheAddressIsAccepted() {
        DicomNodeAddress address = m_tlsNode->address();
        for (const char* host : {"127.0.0.2", "127.2"}) {
            address.host = QLatin1String(host);
            const auto answer = echo(address);
            QVERIFY2(answer.ok(), qPrintable(QLatin1String(host) + QLatin1String(": ") +
                                             answer.error().toString()));
        }
        address.host = QStringLiteral("127.0.0.3");
        const auto other = echo(address);
        QVERIFY(!other.ok());
        QVERIFY2(other.error().message.contains("does not name 127.0.0.3"),
                 qPrintable(other.error().toString()));
    }

    void plainAssociationToATlsPortIsExplained() {
        DicomNodeAddress address = m_tlsNode->address();
        address.tls = false;
        address.tlsCaFile.clear();
        const auto answer = echo(address);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains("turn TLS on"),
                 qPrintable(answer.error().toString()));
    }

    void tlsToAPlainNodeIsExplained() {
        DicomNodeAddress address = m_plainNode->address();
        address.tls = true;
        address.tlsCaFile = m_tlsNode->tlsCaFile();
        const auto answer = echo(address);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains("TLS handshake"),
                 qPrintable(answer.error().toString()));
    }

    void unreadableCaFileIsSaidBeforeConnecting() {
        DicomNodeAddress address = m_tlsNode->address();
        address.tlsCaFile = "/nonexistent/hospital-ca.pem";
        const auto answer = echo(address);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains("/nonexistent/hospital-ca.pem") &&
                     answer.error().message.contains("cannot be read"),
                 qPrintable(answer.error().toString()));
    }

    void cleanupTestCase() {
        m_tlsNode.reset();
        m_plainNode.reset();
    }
};

QTEST_GUILESS_MAIN(TestDicomTlsSandbox)
#include "TestDicomTlsSandbox.moc"
