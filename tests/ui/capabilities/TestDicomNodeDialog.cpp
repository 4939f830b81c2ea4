#include "capabilities/CapabilitiesPanel.h"
#include "capabilities/DicomNodeFields.h"
#include "capabilities/ServerDialog.h"
#include "dimse/DimseService.h"
#include "dimse/KeychainTlsKeys.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "support/DicomNodeFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// The server dialog for a DICOM node, driven as a user would against DCMTK's dcmqrscp: paste a
// dicom:// string, test the connection, read why a wrong AE title is refused, save.
class TestDicomNodeDialog : public QObject {
    Q_OBJECT

    test::DicomNodeFixture m_node{test::DicomNodeFixture::Kind::Dcmqrscp};

    template <typename T> static T* child(QWidget* parent, const char* name) {
        return parent->findChild<T*>(QLatin1String(name));
    }

    Result<QByteArray> readSecret(SecretStore& secrets, const QString& name) {
        std::optional<Result<QByteArray>> answer;
        secrets.read(name, this, [&](const Result<QByteArray>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return Error::make(Error::Kind::Timeout, QStringLiteral("keychain did not answer"));
        return *answer;
    }

private slots:
    void initTestCase() {
        const QString started = m_node.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void pasteTestAndSave() {
        DimseService dimse;
        ServerDialog dialog(ServerProfile{});
        dialog.setDimseService(&dimse);
        dialog.show();
        const DicomNodeAddress address = m_node.address();
        QVERIFY(dialog.applyConnectionString(QStringLiteral("dicom://%1@127.0.0.1:%2?name=Archive")
                                                 .arg(address.calledAeTitle)
                                                 .arg(address.port)));
        auto* kind = child<QComboBox>(&dialog, "serverKind");
        QCOMPARE(ServerProfile::Kind(kind->currentData().toInt()), ServerProfile::Kind::DicomNode);
        QVERIFY(child<QWidget>(&dialog, "dicomNodeFields")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "fhirBase")->isVisible()); // no HTTP fields for a node
        QCOMPARE(child<QSpinBox>(&dialog, "nodePort")->value(), int(address.port));

        auto* test = child<QPushButton>(&dialog, "testConnection");
        auto* result = child<QLabel>(&dialog, "testResult");
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("answered")), 15000);

        auto* calledAe = child<QLineEdit>(&dialog, "nodeCalledAe");
        calledAe->setText(QStringLiteral("WRONG"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("WRONG")) &&
                                     result->text().contains(QLatin1String("AE title")),
                                 15000);

        // docs/screenshots/dicom-node-dialog.png: the dialog with a diagnosed refusal.
        if (const QByteArray shot = qgetenv("SIGHTLINE_DIALOG_SCREENSHOT"); !shot.isEmpty()) {
            dialog.resize(720, dialog.sizeHint().height());
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shot)));
        }

        calledAe->setText(address.calledAeTitle);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ServerProfile saved = dialog.profile();
        QVERIFY(saved.isDicomNode());
        QCOMPARE(saved.name, QStringLiteral("Archive"));
        QCOMPARE(saved.dicomNode.port, address.port);
        QCOMPARE(saved.dicomNode.calledAeTitle, address.calledAeTitle);
        QCOMPARE(saved.fhirBase, ServerProfile::dicomNodeUrl(saved.dicomNode));
    }

    // What the form has no field for (a maximum PDU from a connection string) survives an edit.
    void keepsWhatItDoesNotShow() {
        ServerProfile node;
        node.kind = ServerProfile::Kind::DicomNode;
        node.id = QStringLiteral("n1");
        node.name = QStringLiteral("Archive");
        node.dicomNode.host = QStringLiteral("pacs.example");
        node.dicomNode.calledAeTitle = QStringLiteral("PACS");
        node.dicomNode.maxPdu = 16384;
        node.dicomNode.connectTimeoutSeconds = 3;
        ServerDialog dialog(node);
        child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Archive 2"));
        const ServerProfile edited = dialog.profile();
        QCOMPARE(edited.name, QStringLiteral("Archive 2"));
        QCOMPARE(edited.dicomNode.maxPdu, quint32(16384));
        QCOMPARE(edited.dicomNode.connectTimeoutSeconds, 3);
        QCOMPARE(edited.dicomNode.retrieve, DicomNodeAddress::Retrieve::Get);
    }

    // The retrieve method is shown and kept, and the user can change it.
    void retrieveMethod() {
        ServerProfile node;
        node.kind = ServerProfile::Kind::DicomNode;
        node.id = QStringLiteral("n1");
        node.name = QStringLiteral("Archive");
        node.dicomNode.host = QStringLiteral("pacs.example");
        node.dicomNode.calledAeTitle = QStringLiteral("PACS");
        node.dicomNode.retrieve = DicomNodeAddress::Retrieve::Move;
        ServerDialog dialog(node);
        QCOMPARE(dialog.profile().dicomNode.retrieve, DicomNodeAddress::Retrieve::Move);
        auto* retrieve = child<QComboBox>(&dialog, "nodeRetrieve");
        retrieve->setCurrentIndex(retrieve->findData(int(DicomNodeAddress::Retrieve::Get)));
        QCOMPARE(dialog.profile().dicomNode.retrieve, DicomNodeAddress::Retrieve::Get);
    }

    // A node with DICOM TLS (Orthanc, its certificate from the fixture's CA): pasted with its CA
    // file, tested over TLS; with TLS off, the test says to turn it on.
    void tlsNode() {
        test::DicomNodeFixture node(test::DicomNodeFixture::Kind::OrthancTls);
        const QString started = node.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        DimseService dimse;
        ServerDialog dialog(ServerProfile{});
        dialog.setDimseService(&dimse);
        dialog.show();
        QVERIFY(dialog.applyConnectionString(
            QStringLiteral("dicom://ORTHANC@localhost:%1?tls=1&ca=%2")
                .arg(node.address().port)
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(node.tlsCaFile())))));
        auto* tls = child<QCheckBox>(&dialog, "nodeTls");
        QVERIFY(tls->isChecked());
        QCOMPARE(child<QLineEdit>(&dialog, "nodeTlsCaFile")->text(), node.tlsCaFile());
        auto* test = child<QPushButton>(&dialog, "testConnection");
        auto* result = child<QLabel>(&dialog, "testResult");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QLatin1String("answered")),
                                  qPrintable(result->text()), 15000);
        tls->setChecked(false);
        QVERIFY(!child<QLineEdit>(&dialog, "nodeTlsCaFile")->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QLatin1String("turn TLS on")),
                                  qPrintable(result->text()), 15000);
        tls->setChecked(true);
        const ServerProfile saved = dialog.profile();
        QVERIFY(saved.dicomNode.tls);
        QCOMPARE(saved.dicomNode.tlsCaFile, node.tlsCaFile());
    }

    // A node that lets in only callers with a certificate (Orthanc, client certificates from
    // the fixture's CA required): Sightline's certificate given, its key imported (a key of
    // another certificate is refused before connecting), tested; saved through the Servers
    // panel, the key goes into the OS keychain and nowhere on disk.
    void mutualTlsNode() {
        test::DicomNodeFixture node(test::DicomNodeFixture::Kind::OrthancMutualTls);
        const QString started = node.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        SecretStore secrets(QStringLiteral("SightlineTest"));
        QNetworkAccessManager network;
        NetworkRecorder recorder;
        CapabilitiesPanel panel(&servers, &secrets, FhirClientFactory(&network, &recorder));
        KeychainTlsKeys keys(&secrets);
        panel.setTlsKeys(&keys);
        DimseService dimse;
        panel.setDimseService(&dimse);
        auto* dialog = new ServerDialog(ServerProfile{});
        dialog->setDimseService(&dimse);
        dialog->show();
        QVERIFY(dialog->applyConnectionString(
            QStringLiteral("dicom://ORTHANC@localhost:%1?tls=1&ca=%2&name=Strict")
                .arg(node.address().port)
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(node.tlsCaFile())))));
        auto* test = child<QPushButton>(dialog, "testConnection");
        auto* result = child<QLabel>(dialog, "testResult");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QLatin1String("lets in only callers")),
                                  qPrintable(result->text()), 15000);
        child<QLineEdit>(dialog, "nodeTlsCertificate")->setText(node.clientCertificateFile());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(result->text().contains(QLatin1String("Import the private key")),
                 qPrintable(result->text()));
        auto* fields = child<DicomNodeFields>(dialog, "dicomNodeFields");
        QVERIFY(fields->importKeyFile(node.strangerKeyFile()));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(result->text().contains(QLatin1String("is not the key of the certificate")),
                 qPrintable(result->text()));
        QVERIFY(!fields->importKeyFile(node.clientCertificateFile())); // a certificate, no key
        QVERIFY(fields->importKeyFile(node.clientKeyFile()));
        QVERIFY(
            child<QLabel>(dialog, "nodeTlsKeyState")->text().contains(QLatin1String("Imported")));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QLatin1String("answered")),
                                  qPrintable(result->text()), 15000);
        if (const QByteArray shot = qgetenv("SIGHTLINE_TLS_DIALOG_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(dialog->grab().save(QString::fromLocal8Bit(shot)));

        const QByteArray key = dialog->profile().dicomNode.tlsPrivateKey;
        QVERIFY(key.contains("PRIVATE KEY"));
        panel.saveServer(dialog->profile());
        delete dialog;
        const QList<ServerProfile> saved = servers.profiles();
        QCOMPARE(saved.size(), 1);
        const DicomNodeAddress kept = saved.first().dicomNode;
        QCOMPARE(kept.tlsKeyName, saved.first().dicomTlsKeyName());
        QVERIFY(kept.tlsPrivateKey.isEmpty());
        QFile ini(servers.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray keyBody = key.split('\n').value(1);
        QVERIFY(!ini.readAll().contains(keyBody));
        const Result<QByteArray> stored = readSecret(secrets, kept.tlsKeyName);
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(stored.value(), key);

        // The saved node, as the Studies panel and the command line reach it: key from the
        // keychain, through a fresh key source as after a restart.
        std::optional<Result<qint64>> answer;
        {
            KeychainTlsKeys restarted(&secrets);
            dimse.echo(saved.first(), this, [&](const Result<qint64>& r) { answer = r; });
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
        }
        QVERIFY2(answer->ok(), qPrintable(answer->error().toString()));

        // Certificate removed in the dialog: the key leaves the keychain too.
        ServerDialog again(saved.first());
        again.show();
        child<QLineEdit>(&again, "nodeTlsCertificate")->clear();
        panel.saveServer(again.profile());
        QVERIFY(servers.profiles().first().dicomNode.tlsKeyName.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            readSecret(secrets, kept.tlsKeyName).error().kind == Error::Kind::NotFound, 30000);
    }

    void aNodeNeedsItsAddress() {
        ServerDialog dialog(ServerProfile{});
        dialog.show();
        // The FHIR form, for a look at the layout around the node's fields.
        if (const QByteArray shot = qgetenv("SIGHTLINE_FHIR_DIALOG_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shot)));
        auto* kind = child<QComboBox>(&dialog, "serverKind");
        kind->setCurrentIndex(kind->findData(int(ServerProfile::Kind::DicomNode)));
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(child<QLabel>(&dialog, "message")->text().contains(QLatin1String("host")));
        // Without a DIMSE service there is nothing to test with.
        QVERIFY(!child<QPushButton>(&dialog, "testConnection")->isEnabled());
    }
};

QTEST_MAIN(TestDicomNodeDialog)
#include "TestDicomNodeDialog.moc"
