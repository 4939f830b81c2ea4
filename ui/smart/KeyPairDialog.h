#pragma once
// Makes a key pair for a SMART Backend Services client: the private key is written (0600) to a
// file the user picks, the public JWKS is shown for registration with the server, with a copy
// button. Key generation (RSA 3072 takes a moment) runs off the GUI thread.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sightline {

class KeyPairDialog : public QDialog {
    Q_OBJECT
public:
    explicit KeyPairDialog(const QString& suggestedPath, QWidget* parent = nullptr);

    QString keyPath() const; // the file written, empty until a key was made
    QString jwks() const;
    static QString defaultPath(const QString& clientName);

signals:
    void keyCreated(const QString& path);

private:
    void create();

    QComboBox* m_algorithm;
    QLineEdit* m_path;
    QPushButton* m_create;
    QPushButton* m_copy;
    QLabel* m_message;
    QPlainTextEdit* m_jwks;
    QString m_written;
};

} // namespace sightline
