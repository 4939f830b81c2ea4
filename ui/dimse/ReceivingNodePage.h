#pragma once
// Preferences → Receiving node: whether the window runs Sightline's receiving node (a Storage
// SCP PACSes and modalities push studies to), its AE title and port, whether other computers
// may connect, which callers are let in — and, as the user types, what to register at a PACS.

#include "dimse/ReceivingNodeSettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sightline {

class ReceivingNodePage : public QWidget {
    Q_OBJECT
public:
    ReceivingNodePage(const ReceivingNodeSettings& settings, QWidget* parent = nullptr);

    ReceivingNodeSettings settings() const;

signals:
    void changed();

private:
    void showRegistration();

    QCheckBox* m_enabled;
    QLineEdit* m_aeTitle;
    QSpinBox* m_port;
    QCheckBox* m_acceptRemote;
    QLineEdit* m_allowedCallers;
    QLabel* m_registration;
};

} // namespace sightline
