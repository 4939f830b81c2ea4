#include "capabilities/CapabilitiesPanel.h"

#include "common/ElidingLabel.h"

#include "capabilities/CapabilityComparison.h"
#include "capabilities/CapabilityComparisonView.h"
#include "capabilities/CapabilityLoader.h"
#include "capabilities/ReadinessCheck.h"
#include "capabilities/ServerDialog.h"
#include "dimse/DimseService.h"
#include "dimse/KeychainTlsKeys.h"
#include "fhir/FhirClient.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sightline {

CapabilitiesPanel::CapabilitiesPanel(ServerStore* servers, SecretStore* secrets,
                                     FhirClientFactory clients, QWidget* parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_secrets(secrets)
    , m_clients(clients) {
    setObjectName(QStringLiteral("capabilitiesPanel"));
    buildUi();
    connect(m_servers, &ServerStore::changed, this, &CapabilitiesPanel::refreshServerList);
    refreshServerList();
}

void CapabilitiesPanel::buildUi() {
    m_serverList = new QListWidget(this);
    m_serverList->setObjectName(QStringLiteral("serverList"));
    auto* add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addServer"));
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_removeButton = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, &CapabilitiesPanel::addServer);
    connect(m_editButton, &QPushButton::clicked, this, &CapabilitiesPanel::editServer);
    connect(m_removeButton, &QPushButton::clicked, this, &CapabilitiesPanel::removeServer);
    connect(m_serverList, &QListWidget::currentRowChanged, this,
            &CapabilitiesPanel::onServerSelected);
    connect(m_serverList, &QListWidget::itemDoubleClicked, this, &CapabilitiesPanel::editServer);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Servers</b>"), left));
    leftLayout->addWidget(m_serverList, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    leftLayout->addLayout(buttons);

    m_title = new ElidingLabel(this);
    m_title->setObjectName(QStringLiteral("serverTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_loadButton = new QPushButton(tr("Load capabilities"), this);
    m_loadButton->setObjectName(QStringLiteral("loadCapabilities"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoad"));
    // A server that offers SMART on FHIR while its profile logs in with nothing: one click to
    // set the login up, instead of a Session panel that has nothing to offer.
    m_setUpSmart = new QPushButton(tr("Set up SMART login…"), this);
    m_setUpSmart->setObjectName(QStringLiteral("setUpSmart"));
    m_setUpSmart->setToolTip(tr("This server offers SMART on FHIR; its profile does not use it."));
    m_setUpSmart->hide();
    connect(m_setUpSmart, &QPushButton::clicked, this, &CapabilitiesPanel::setUpSmartLogin);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    connect(m_loadButton, &QPushButton::clicked, this, &CapabilitiesPanel::reload);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_loader)
            m_loader->cancel();
    });
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_progress);
    header->addWidget(m_cancelButton);
    header->addWidget(m_setUpSmart);
    header->addWidget(m_loadButton);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loadError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("capabilityFilter"));
    m_filter->setPlaceholderText(tr("Filter: resource, interaction, search parameter, operation…"));
    m_filter->setClearButtonEnabled(true);
    m_treeModel = new CapabilityTreeModel(this);
    m_treeProxy = new QSortFilterProxyModel(this);
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setAutoAcceptChildRows(true);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_treeProxy->setFilterKeyColumn(-1);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("capabilityTree"));
    m_tree->setModel(m_treeProxy);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 300);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_treeProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandToDepth(1);
    });
    auto* treePage = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treePage);
    treeLayout->addWidget(m_filter);
    treeLayout->addWidget(m_tree, 1);

    m_readiness = new QTreeWidget(this);
    m_readiness->setObjectName(QStringLiteral("readinessList"));
    m_readiness->setHeaderLabels({tr(" "), tr("What Sightline needs"), tr("Area"), tr("Why")});
    m_readiness->setRootIsDecorated(false);
    m_readiness->setWordWrap(true);

    m_jsonChoice = new QComboBox(this);
    m_jsonChoice->addItems({tr("CapabilityStatement (/metadata)"),
                            tr("SMART configuration (/.well-known/smart-configuration)")});
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("rawJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_jsonChoice, &QComboBox::currentIndexChanged, this, &CapabilitiesPanel::showJson);
    auto* jsonPage = new QWidget(this);
    auto* jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->addWidget(m_jsonChoice);
    jsonLayout->addWidget(m_json, 1);

    m_comparison = new CapabilityComparisonView(this);
    m_comparison->setObjectName(QStringLiteral("comparisonView"));
    connect(m_comparison, &CapabilityComparisonView::compareRequested, this,
            &CapabilitiesPanel::compareWith);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("capabilityTabs"));
    m_tabs->addTab(m_readiness, tr("Readiness"));
    m_tabs->addTab(treePage, tr("Capabilities"));
    m_tabs->addTab(jsonPage, tr("Raw JSON"));
    m_tabs->addTab(m_comparison, tr("Compare"));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_verdict);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setBusy(false);
    onServerSelected();
}

