#pragma once
// Tools → EHR context sync…: a FHIRcast hub and topic entered by hand, for EHRs whose token
// response names none, and the server whose session token subscribes. Applied on OK and kept.

#include "context/ContextSync.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sightline {

class ServerStore;

class ContextSettingsDialog : public QDialog {
    Q_OBJECT
public:
    ContextSettingsDialog(const FhircastSettings& current, ServerStore* servers,
                          QWidget* parent = nullptr);
    FhircastSettings settings() const;
    void accept() override;

private:
    QCheckBox* m_enabled;
    QComboBox* m_server;
    QLineEdit* m_hub;
    QLineEdit* m_topic;
    QLabel* m_problem;
};

} // namespace sightline
