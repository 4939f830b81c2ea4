#include "capabilities/DicomNodeFields.h"

#include "dicom/DicomTlsIdentity.h"
#include "dimse/DimseService.h"
#include "servers/ServerProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace sightline {

DicomNodeFields::DicomNodeFields(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("dicomNodeFields"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("nodeHost"));
    m_host->setPlaceholderText(QStringLiteral("pacs.hospital.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("nodePort"));
    m_port->setRange(1, 65535);
    m_calledAe = new QLineEdit(this);
    m_calledAe->setObjectName(QStringLiteral("nodeCalledAe"));
    m_calledAe->setMaxLength(16);
    m_calledAe->setPlaceholderText(tr("as configured at the node, e.g. ORTHANC"));
    m_callingAe = new QLineEdit(this);
    m_callingAe->setObjectName(QStringLiteral("nodeCallingAe"));
    m_callingAe->setMaxLength(16);
    m_callingAe->setToolTip(tr("Sightline's AE title: the node must know it (with this "
                               "computer's address) to let Sightline query and retrieve"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_retrieve = new QComboBox(this);
    m_retrieve->setObjectName(QStringLiteral("nodeRetrieve"));
    m_retrieve->addItem(tr("C-GET (nothing to set up at the node)"),
                        int(DicomNodeAddress::Retrieve::Get));
    m_retrieve->addItem(tr("C-MOVE to Sightline's receiving node"),
                        int(DicomNodeAddress::Retrieve::Move));
    m_retrieve->setToolTip(tr("C-MOVE needs Sightline registered at the node as a move "
                              "destination: its AE title, this computer's address and the "
                              "receiving node's port"));
    m_tls = new QCheckBox(tr("DICOM TLS (the node's certificate is checked)"), this);
    m_tls->setObjectName(QStringLiteral("nodeTls"));
    m_tlsCaFile = new QLineEdit(this);
    m_tlsCaFile->setObjectName(QStringLiteral("nodeTlsCaFile"));
    m_tlsCaFile->setPlaceholderText(tr("None: the system's certificate authorities only"));
    m_tlsCaFile->setToolTip(tr("PEM certificates trusted besides the system's, e.g. the "
                               "hospital's own certificate authority that signed the node's "
                               "certificate"));
    m_tlsBrowse = new QPushButton(tr("Browse…"), this);
    connect(m_tlsBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificates"), m_tlsCaFile->text(), tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_tlsCaFile->setText(file);
    });
    m_tlsCertificate = new QLineEdit(this);
    m_tlsCertificate->setObjectName(QStringLiteral("nodeTlsCertificate"));
    m_tlsCertificate->setPlaceholderText(tr("None: only for nodes that ask callers for one"));
    m_tlsCertificate->setToolTip(tr("Sightline's own certificate (PEM, then any intermediate "
                                    "CAs), for a node that lets in only callers it knows"));
    m_tlsCertificateBrowse = new QPushButton(tr("Browse…"), this);
    connect(m_tlsCertificateBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Sightline's certificate"),
                                                          m_tlsCertificate->text(),
                                                          tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_tlsCertificate->setText(file);
    });
    m_tlsKeyState = new QLabel(this);
    m_tlsKeyState->setObjectName(QStringLiteral("nodeTlsKeyState"));
    m_tlsKeyState->setWordWrap(true);
    m_tlsKeyImport = new QPushButton(tr("Import key…"), this);
    m_tlsKeyImport->setObjectName(QStringLiteral("nodeTlsKeyImport"));
    m_tlsKeyImport->setToolTip(tr("The certificate's private key goes into the OS keychain when "
                                  "you save; the file is not used again"));
    connect(m_tlsKeyImport, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Private key"), QFileInfo(m_tlsCertificate->text()).path(),
            tr("Private keys (*.pem *.key *.der);;All files (*)"));
        if (!file.isEmpty())
            importKeyFile(file);
    });
    for (QWidget* tlsOnly :
         {static_cast<QWidget*>(m_tlsCaFile), static_cast<QWidget*>(m_tlsBrowse),
          static_cast<QWidget*>(m_tlsCertificate), static_cast<QWidget*>(m_tlsCertificateBrowse),
          static_cast<QWidget*>(m_tlsKeyImport)})
        connect(m_tls, &QCheckBox::toggled, tlsOnly, &QWidget::setEnabled);
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setEnabled(false);
    connect(m_test, &QPushButton::clicked, this, &DicomNodeFields::testConnection);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Node's AE title"), m_calledAe);
    form->addRow(tr("Sightline's AE title"), m_callingAe);
    form->addRow(tr("Response timeout"), m_timeout);
    form->addRow(tr("Retrieve by"), m_retrieve);
    form->addRow(tr("Security"), m_tls);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_tlsCaFile, 1);
    caRow->addWidget(m_tlsBrowse);
    form->addRow(tr("CA certificates"), caRow);
    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_tlsCertificate, 1);
    certificateRow->addWidget(m_tlsCertificateBrowse);
    form->addRow(tr("Sightline's certificate"), certificateRow);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_tlsKeyState, 1);
    keyRow->addWidget(m_tlsKeyImport);
    form->addRow(tr("Private key"), keyRow);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    form->addRow(QString(), testRow);
    show(DicomNodeAddress{});
}

void DicomNodeFields::setDimseService(DimseService* dimse) {
    m_dimse = dimse;
    m_test->setEnabled(dimse != nullptr);
}

