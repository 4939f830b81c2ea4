#pragma once
// Asks for a push: the resources (NDJSON files, an export's folder, or a search on a source
// server by type and patient), the target server, the identifier system that recognises
// resources already there, chunk size, dry run and Provenance. The target's CapabilityStatement
// is read in the background; a target that does not declare transactions cannot be chosen.

#include "exporting/PushRequest.h"
#include "fhir/FhirClientFactory.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sightline {

class FhirClient;
class ServerStore;

class PushDialog : public QDialog {
    Q_OBJECT
public:
    PushDialog(ServerStore* servers, FhirClientFactory clients, QWidget* parent = nullptr);
    ~PushDialog() override;

    PushRequest request() const;
    // Why the push cannot start yet (shown in the dialog), or empty.
    QString problem() const;
    // The target's CapabilityStatement has been read (or could not be).
    bool targetChecked() const { return m_targetChecked; }

    void setFiles(const QStringList& paths);
    void setSearch(const QString& sourceServerId, const QString& type, const QString& patient);
    void setTarget(const QString& serverId);
    void setIdentifierSystem(const QString& system);
    void setDryRun(bool dryRun);

private:
    void validate();
    void checkTarget();
    PushServer serverAt(const QComboBox* combo) const;

    ServerStore* m_servers;
    FhirClientFactory m_clients;
    std::unique_ptr<FhirClient> m_targetClient;
    bool m_targetChecked = false;
    bool m_targetRefuses = false;
    QRadioButton* m_fromFiles;
    QRadioButton* m_fromServer;
    QLineEdit* m_files;
    QComboBox* m_source;
    QLineEdit* m_type;
    QLineEdit* m_patient;
    QComboBox* m_target;
    QLabel* m_targetInfo;
    QLineEdit* m_system;
    QSpinBox* m_chunk;
    QCheckBox* m_dryRun;
    QCheckBox* m_provenance;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace sightline
