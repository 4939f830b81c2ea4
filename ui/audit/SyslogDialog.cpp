#include "audit/SyslogDialog.h"

#include "common/ProblemLabel.h"
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sightline {

SyslogDialog::SyslogDialog(const SyslogTarget& current, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("syslogDialog"));
    setWindowTitle(tr("Audit syslog"));
    m_enabled = new QCheckBox(tr("Send the audit trail to a syslog audit repository (ATNA)"), this);
    m_enabled->setObjectName(QStringLiteral("syslogEnabled"));
    m_enabled->setChecked(current.enabled);
    m_host = new QLineEdit(current.host, this);
    m_host->setObjectName(QStringLiteral("syslogHost"));
    m_host->setPlaceholderText(QStringLiteral("audit.hospital.example"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("syslogPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(current.port == 0 ? 6514 : current.port);
    m_ca = new QLineEdit(current.caCertificatePath, this);
    m_ca->setObjectName(QStringLiteral("syslogCa"));
    m_ca->setPlaceholderText(tr("Optional: a PEM file with the repository's CA"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ca->text(),
                                                          tr("PEM certificates (*.pem *.crt)"));
        if (!file.isEmpty())
            m_ca->setText(file);
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);

    auto* explanation = new QLabel(
        tr("Each audit event is sent as an RFC 5424 message over TLS (RFC 5425), in order, "
           "including what was recorded while the repository could not be reached. The "
           "repository's certificate must verify against the system's CAs or the CA file; "
           "otherwise nothing is sent."),
        this);
    explanation->setWordWrap(true);
    m_problem = makeProblemLabel(QStringLiteral("syslogProblem"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("CA file"), caRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyslogDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyslogDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_enabled, &QCheckBox::toggled, this, &SyslogDialog::updateEnabled);
    // A problem shown is about what was there when OK was pressed: editing clears it.
    connect(m_host, &QLineEdit::textChanged, m_problem, &QLabel::clear);
    connect(m_ca, &QLineEdit::textChanged, m_problem, &QLabel::clear);
    connect(m_port, &QSpinBox::valueChanged, m_problem, &QLabel::clear);
    updateEnabled();
    resize(520, sizeHint().height());
}

void SyslogDialog::updateEnabled() {
    for (QWidget* w : std::initializer_list<QWidget*>{m_host, m_port, m_ca})
        w->setEnabled(m_enabled->isChecked());
    m_problem->clear();
}

SyslogTarget SyslogDialog::target() const {
    SyslogTarget target;
    target.enabled = m_enabled->isChecked();
    target.host = m_host->text().trimmed();
    target.port = quint16(m_port->value());
    target.caCertificatePath = m_ca->text().trimmed();
    return target;
}

void SyslogDialog::accept() {
    const SyslogTarget chosen = target();
    if (chosen.enabled) {
        if (const QString problem = chosen.problem(); !problem.isEmpty()) {
            m_problem->setText(problem);
            return;
        }
    }
    QDialog::accept();
}

} // namespace sightline