void CapabilitiesPanel::refreshServerList() {
    const QString previous = currentServerId();
    m_serverList->blockSignals(true);
    m_serverList->clear();
    QList<QPair<QString, QString>> candidates;
    for (const ServerProfile& p : m_servers->profiles()) {
        auto* item = new QListWidgetItem(p.name, m_serverList);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.fhirBase.toDisplayString());
        if (p.isFhir())
            candidates.append({p.id, p.name});
    }
    m_serverList->blockSignals(false);
    selectServer(previous);
    if (m_serverList->currentRow() < 0 && m_serverList->count() > 0)
        m_serverList->setCurrentRow(0);
    m_comparison->setCandidates(candidates, currentServerId());
    onServerSelected();
}

QString CapabilitiesPanel::currentServerId() const {
    const QListWidgetItem* item = m_serverList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CapabilitiesPanel::selectServer(const QString& id) {
    for (int i = 0; i < m_serverList->count(); ++i) {
        if (m_serverList->item(i)->data(Qt::UserRole).toString() == id)
            m_serverList->setCurrentRow(i);
    }
}

const ServerCapabilities* CapabilitiesPanel::capabilitiesOf(const QString& serverId) const {
    const auto it = m_loaded.constFind(serverId);
    return it == m_loaded.cend() ? nullptr : &*it;
}

bool CapabilitiesPanel::isLoading() const {
    return !m_loader.isNull();
}

void CapabilitiesPanel::onServerSelected() {
    const QString id = currentServerId();
    const auto profile = m_servers->profile(id);
    m_setUpSmart->hide();
    m_editButton->setEnabled(profile.has_value());
    m_removeButton->setEnabled(profile.has_value());
    m_loadButton->setEnabled(profile.has_value() && !isLoading());
    QList<QPair<QString, QString>> candidates;
    for (const ServerProfile& p : m_servers->fhirProfiles())
        candidates.append({p.id, p.name});
    m_comparison->setCandidates(candidates, id);
    if (!profile) {
        m_title->setFullText(tr("Add a FHIR server to see what it can do."));
        m_verdict->clear();
        m_error->clear();
        m_treeModel->clear();
        m_readiness->clear();
        m_json->clear();
        return;
    }
    m_title->setFullText(
        QStringLiteral("%1 — %2").arg(profile->name, profile->fhirBase.toDisplayString()));
    if (!profile->isFhir()) {
        // A PACS without FHIR has no CapabilityStatement: what Sightline does with it is QIDO-RS
        // and WADO-RS from the Studies panel; a DICOM node is tested and queried over DIMSE.
        m_loadButton->setEnabled(false);
        m_verdict->setText(
            profile->isDicomNode()
                ? tr("DICOM node: test the connection with Edit… → Test connection (C-ECHO); "
                     "query it with sightline find. It has no FHIR capabilities to show.")
                : tr("DICOMweb PACS without FHIR: find patients and studies on it in the "
                     "Studies panel (QIDO-RS), retrieve them and open them in a viewer. It has "
                     "no FHIR capabilities to show."));
        m_error->clear();
        m_treeModel->clear();
        m_readiness->clear();
        m_json->clear();
        return;
    }
    if (m_loaded.contains(id))
        showCapabilities(id);
    else if (!isLoading())
        load(id, false);
}

void CapabilitiesPanel::setDimseService(DimseService* dimse) {
    m_dimse = dimse;
}

void CapabilitiesPanel::setTlsKeys(KeychainTlsKeys* keys) {
    m_tlsKeys = keys;
}

void CapabilitiesPanel::addServer() {
    openDialog(ServerProfile{});
}

void CapabilitiesPanel::editServer() {
    if (const auto profile = m_servers->profile(currentServerId()))
        openDialog(*profile);
}

ServerDialog* CapabilitiesPanel::openDialog(const ServerProfile& profile) {
    // Window-modal and non-blocking: no nested event loop, and tests can drive the dialog.
    auto* dialog = new ServerDialog(profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDimseService(m_dimse);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveServer(dialog->profile(), dialog->pastedSecret()); });
    dialog->open();
    return dialog;
}

