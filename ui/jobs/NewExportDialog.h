#pragma once
// Asks for a Bulk Data export: which configured server, which level (whole system, all
// patients, one Group), which resource types, changes since when, and where to write the files.
// Levels the chosen server does not offer (per its CapabilityStatement, read in the
// background) cannot be chosen.

#include "exporting/BulkExportRequest.h"
#include "exporting/BulkExportSupport.h"
#include "fhir/FhirClientFactory.h"
#include "servers/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sightline {

class FhirClient;
class ServerStore;

class NewExportDialog : public QDialog {
    Q_OBJECT
public:
    NewExportDialog(ServerStore* servers, FhirClientFactory clients, QWidget* parent = nullptr);
    ~NewExportDialog() override;
    // What the chosen server offers, once known (all levels until then).
    BulkExportSupport support() const { return m_support; }
    bool capabilitiesKnown() const { return m_known; }

    std::optional<ServerProfile> server() const;
    BulkExportRequest request() const;
    QString outputDir() const;

    void setServer(const QString& serverId);
    void setGroup(const QString& groupId);
    void setTypes(const QString& commaSeparated);
    void setOutputDir(const QString& dir);
    void setDeidentify(bool deidentify);

private:
    void validate();
    void loadCapabilities();
    void applySupport();

    ServerStore* m_servers;
    FhirClientFactory m_clients;
    std::unique_ptr<FhirClient> m_client;
    BulkExportSupport m_support{true, true, true};
    bool m_known = false;
    QLabel* m_capabilities;
    QComboBox* m_server;
    QComboBox* m_level;
    QLineEdit* m_group;
    QLineEdit* m_types;
    QCheckBox* m_useSince;
    QDateTimeEdit* m_since;
    QCheckBox* m_post;
    QCheckBox* m_deidentify;
    QLineEdit* m_output;
    QDialogButtonBox* m_buttons;
};

} // namespace sightline
