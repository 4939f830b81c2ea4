#pragma once
// Adds or edits a server profile (a FHIR server, a DICOMweb PACS, a DICOM node): a form for every
// setting, and a field that fills the form from a pasted connection string. A client secret found
// in a pasted string is handed out separately (for the keychain), never kept in the profile.

#include "servers/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sightline {

class DicomNodeFields;
class DimseService;

class ServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerDialog(const ServerProfile& profile, QWidget* parent = nullptr);

    ServerProfile profile() const;
    QByteArray pastedSecret() const { return m_pastedSecret; }
    // Fills the form from a connection string; returns false and shows why when it is invalid.
    bool applyConnectionString(const QString& text);
    // A word above the form on what to fill in (e.g. when setting up a SMART login).
    void showHint(const QString& text);
    // For a DICOM node's Test connection.
    void setDimseService(DimseService* dimse);

public slots:
    void accept() override;

private:
    void alignLabelColumns();
    void showProfile(const ServerProfile& profile);
    void updateFieldStates();

    ServerProfile m_original;
    QByteArray m_pastedSecret;
    QLineEdit* m_connectionString;
    QLabel* m_message;
    QLineEdit* m_name;
    QComboBox* m_kind;
    DicomNodeFields* m_node;
    QWidget* m_http; // the fields of FHIR servers and DICOMweb PACS
    QLabel* m_baseLabel;
    QLineEdit* m_fhirBase;
    QComboBox* m_authKind;
    QLineEdit* m_clientId;
    QLineEdit* m_scopes;
    QLineEdit* m_tokenUrl;
    QLineEdit* m_audience;
    QCheckBox* m_useJwt;
    QLineEdit* m_secretPath;
    QPushButton* m_createKey;
    QLineEdit* m_caPath;
    QSpinBox* m_redirectPort;
    QCheckBox* m_embeddedLogin;
    QCheckBox* m_forwardAudit;
};

} // namespace sightline