void CapabilitiesPanel::saveServer(const ServerProfile& profile, const QByteArray& secret) {
    // The key it had in the keychain, which the form no longer names once the certificate is
    // cleared.
    const std::optional<ServerProfile> before =
        profile.id.isEmpty() ? std::nullopt : m_servers->profile(profile.id);
    const QString keptKey = before ? before->dicomNode.tlsKeyName : QString();
    const ServerProfile saved =
        keepTlsKey(m_servers->save(profile), profile.dicomNode.tlsPrivateKey, keptKey);
    m_loaded.remove(saved.id);
    if (!secret.isEmpty()) {
        m_secrets->write(saved.secretKey(), secret, this, [this](const Status& status) {
            if (!status)
                m_error->setText(
                    tr("The client secret was not stored: %1").arg(status.error().message));
            else
                emit statusMessage(tr("Client secret stored in the OS keychain"));
        });
    }
    selectServer(saved.id);
    load(saved.id, false);
}

ServerProfile CapabilitiesPanel::keepTlsKey(ServerProfile saved, const QByteArray& importedKey,
                                            const QString& keptKey) {
    saved.dicomNode.tlsPrivateKey.clear(); // in the keychain, not in the profile
    const QString keyName = saved.dicomTlsKeyName();
    const bool keeps = saved.isDicomNode() && !saved.dicomNode.tlsCertificateFile.isEmpty();
    if (keeps && !importedKey.isEmpty()) {
        if (m_tlsKeys)
            m_tlsKeys->remember(keyName, importedKey);
        m_secrets->write(keyName, importedKey, this, [this](const Status& status) {
            if (!status)
                m_error->setText(tr("The private key of Sightline's certificate was not "
                                    "stored: %1")
                                     .arg(status.error().message));
            else
                emit statusMessage(tr("Private key stored in the OS keychain"));
        });
        saved.dicomNode.tlsKeyName = keyName;
    } else if (!keeps && (!saved.dicomNode.tlsKeyName.isEmpty() || !keptKey.isEmpty())) {
        for (const QString& name : QSet<QString>{saved.dicomNode.tlsKeyName, keptKey}) {
            if (name.isEmpty())
                continue;
            m_secrets->remove(name, this, [](const Status&) {});
            if (m_tlsKeys)
                m_tlsKeys->forget(name);
        }
        saved.dicomNode.tlsKeyName.clear();
    } else {
        return saved;
    }
    return m_servers->save(saved);
}

void CapabilitiesPanel::removeServer() {
    const auto profile = m_servers->profile(currentServerId());
    if (!profile)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove server"),
        tr("Remove %1 from Sightline? Its stored secret is removed too.").arg(profile->name));
    if (answer != QMessageBox::Yes)
        return;
    m_secrets->remove(profile->secretKey(), this, [](const Status&) {});
    if (!profile->dicomNode.tlsKeyName.isEmpty()) {
        m_secrets->remove(profile->dicomNode.tlsKeyName, this, [](const Status&) {});
        if (m_tlsKeys)
            m_tlsKeys->forget(profile->dicomNode.tlsKeyName);
    }
    m_loaded.remove(profile->id);
    m_servers->remove(profile->id);
}

void CapabilitiesPanel::reload() {
    const QString id = currentServerId();
    if (!id.isEmpty())
        load(id, false);
}

void CapabilitiesPanel::load(const QString& serverId, bool thenCompare) {
    const auto profile = m_servers->profile(serverId);
    if (!profile || !profile->isFhir())
        return;
    if (m_loader) {
        // A newer request replaces the running one; its late answer must not land anywhere.
        m_loader->disconnect(this);
        m_loader->cancel();
        m_loader->parent()->deleteLater();
    }
    auto client = m_clients.create(*profile, this);
    if (!client) {
        m_error->setText(client.error().toString());
        return;
    }
    m_loadingId = serverId;
    m_pendingCompareId = thenCompare ? serverId : QString();
    m_loader = new CapabilityLoader(client.value(), client.value());
    connect(m_loader, &CapabilityLoader::progress, this,
            [this](const QString& step) { emit statusMessage(step); });
    connect(m_loader, &CapabilityLoader::finished, this,
            [this, serverId, c = client.value()](const ServerCapabilities& caps) {
                c->deleteLater(); // also deletes the loader
                setBusy(false);
                m_loaded.insert(serverId, caps);
                emit statusMessage(
                    caps.statement
                        ? tr("Capabilities of %1 loaded in %2 ms")
                              .arg(caps.fhirBase.toDisplayString())
                              .arg(caps.elapsedMs)
                        : tr("Could not load capabilities: %1").arg(caps.statementError.message));
                if (m_pendingCompareId == serverId) {
                    m_pendingCompareId.clear();
                    compareWith(serverId);
                } else if (serverId == currentServerId()) {
                    showCapabilities(serverId);
                }
            });
    setBusy(true, tr("Loading…"));
    m_loader->start();
}

