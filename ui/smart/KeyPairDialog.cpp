#include "smart/KeyPairDialog.h"

#include "smart/SigningKey.h"

#include "common/BackgroundWork.h"
#include "common/Clock.h"
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sightline {

namespace {

struct Made {
    QString error;
    QByteArray jwks;
};

Made makeKey(SigningKey::Algorithm algorithm, const QString& path) {
    const auto key = SigningKey::generate(algorithm);
    if (!key)
        return {key.error().toString(), {}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (const Status written = key->writePrivateKey(path); !written)
        return {written.error().toString(), {}};
    return {{}, QJsonDocument(SigningKey::jwks({key.value()})).toJson(QJsonDocument::Indented)};
}

} // namespace

QString KeyPairDialog::defaultPath(const QString& clientName) {
    QString slug = clientName.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    if (slug.isEmpty())
        slug = QStringLiteral("backend");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/keys/%1-%2.pem")
               .arg(slug, Clock::system().nowUtc().toLocalTime().date().toString(
                              QStringLiteral("yyyyMMdd")));
}

KeyPairDialog::KeyPairDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("keyPairDialog"));
    setWindowTitle(tr("Create a Backend Services key pair"));
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("keyAlgorithm"));
    m_algorithm->addItem(tr("ES384 (P-384, recommended)"), QStringLiteral("ES384"));
    m_algorithm->addItem(tr("RS384 (RSA 3072)"), QStringLiteral("RS384"));
    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(QStringLiteral("keyPath"));
    m_create = new QPushButton(tr("Create key pair"), this);
    m_create->setObjectName(QStringLiteral("createKey"));
    m_message = new QLabel(tr("The private key is written readable by you only and never leaves "
                              "this computer. Register the public key set below with the server."),
                           this);
    m_message->setObjectName(QStringLiteral("keyMessage"));
    m_message->setWordWrap(true);
    m_jwks = new QPlainTextEdit(this);
    m_jwks->setObjectName(QStringLiteral("jwks"));
    m_jwks->setReadOnly(true);
    m_jwks->setPlaceholderText(tr("The public JWKS appears here"));
    m_copy = new QPushButton(tr("Copy JWKS"), this);
    m_copy->setObjectName(QStringLiteral("copyJwks"));
    m_copy->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);

    connect(m_create, &QPushButton::clicked, this, &KeyPairDialog::create);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_jwks->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this,
            [this] { m_written.isEmpty() ? reject() : accept(); });

    auto* form = new QFormLayout;
    form->addRow(tr("Algorithm"), m_algorithm);
    form->addRow(tr("Private key file"), m_path);
    form->addRow(QString(), m_create);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_jwks, 1);
    layout->addWidget(buttons);
    resize(620, 460);
}

QString KeyPairDialog::keyPath() const {
    return m_written;
}

QString KeyPairDialog::jwks() const {
    return m_jwks->toPlainText();
}

void KeyPairDialog::create() {
    const QString path = QDir::cleanPath(m_path->text().trimmed());
    if (path.isEmpty() || QFileInfo::exists(path)) {
        m_message->setText(path.isEmpty() ? tr("Choose where the private key goes.")
                                          : tr("%1 exists already; Sightline does not "
                                               "overwrite keys. Choose another file.")
                                                .arg(path));
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        return;
    }
    const auto algorithm = m_algorithm->currentData().toString() == QLatin1String("RS384")
                               ? SigningKey::Algorithm::RS384
                               : SigningKey::Algorithm::ES384;
    m_create->setEnabled(false);
    m_message->setStyleSheet({});
    m_message->setText(tr("Creating the key pair…"));
    auto* watcher = new QFutureWatcher<Made>(this);
    connect(watcher, &QFutureWatcher<Made>::finished, this, [this, watcher, path] {
        const Made made = watcher->result();
        watcher->deleteLater();
        if (!made.error.isEmpty()) {
            m_create->setEnabled(true);
            m_message->setStyleSheet(QStringLiteral("color: #b00020"));
            m_message->setText(tr("No key was created: %1").arg(made.error));
            return;
        }
        m_written = path;
        m_jwks->setPlainText(QString::fromUtf8(made.jwks));
        m_copy->setEnabled(true);
        m_message->setText(tr("Private key written to %1 (readable by you only). Register this "
                              "public JWKS with the server for the client.")
                               .arg(path));
        emit keyCreated(path);
    });
    watcher->setFuture(runInBackground(makeKey, algorithm, path));
}

} // namespace sightline
