#pragma once
// The Capabilities panel: the list of configured servers (add, edit, remove, paste a connection
// string), and for the selected one its capability tree, readiness checklist, raw JSON and a
// comparison with another server. All network work is asynchronous, cancellable and shown.

#include "capabilities/CapabilityTreeModel.h"
#include "capabilities/ServerCapabilities.h"
#include "fhir/FhirClientFactory.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace sightline {

class CapabilityComparisonView;
class CapabilityLoader;
class DimseService;
class ElidingLabel;
class KeychainTlsKeys;
class ServerDialog;
class SecretStore;
class ServerStore;

class CapabilitiesPanel : public QWidget {
    Q_OBJECT
public:
    CapabilitiesPanel(ServerStore* servers, SecretStore* secrets, FhirClientFactory clients,
                      QWidget* parent = nullptr);
    // For a DICOM node's Test connection in the server dialog.
    void setDimseService(DimseService* dimse);
    // Where an imported DICOM TLS key is used from at once (it is also written to the keychain).
    void setTlsKeys(KeychainTlsKeys* keys);

    QString currentServerId() const;
    void selectServer(const QString& id);
    // Starts fetching the selected server's capabilities (again).
    void reload();
    bool isLoading() const;
    // Saves a server (a secret, and a DICOM node's imported TLS key, go to the keychain),
    // selects it and loads its capabilities.
    void saveServer(const ServerProfile& profile, const QByteArray& secret = {});
    // Opens the dialog for a new server.
    void addServer();
    const ServerCapabilities* capabilitiesOf(const QString& serverId) const;

signals:
    void statusMessage(const QString& text);

private:
    void buildUi();
    void refreshServerList();
    void onServerSelected();
    void editServer();
    void removeServer();
    ServerDialog* openDialog(const ServerProfile& profile);
    // The current server's dialog with a SMART public login chosen and a word on what to fill.
    void setUpSmartLogin();
    void load(const QString& serverId, bool thenCompare);
    void showCapabilities(const QString& serverId);
    void showReadiness(const ServerCapabilities& caps);
    void showJson();
    void compareWith(const QString& otherId);
    void setBusy(bool busy, const QString& text = {});
    // Keeps or removes a DICOM node's TLS key in the keychain as its saved profile says.
    // `keptKey`: the keychain entry the profile had before this save.
    ServerProfile keepTlsKey(ServerProfile saved, const QByteArray& importedKey,
                             const QString& keptKey);

    ServerStore* m_servers;
    QPointer<DimseService> m_dimse;
    QPointer<KeychainTlsKeys> m_tlsKeys;
    SecretStore* m_secrets;
    FhirClientFactory m_clients;
    QHash<QString, ServerCapabilities> m_loaded;
    QPointer<CapabilityLoader> m_loader;
    QString m_loadingId;
    QString m_pendingCompareId;

    QListWidget* m_serverList = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    ElidingLabel* m_title = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_loadButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_setUpSmart = nullptr;
    QProgressBar* m_progress = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_filter = nullptr;
    QTreeView* m_tree = nullptr;
    CapabilityTreeModel* m_treeModel = nullptr;
    QSortFilterProxyModel* m_treeProxy = nullptr;
    QTreeWidget* m_readiness = nullptr;
    QComboBox* m_jsonChoice = nullptr;
    QPlainTextEdit* m_json = nullptr;
    CapabilityComparisonView* m_comparison = nullptr;
};

} // namespace sightline