void CapabilitiesPanel::setBusy(bool busy, const QString& text) {
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_loadButton->setEnabled(!busy && !currentServerId().isEmpty());
    if (busy)
        m_verdict->setText(text);
}

void CapabilitiesPanel::showCapabilities(const QString& serverId) {
    const ServerCapabilities& caps = m_loaded[serverId];
    m_treeModel->setCapabilities(caps);
    m_tree->expandToDepth(0);
    if (!caps.statement)
        m_error->setText(tr("CapabilityStatement: %1").arg(caps.statementError.toString()));
    else if (!caps.smart && caps.smartError.kind != Error::Kind::None &&
             caps.smartError.httpStatus != 404)
        m_error->setText(tr("SMART configuration: %1").arg(caps.smartError.toString()));
    else
        m_error->clear();
    showReadiness(caps);
    showJson();
    const auto profile = m_servers->profile(serverId);
    m_setUpSmart->setVisible(caps.smart && profile &&
                             profile->authKind == ServerProfile::AuthKind::None);
}

void CapabilitiesPanel::setUpSmartLogin() {
    auto profile = m_servers->profile(currentServerId());
    if (!profile)
        return;
    profile->authKind = ServerProfile::AuthKind::SmartPublic;
    auto* dialog = openDialog(*profile);
    dialog->showHint(tr("%1 offers SMART on FHIR. Enter the client id registered for Sightline "
                        "at its authorization server (and a secret or key if the client is "
                        "confidential), then log in from the Session tab.")
                         .arg(profile->name));
}

void CapabilitiesPanel::showReadiness(const ServerCapabilities& caps) {
    const QList<ReadinessItem> items = ReadinessCheck::evaluate(caps);
    m_readiness->clear();
    for (const ReadinessItem& i : items) {
        auto* row = new QTreeWidgetItem(
            m_readiness, {ReadinessItem::stateSymbol(i.state), i.title, i.area, i.reason});
        row->setData(0, Qt::UserRole, i.id);
        row->setToolTip(3, i.reason);
        const QColor color = i.state == ReadinessItem::State::Ready     ? QColor(0x1b, 0x7f, 0x3b)
                             : i.state == ReadinessItem::State::Partial ? QColor(0xb2, 0x6b, 0x00)
                                                                        : QColor(0xb0, 0x00, 0x20);
        row->setForeground(0, color);
        if (i.essential) {
            QFont bold = row->font(1);
            bold.setBold(true);
            row->setFont(1, bold);
        }
    }
    for (int c = 0; c < 3; ++c)
        m_readiness->resizeColumnToContents(c);
    const QString verdict = ReadinessCheck::verdict(items);
    const bool blocked = std::any_of(items.cbegin(), items.cend(), [](const ReadinessItem& i) {
        return i.essential && i.state != ReadinessItem::State::Ready &&
               i.state != ReadinessItem::State::Partial;
    });
    const bool limited = std::any_of(items.cbegin(), items.cend(), [](const ReadinessItem& i) {
        return i.state != ReadinessItem::State::Ready;
    });
    const QString color = blocked   ? QStringLiteral("#b00020")
                          : limited ? QStringLiteral("#b26b00")
                                    : QStringLiteral("#1b7f3b");
    m_verdict->setText(QStringLiteral("<span style='color:%1; font-weight:bold'>%2</span>")
                           .arg(color, verdict.toHtmlEscaped()));
}

void CapabilitiesPanel::showJson() {
    const ServerCapabilities* caps = capabilitiesOf(currentServerId());
    if (!caps) {
        m_json->clear();
        return;
    }
    const QJsonObject json =
        m_jsonChoice->currentIndex() == 0 ? caps->statementJson : caps->smartJson;
    m_json->setPlainText(
        json.isEmpty() ? tr("(nothing received)")
                       : QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

void CapabilitiesPanel::compareWith(const QString& otherId) {
    const QString id = currentServerId();
    const ServerCapabilities* left = capabilitiesOf(id);
    const ServerCapabilities* right = capabilitiesOf(otherId);
    if (!right) {
        m_comparison->showMessage(tr("Loading the other server's capabilities…"));
        load(otherId, true);
        return;
    }
    if (!left) {
        m_comparison->showMessage(tr("Load this server's capabilities first."));
        return;
    }
    const auto a = m_servers->profile(id);
    const auto b = m_servers->profile(otherId);
    m_comparison->showComparison(a ? a->name : id, b ? b->name : otherId,
                                 CapabilityComparison::compare(*left, *right));
    m_tabs->setCurrentWidget(m_comparison);
}

} // namespace sightline
