#include "preferences/PreferencesDialog.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "common/ProblemLabel.h"
#include "common/Theme.h"
#include "dimse/ReceivingNode.h"
#include "dimse/ReceivingNodePage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sightline {

PreferencesDialog::PreferencesDialog(AuditTrail* audit, QList<Editor> editors, QWidget* parent,
                                     QString appearanceIni, QString networkIni,
                                     ReceivingNode* receivingNode, QString receivingIni)
    : QDialog(parent)
    , m_audit(audit)
    , m_appearanceIni(std::move(appearanceIni))
    , m_networkIni(std::move(networkIni))
    , m_loadedAppearance(AppearanceSettings::load(m_appearanceIni))
    , m_loadedNetwork(NetworkSettings::load(m_networkIni))
    , m_receivingNode(receivingNode)
    , m_receivingIni(std::move(receivingIni))
    , m_loadedReceiving(ReceivingNodeSettings::load(m_receivingIni)) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto* pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("preferencesPages"));
    pages->addTab(appearancePage(), tr("Appearance"));
    pages->addTab(networkPage(), tr("Network"));
    if (m_receivingNode) {
        m_receivingPage = new ReceivingNodePage(m_loadedReceiving, this);
        m_receivingPage->setObjectName(QStringLiteral("receivingNodePage"));
        connect(m_receivingPage, &ReceivingNodePage::changed, this,
                &PreferencesDialog::showProblem);
        pages->addTab(m_receivingPage, tr("Receiving node"));
    }
    pages->addTab(editorsPage(editors), tr("More settings"));

    m_problem = makeProblemLabel(QStringLiteral("preferencesProblem"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    showProblem();
    resize(560, 420);
}

QWidget* PreferencesDialog::appearancePage() {
    auto* page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(tr("The system's (%1)").arg(QLocale().nativeLanguageName()), QString());
    for (const QString& code : AppearanceSettings::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(locale.nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loadedAppearance.language)));
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->addItem(tr("Follow the system"), int(AppearanceSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppearanceSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppearanceSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(m_loadedAppearance.theme)));
    auto* note = new QLabel(tr("A new language takes effect when Sightline starts next; the theme "
                               "changes at once."),
                            page);
    note->setWordWrap(true);
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(note);
    return page;
}

QWidget* PreferencesDialog::networkPage() {
    auto* page = new QWidget(this);
    m_proxySystem = new QRadioButton(tr("Use the &system's proxy settings"), page);
    m_proxySystem->setObjectName(QStringLiteral("proxySystem"));
    m_proxyNone = new QRadioButton(tr("&No proxy"), page);
    m_proxyNone->setObjectName(QStringLiteral("proxyNone"));
    m_proxyManual = new QRadioButton(tr("&Manual HTTP proxy:"), page);
    m_proxyManual->setObjectName(QStringLiteral("proxyManual"));
    m_proxyHost = new QLineEdit(m_loadedNetwork.proxyHost, page);
    m_proxyHost->setObjectName(QStringLiteral("proxyHost"));
    m_proxyHost->setPlaceholderText(tr("proxy.hospital.example"));
    m_proxyPort = new QSpinBox(page);
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setValue(m_loadedNetwork.proxyPort);
    m_proxyPort->setSpecialValueText(tr("port"));
    (m_loadedNetwork.proxy == NetworkSettings::Proxy::Manual ? m_proxyManual
     : m_loadedNetwork.proxy == NetworkSettings::Proxy::None ? m_proxyNone
                                                             : m_proxySystem)
        ->setChecked(true);
    auto* manual = new QHBoxLayout;
    manual->addWidget(m_proxyManual);
    manual->addWidget(m_proxyHost, 1);
    manual->addWidget(m_proxyPort);

    m_caBundle = new QLineEdit(m_loadedNetwork.caBundle, page);
    m_caBundle->setObjectName(QStringLiteral("caBundle"));
    m_caBundle->setPlaceholderText(tr("None: the system's certificate authorities only"));
    auto* browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA bundle"), m_caBundle->text(),
                                                          tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_caBundle->setText(file);
    });
    auto* ca = new QHBoxLayout;
    ca->addWidget(m_caBundle, 1);
    ca->addWidget(browse);
    auto* caNote = new QLabel(tr("Certificates in this file are trusted besides the system's, "
                                 "e.g. your hospital's own certificate authority. Certificates "
                                 "are always checked."),
                              page);
    caNote->setWordWrap(true);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_proxySystem);
    layout->addWidget(m_proxyNone);
    layout->addLayout(manual);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Extra CA bundle (PEM):"), page));
    layout->addLayout(ca);
    layout->addWidget(caNote);
    layout->addStretch(1);
    for (QRadioButton* radio : {m_proxySystem, m_proxyNone, m_proxyManual})
        connect(radio, &QRadioButton::toggled, this, &PreferencesDialog::showProblem);
    connect(m_proxyHost, &QLineEdit::textChanged, this, &PreferencesDialog::showProblem);
    connect(m_proxyPort, &QSpinBox::valueChanged, this, &PreferencesDialog::showProblem);
    connect(m_caBundle, &QLineEdit::textChanged, this, &PreferencesDialog::showProblem);
    return page;
}

