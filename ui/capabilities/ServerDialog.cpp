#include "capabilities/ServerDialog.h"

#include "capabilities/DicomNodeFields.h"
#include "servers/ConnectionString.h"
#include "smart/KeyPairDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sightline {

using AuthKind = ServerProfile::AuthKind;

ServerDialog::ServerDialog(const ServerProfile& profile, QWidget* parent)
    : QDialog(parent)
    , m_original(profile) {
    setWindowTitle(profile.id.isEmpty() ? tr("Add server") : tr("Edit server"));
    setObjectName(QStringLiteral("serverDialog"));

    m_connectionString = new QLineEdit(this);
    m_connectionString->setObjectName(QStringLiteral("connectionString"));
    m_connectionString->setPlaceholderText(
        tr("fhir://host/path?client_id=…, dicomweb://host/path or dicom://AE@host:port"));
    auto* applyButton = new QPushButton(tr("Fill from string"), this);
    applyButton->setObjectName(QStringLiteral("applyConnectionString"));
    connect(applyButton, &QPushButton::clicked, this,
            [this] { applyConnectionString(m_connectionString->text()); });
    auto* pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_connectionString, 1);
    pasteRow->addWidget(applyButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("serverKind"));
    m_kind->addItem(tr("FHIR server"), int(ServerProfile::Kind::Fhir));
    m_kind->addItem(tr("DICOMweb PACS without FHIR"), int(ServerProfile::Kind::DicomWeb));
    m_kind->addItem(tr("DICOM node (DIMSE)"), int(ServerProfile::Kind::DicomNode));
    m_node = new DicomNodeFields(this);
    m_kind->setToolTip(tr("A PACS without FHIR is browsed with QIDO-RS: patients and studies "
                          "come from its DICOM data"));
    m_baseLabel = new QLabel(tr("FHIR base URL"), this);
    m_fhirBase = new QLineEdit(this);
    m_fhirBase->setObjectName(QStringLiteral("fhirBase"));
    m_fhirBase->setPlaceholderText(QStringLiteral("https://fhir.example.org/r4"));
    m_authKind = new QComboBox(this);
    m_authKind->setObjectName(QStringLiteral("authKind"));
    m_authKind->addItem(tr("None (open server)"), int(AuthKind::None));
    m_authKind->addItem(tr("Basic (user name and password)"), int(AuthKind::Basic));
    m_authKind->addItem(tr("SMART App Launch, public client"), int(AuthKind::SmartPublic));
    m_authKind->addItem(tr("SMART App Launch, confidential client"),
                        int(AuthKind::SmartConfidential));
    m_authKind->addItem(tr("SMART Backend Services"), int(AuthKind::BackendServices));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_scopes = new QLineEdit(this);
    m_scopes->setPlaceholderText(QStringLiteral("openid fhirUser launch/patient patient/*.rs"));
    m_tokenUrl = new QLineEdit(this);
    m_tokenUrl->setPlaceholderText(tr("from SMART discovery when empty"));
    m_audience = new QLineEdit(this);
    m_audience->setPlaceholderText(tr("the FHIR base when empty"));
    m_useJwt = new QCheckBox(tr("Sign a JWT assertion (private_key_jwt)"), this);
    m_secretPath = new QLineEdit(this);
    m_secretPath->setPlaceholderText(tr("private key or secret file"));
    m_createKey = new QPushButton(tr("Create key pair…"), this);
    m_createKey->setObjectName(QStringLiteral("createKeyPair"));
    m_createKey->setToolTip(tr("Make a private key for this client and show the public key set "
                               "to register with the server"));
    connect(m_createKey, &QPushButton::clicked, this, [this] {
        auto* dialog = new KeyPairDialog(KeyPairDialog::defaultPath(m_clientId->text().isEmpty()
                                                                        ? m_name->text()
                                                                        : m_clientId->text()),
                                         this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &KeyPairDialog::keyCreated, this, [this](const QString& path) {
            m_secretPath->setText(path);
            m_useJwt->setChecked(true);
        });
        dialog->open();
    });
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_secretPath, 1);
    keyRow->addWidget(m_createKey);
    m_caPath = new QLineEdit(this);
    m_caPath->setPlaceholderText(tr("extra CA certificate (PEM); verification stays on"));
    m_redirectPort = new QSpinBox(this);
    m_redirectPort->setRange(0, 65535);
    m_redirectPort->setSpecialValueText(tr("any free port"));
    m_embeddedLogin =
        new QCheckBox(tr("Log in inside Sightline instead of the system browser"), this);
    m_forwardAudit =
        new QCheckBox(tr("Send Sightline's audit trail to this server (AuditEvent)"), this);
    m_forwardAudit->setObjectName(QStringLiteral("forwardAudit"));
    connect(m_authKind, &QComboBox::currentIndexChanged, this, &ServerDialog::updateFieldStates);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ServerDialog::updateFieldStates);
    connect(m_useJwt, &QCheckBox::toggled, this, &ServerDialog::updateFieldStates);

    auto* form = new QFormLayout;
    form->addRow(tr("Connection string"), pasteRow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    // A DICOM node's fields, or the HTTP ones (hiding rows of one form upsets Qt 6.4's layout).
    form->addRow(m_node);
    m_http = new QWidget(this);
    form->addRow(m_http);
    auto* outer = form;
    form = new QFormLayout(m_http);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_baseLabel, m_fhirBase);
    form->addRow(tr("Authorization"), m_authKind);
    form->addRow(tr("Client ID"), m_clientId);
    form->addRow(tr("Scopes"), m_scopes);
    form->addRow(tr("Token URL"), m_tokenUrl);
    form->addRow(tr("Audience"), m_audience);
    form->addRow(QString(), m_useJwt);
    form->addRow(tr("Key / secret file"), keyRow);
    form->addRow(tr("CA certificate"), m_caPath);
    form->addRow(tr("Redirect port"), m_redirectPort);
    form->addRow(QString(), m_embeddedLogin);
    form->addRow(QString(), m_forwardAudit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(outer);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    alignLabelColumns();
    showProfile(profile);
    resize(640, sizeHint().height());
}

