#include "capabilities/ServerDialog.h"
#include "dimse/DimseService.h"
#include "support/DicomNodeFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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