QWidget* PreferencesDialog::editorsPage(const QList<Editor>& editors) {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    for (const Editor& editor : editors) {
        auto* button = new QPushButton(editor.label, page);
        button->setObjectName(QStringLiteral("editor-") + editor.label);
        connect(button, &QPushButton::clicked, this, [open = editor.open] { open(); });
        auto* description = new QLabel(editor.description, page);
        description->setWordWrap(true);
        form->addRow(button, description);
    }
    return page;
}

AppearanceSettings PreferencesDialog::appearance() const {
    AppearanceSettings a;
    a.language = m_language->currentData().toString();
    a.theme = AppearanceSettings::Theme(m_theme->currentData().toInt());
    return a;
}

NetworkSettings PreferencesDialog::network() const {
    NetworkSettings n;
    n.proxy = m_proxyManual->isChecked() ? NetworkSettings::Proxy::Manual
              : m_proxyNone->isChecked() ? NetworkSettings::Proxy::None
                                         : NetworkSettings::Proxy::System;
    n.proxyHost = m_proxyHost->text().trimmed();
    n.proxyPort = m_proxyPort->value();
    n.caBundle = m_caBundle->text().trimmed();
    return n;
}

void PreferencesDialog::showProblem() {
    const bool manual = m_proxyManual->isChecked();
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
    QString problem = network().problem();
    if (problem.isEmpty() && m_receivingPage)
        problem = m_receivingPage->settings().problem();
    m_problem->setText(problem);
}

bool PreferencesDialog::applyReceivingNode() {
    if (!m_receivingPage)
        return true;
    const ReceivingNodeSettings receiving = m_receivingPage->settings();
    if (const QString why = receiving.problem(); !why.isEmpty()) {
        m_problem->setText(why);
        return false;
    }
    // Unchanged, the node is left as it is: running for a C-MOVE, say, or stopped because its
    // port was taken when the window opened (the status bar said so then).
    if (receiving == m_loadedReceiving)
        return true;
    const StorageScpSettings before = m_receivingNode->settings();
    const bool wasRunning = m_receivingNode->isRunning();
    if (receiving.enabled) {
        // Started before anything is saved: settings that cannot work are not kept, and the
        // node goes back to what it was.
        if (const Status started = m_receivingNode->start(receiving.scp); !started) {
            m_receivingNode->configure(before);
            if (wasRunning)
                (void)m_receivingNode->start();
            m_problem->setText(
                tr("The receiving node cannot start: %1").arg(started.error().message));
            return false;
        }
    } else {
        // Off: the next start (a C-MOVE's) uses the new settings; a node the user turns off
        // stops now.
        m_receivingNode->configure(receiving.scp);
        if (m_loadedReceiving.enabled)
            m_receivingNode->stop();
    }
    if (const Status saved = receiving.save(m_receivingIni); !saved) {
        m_problem->setText(saved.error().toString());
        return false;
    }
    m_loadedReceiving = receiving;
    record(QStringLiteral("receiving-node"), receiving.describe());
    return true;
}

void PreferencesDialog::accept() {
    const AppearanceSettings appearance = this->appearance();
    const NetworkSettings network = this->network();
    if (const QString why = network.problem(); !why.isEmpty())
        return m_problem->setText(why);
    if (!applyReceivingNode())
        return;
    if (!(network == m_loadedNetwork)) {
        if (const Status saved = network.save(m_networkIni); !saved)
            return m_problem->setText(saved.error().toString());
        network.apply();
        record(QStringLiteral("network"), network.describe());
    }
    if (!(appearance == m_loadedAppearance)) {
        if (const Status saved = appearance.save(m_appearanceIni); !saved)
            return m_problem->setText(saved.error().toString());
        if (appearance.theme != m_loadedAppearance.theme)
            Theme::apply(appearance.theme);
        record(
            QStringLiteral("appearance"),
            QStringLiteral("language=%1; theme=%2")
                .arg(appearance.language.isEmpty() ? QStringLiteral("system") : appearance.language,
                     AppearanceSettings::themeName(appearance.theme)));
    }
    QDialog::accept();
}

void PreferencesDialog::record(const QString& what, const QString& description) {
    if (!m_audit)
        return;
    m_audit->record(
        AuditEventBuilder::settingsChange(AuditEventBuilder::Action::Update, what, description)
            .build());
}

} // namespace sightline