void ServerDialog::alignLabelColumns() {
    // The form is three nested forms (general, HTTP, DICOM node): one label width for all, so
    // their fields start in one column.
    const QList<QFormLayout*> forms = findChildren<QFormLayout*>();
    QList<QWidget*> labels;
    int widest = 0;
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget()) {
                labels << item->widget();
                widest = std::max(widest, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : labels)
        label->setMinimumWidth(widest);
}

void ServerDialog::showProfile(const ServerProfile& p) {
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_node->show(p.dicomNode);
    m_fhirBase->setText(p.fhirBase.toString());
    m_authKind->setCurrentIndex(m_authKind->findData(int(p.authKind)));
    m_clientId->setText(p.clientId);
    m_scopes->setText(p.scopes.join(QLatin1Char(' ')));
    m_tokenUrl->setText(p.tokenUrl.toString());
    m_audience->setText(p.audience);
    m_useJwt->setChecked(p.useJwtAssertion);
    m_secretPath->setText(p.clientSecretPath);
    m_caPath->setText(p.caCertificatePath);
    m_redirectPort->setValue(p.redirectPort);
    m_embeddedLogin->setChecked(p.embeddedLogin);
    m_forwardAudit->setChecked(p.forwardAudit);
    updateFieldStates();
}

void ServerDialog::updateFieldStates() {
    // A DICOMweb-only PACS takes no SMART: it is open or wants Basic credentials.
    const auto serverKind = ServerProfile::Kind(m_kind->currentData().toInt());
    const bool pacs = serverKind == ServerProfile::Kind::DicomWeb;
    const bool node = serverKind == ServerProfile::Kind::DicomNode;
    // A DICOM node has its own fields, and none of the HTTP ones.
    m_node->setVisible(node);
    m_http->setVisible(!node);
    m_baseLabel->setText(pacs ? tr("DICOMweb base URL") : tr("FHIR base URL"));
    m_fhirBase->setPlaceholderText(pacs ? QStringLiteral("https://pacs.example.org/dicom-web")
                                        : QStringLiteral("https://fhir.example.org/r4"));
    for (int i = 0; i < m_authKind->count(); ++i) {
        const auto option = AuthKind(m_authKind->itemData(i).toInt());
        const bool allowed = !pacs || option == AuthKind::None || option == AuthKind::Basic;
        qobject_cast<QStandardItemModel*>(m_authKind->model())->item(i)->setEnabled(allowed);
    }
    m_forwardAudit->setEnabled(!pacs);
    const auto kind = AuthKind(m_authKind->currentData().toInt());
    const bool smart = kind == AuthKind::SmartPublic || kind == AuthKind::SmartConfidential;
    const bool backend = kind == AuthKind::BackendServices;
    m_clientId->setEnabled(smart || backend);
    m_scopes->setEnabled(smart || backend);
    m_tokenUrl->setEnabled(smart || backend);
    m_audience->setEnabled(smart || backend);
    // Backend Services and confidential asymmetric clients sign with a private key.
    const bool confidential = kind == AuthKind::SmartConfidential;
    m_useJwt->setEnabled(backend || confidential);
    m_secretPath->setEnabled(backend || confidential);
    m_createKey->setEnabled(backend || confidential);
    m_redirectPort->setEnabled(smart);
    m_embeddedLogin->setEnabled(smart);
}

