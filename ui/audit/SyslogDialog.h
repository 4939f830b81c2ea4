#pragma once
// Settings of the ATNA syslog target: on/off, host, port and an extra CA file. Refuses to close
// with a target that cannot be used, saying why.

#include "audit/SyslogForwarder.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sightline {

class SyslogDialog : public QDialog {
    Q_OBJECT
public:
    explicit SyslogDialog(const SyslogTarget& current, QWidget* parent = nullptr);
    SyslogTarget target() const;
    void accept() override;

private:
    void updateEnabled();

    QCheckBox* m_enabled;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_ca;
    QLabel* m_problem;
};

} // namespace sightline
