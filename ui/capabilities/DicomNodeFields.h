#pragma once
// The part of the server dialog for a DICOM node: host, port, the node's AE title, Sightline's
// calling AE title, the response timeout, how studies are retrieved (C-GET or C-MOVE) and DICOM
// TLS (with a CA file trusted besides the system's, and Sightline's own certificate for nodes
// that let in only callers they know: its private key imported into the keychain), with a Test
// connection button (C-ECHO) whose result says what to change when the node refuses.

#include "servers/DicomNodeAddress.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sightline {

class DimseService;

class DicomNodeFields : public QWidget {
    Q_OBJECT
public:
    explicit DicomNodeFields(QWidget* parent = nullptr);

    // Where Test connection goes; without one the button stays disabled.
    void setDimseService(DimseService* dimse);
    void show(const DicomNodeAddress& node);
    DicomNodeAddress address() const;
    // Why the address cannot be used (empty when it can).
    QString problem() const;
    // Reads the private key of Sightline's certificate from `path` (asking for its passphrase
    // when it is encrypted); it is in address() from then on, in memory until saved. False,
    // with the reason shown, when the file holds no key.
    bool importKeyFile(const QString& path);

private:
    void testConnection();
    void showKeyState();

    QPointer<DimseService> m_dimse;
    DicomNodeAddress m_shown; // what the form has no field for (max PDU …) is kept from it
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_calledAe;
    QLineEdit* m_callingAe;
    QComboBox* m_retrieve;
    QSpinBox* m_timeout;
    QCheckBox* m_tls;
    QLineEdit* m_tlsCaFile;
    QPushButton* m_tlsBrowse;
    QLineEdit* m_tlsCertificate;
    QPushButton* m_tlsCertificateBrowse;
    QLabel* m_tlsKeyState;
    QPushButton* m_tlsKeyImport;
    QByteArray m_importedKey; // PKCS#8 PEM, not in the keychain yet
    QPushButton* m_test;
    QLabel* m_result;
};

} // namespace sightline