bool ServerDialog::applyConnectionString(const QString& text) {
    const auto parsed = ConnectionString::parse(text);
    if (!parsed) {
        m_message->setText(parsed.error().toString());
        m_message->show();
        return false;
    }
    ServerProfile p = parsed->profile;
    p.id = m_original.id;
    m_pastedSecret = parsed->clientSecret;
    showProfile(p);
    m_message->setText(
        m_pastedSecret.isEmpty()
            ? QString()
            : tr("The client secret will be stored in the OS keychain, not in settings."));
    m_message->setStyleSheet(QStringLiteral("color: palette(text)"));
    m_message->setVisible(!m_pastedSecret.isEmpty());
    m_connectionString->clear(); // it may hold a secret: do not leave it on screen
    return true;
}

void ServerDialog::setDimseService(DimseService* dimse) {
    m_node->setDimseService(dimse);
}

void ServerDialog::showHint(const QString& text) {
    m_message->setText(text);
    m_message->setStyleSheet(QStringLiteral("color: palette(text)"));
    m_message->show();
    m_clientId->setFocus();
}

ServerProfile ServerDialog::profile() const {
    ServerProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.kind = ServerProfile::Kind(m_kind->currentData().toInt());
    if (p.isDicomNode()) {
        p.dicomNode = m_node->address();
        p.fhirBase = ServerProfile::dicomNodeUrl(p.dicomNode);
        p.authKind = AuthKind::None;
        p.forwardAudit = false;
        if (p.name.isEmpty())
            p.name = p.dicomNode.display();
        return p;
    }
    p.fhirBase =
        QUrl(m_fhirBase->text().trimmed(), QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
    p.authKind = AuthKind(m_authKind->currentData().toInt());
    p.clientId = m_clientId->text().trimmed();
    p.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    p.audience = m_audience->text().trimmed();
    p.useJwtAssertion = m_useJwt->isChecked();
    p.clientSecretPath = m_secretPath->text().trimmed();
    p.caCertificatePath = m_caPath->text().trimmed();
    p.redirectPort = m_redirectPort->value();
    p.embeddedLogin = m_embeddedLogin->isChecked();
    p.forwardAudit = m_forwardAudit->isChecked() && !p.isDicomWebOnly();
    if (p.name.isEmpty())
        p.name = p.fhirBase.host() + p.fhirBase.path();
    return p;
}

void ServerDialog::accept() {
    const ServerProfile p = profile();
    QString problem;
    if (p.isDicomNode())
        problem = m_node->problem();
    else if (!p.fhirBase.isValid() || p.fhirBase.host().isEmpty() ||
             (p.fhirBase.scheme() != QLatin1String("https") &&
              p.fhirBase.scheme() != QLatin1String("http")))
        problem = p.isDicomWebOnly()
                      ? tr("Enter the PACS's DICOMweb base URL, starting with https:// (or "
                           "http:// for a local test server).")
                      : tr("Enter the server's FHIR base URL, starting with https:// (or http:// "
                           "for a local test server).");
    else if (p.isDicomWebOnly() && p.authKind != AuthKind::None && p.authKind != AuthKind::Basic)
        problem = tr("A DICOMweb PACS without FHIR is open or takes a user name and password "
                     "(Basic).");
    else if ((p.authKind == AuthKind::SmartPublic || p.authKind == AuthKind::SmartConfidential ||
              p.authKind == AuthKind::BackendServices) &&
             p.clientId.isEmpty())
        problem = tr("SMART authorization needs a client ID.");
    else if (!p.tokenUrl.isEmpty() && !p.tokenUrl.isValid())
        problem = tr("The token URL is not a valid URL.");
    if (!problem.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_message->setText(problem);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace sightline