void DicomNodeFields::show(const DicomNodeAddress& node) {
    m_shown = node;
    m_host->setText(node.host);
    m_port->setValue(node.port);
    m_calledAe->setText(node.calledAeTitle);
    m_callingAe->setText(node.callingAeTitle);
    m_timeout->setValue(node.responseTimeoutSeconds);
    m_retrieve->setCurrentIndex(m_retrieve->findData(int(node.retrieve)));
    m_tls->setChecked(node.tls);
    m_tlsCaFile->setText(node.tlsCaFile);
    m_tlsCertificate->setText(node.tlsCertificateFile);
    for (QWidget* tlsOnly :
         {static_cast<QWidget*>(m_tlsCaFile), static_cast<QWidget*>(m_tlsBrowse),
          static_cast<QWidget*>(m_tlsCertificate), static_cast<QWidget*>(m_tlsCertificateBrowse),
          static_cast<QWidget*>(m_tlsKeyImport)})
        tlsOnly->setEnabled(node.tls);
    m_importedKey = node.tlsPrivateKey;
    showKeyState();
    m_result->clear();
}

bool DicomNodeFields::importKeyFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_tlsKeyState->setText(tr("%1 cannot be read.").arg(QFileInfo(path).fileName()));
        return false;
    }
    const QByteArray bytes = file.read(1 << 20 | 1);
    QByteArray passphrase;
    if (DicomTlsIdentity::needsPassphrase(bytes)) {
        bool given = false;
        passphrase = QInputDialog::getText(this, tr("Private key"),
                                           tr("Passphrase of %1:").arg(QFileInfo(path).fileName()),
                                           QLineEdit::Password, QString(), &given)
                         .toUtf8();
        if (!given)
            return false;
    }
    const Result<QByteArray> key = DicomTlsIdentity::importPrivateKey(bytes, passphrase);
    if (!key) {
        m_tlsKeyState->setText(key.error().message);
        return false;
    }
    m_importedKey = key.value();
    showKeyState();
    return true;
}

void DicomNodeFields::showKeyState() {
    m_tlsKeyState->setText(!m_importedKey.isEmpty()
                               ? tr("Imported: kept in the OS keychain when you save")
                           : !m_shown.tlsKeyName.isEmpty() ? tr("Kept in the OS keychain")
                                                           : tr("None"));
}

DicomNodeAddress DicomNodeFields::address() const {
    DicomNodeAddress node = m_shown;
    node.host = m_host->text().trimmed();
    node.port = quint16(m_port->value());
    node.calledAeTitle = m_calledAe->text();
    node.callingAeTitle = m_callingAe->text();
    node.responseTimeoutSeconds = m_timeout->value();
    node.retrieve = DicomNodeAddress::Retrieve(m_retrieve->currentData().toInt());
    node.tls = m_tls->isChecked();
    node.tlsCaFile = node.tls ? m_tlsCaFile->text().trimmed() : QString();
    node.tlsCertificateFile = node.tls ? m_tlsCertificate->text().trimmed() : QString();
    node.tlsPrivateKey = node.tlsCertificateFile.isEmpty() ? QByteArray() : m_importedKey;
    if (node.tlsCertificateFile.isEmpty())
        node.tlsKeyName.clear();
    return node;
}

QString DicomNodeFields::problem() const {
    const DicomNodeAddress node = address();
    if (node.host.isEmpty())
        return tr("Enter the node's host name or address.");
    if (const QString wrong = DicomNodeAddress::hostProblem(node.host); !wrong.isEmpty())
        return wrong;
    if (!DicomNodeAddress::isValidAeTitle(node.calledAeTitle))
        return tr("Enter the node's AE title (1 to 16 characters, no backslash).");
    if (!DicomNodeAddress::isValidAeTitle(node.callingAeTitle))
        return tr("Enter Sightline's AE title (1 to 16 characters, no backslash).");
    if (node.tls && !node.tlsCaFile.isEmpty() && !QFileInfo(node.tlsCaFile).isReadable())
        return tr("The CA certificate file %1 cannot be read.").arg(node.tlsCaFile);
    if (!node.tlsCertificateFile.isEmpty()) {
        if (node.tlsPrivateKey.isEmpty() &&
            (node.tlsKeyName.isEmpty() || node.tlsCertificateFile != m_shown.tlsCertificateFile))
            return tr("Import the private key of Sightline's certificate.");
        if (!node.tlsPrivateKey.isEmpty())
            if (const QString wrong =
                    DicomTlsIdentity::problem(node.tlsCertificateFile, node.tlsPrivateKey);
                !wrong.isEmpty())
                return wrong;
    }
    return {};
}

void DicomNodeFields::testConnection() {
    if (!m_dimse)
        return;
    if (const QString wrong = problem(); !wrong.isEmpty()) {
        m_result->setText(wrong);
        return;
    }
    ServerProfile node;
    node.kind = ServerProfile::Kind::DicomNode;
    node.dicomNode = address();
    node.fhirBase = ServerProfile::dicomNodeUrl(node.dicomNode);
    m_test->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Testing…"));
    m_dimse->echo(node, this, [this](const Result<qint64>& answered) {
        m_test->setEnabled(true);
        m_result->setStyleSheet(answered ? QStringLiteral("color: #1b5e20")
                                         : QStringLiteral("color: #b00020"));
        m_result->setText(answered
                              ? tr("The node answered (C-ECHO) in %1 ms.").arg(answered.value())
                              : answered.error().message);
    });
}

} // namespace sightline
