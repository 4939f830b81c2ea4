#include "audit/AuditPanel.h"

#include "audit/AuditFilterProxy.h"
#include "audit/AuditForwarder.h"
#include "audit/AuditRecordModel.h"
#include "audit/AuditTimeline.h"
#include "audit/AuditTrail.h"
#include "audit/SyslogDialog.h"
#include "audit/SyslogForwarder.h"
#include "common/Clock.h"
#include "servers/ServerStore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sightline {

AuditPanel::AuditPanel(AuditTrail* trail, AuditForwarder* forwarder, ServerStore* servers,
                       QWidget* parent)
    : QWidget(parent)
    , m_trail(trail)
    , m_forwarder(forwarder)
    , m_servers(servers)
    , m_model(new AuditRecordModel(this))
    , m_proxy(new AuditFilterProxy(this)) {
    setObjectName(QStringLiteral("auditPanel"));
    m_proxy->setSourceModel(m_model);

    const QDateTime now = Clock::system().nowUtc().toLocalTime();
    m_from = new QDateTimeEdit(now.addDays(-7), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new QDateTimeEdit(now.addDays(1), this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_patient = new QLineEdit(this);
    m_patient->setObjectName(QStringLiteral("auditPatient"));
    m_patient->setPlaceholderText(QStringLiteral("Patient/…"));
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(QStringLiteral("Practitioner/…"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("Any action"), QString());
    for (const char* code : {"C", "R", "U", "D", "E"})
        m_action->addItem(AuditRecordModel::actionName(QLatin1String(code)),
                          QString::fromLatin1(code));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    m_outcome->addItem(tr("Any outcome"), -1);
    m_outcome->addItem(tr("Successes"), 0);
    m_outcome->addItem(tr("Failures"), 1);
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(tr("server URL"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Search everything in the events…"));
    m_text->setClearButtonEnabled(true);

    auto* refresh = new QPushButton(tr("Refresh"), this);
    auto* verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyChain"));
    auto* exportButton = new QPushButton(tr("Export NDJSON…"), this);
    connect(refresh, &QPushButton::clicked, this, &AuditPanel::reload);
    connect(verify, &QPushButton::clicked, this, &AuditPanel::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export audit events"),
                                         QStringLiteral("audit.ndjson"), tr("NDJSON (*.ndjson)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditPanel::reload);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditPanel::reload);
    for (QLineEdit* edit : {m_patient, m_user, m_server, m_text})
        connect(edit, &QLineEdit::textChanged, this, &AuditPanel::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilter);

    m_chain = new QLabel(tr("Chain not verified yet"), this);
    m_chain->setObjectName(QStringLiteral("auditChainStatus"));
    m_forwarding = new QLabel(this);
    m_forwarding->setObjectName(QStringLiteral("auditForwarding"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));

    m_timeline = new AuditTimeline(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditPanel::showSelected);
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("auditJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_patient);
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_outcome);
    filters->addWidget(m_server);
    auto* search = new QHBoxLayout;
    search->addWidget(m_text, 1);
    search->addWidget(m_count);
    search->addWidget(refresh);
    search->addWidget(verify);
    search->addWidget(exportButton);
    auto* status = new QHBoxLayout;
    status->addWidget(m_chain);
    status->addStretch(1);
    status->addWidget(m_forwarding);
    m_syslogButton = new QPushButton(tr("S&yslog…"), this);
    m_syslogButton->setObjectName(QStringLiteral("auditSyslogButton"));
    m_syslogButton->setToolTip(tr("Send the audit trail to an ATNA syslog repository over TLS"));
    m_syslogButton->setVisible(false);
    connect(m_syslogButton, &QPushButton::clicked, this, &AuditPanel::configureSyslog);
    status->addWidget(m_syslogButton);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_json);
    splitter->setSizes({750, 450});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(search);
    layout->addLayout(status);
    layout->addWidget(m_timeline);
    layout->addWidget(splitter, 1);

    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(1000);
    connect(m_reloadSoon, &QTimer::timeout, this, &AuditPanel::reload);
    if (m_trail)
        connect(m_trail, &AuditTrail::written, m_reloadSoon, qOverload<>(&QTimer::start));
    if (m_forwarder)
        connect(m_forwarder, &AuditForwarder::stateChanged, this, &AuditPanel::updateForwarding);
    updateForwarding();
    reload();
}

void AuditPanel::reload() {
    if (!m_trail)
        return;
    AuditQuery query;
    query.fromUtc = m_from->dateTime().toUTC();
    query.toUtc = m_to->dateTime().toUTC();
    query.limit = 50000;
    m_trail->records(query, this, [this](QList<AuditRecord> records) {
        m_model->setRecords(records);
        applyFilter();
    });
}

void AuditPanel::applyFilter() {
    AuditFilter filter;
    filter.patient = m_patient->text().trimmed();
    filter.user = m_user->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.outcome = m_outcome->currentData().toInt();
    filter.server = m_server->text().trimmed();
    filter.text = m_text->text().trimmed();
    m_proxy->setFilter(filter);
    QList<QPair<QDateTime, bool>> events;
    events.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        events.append({index.data(AuditRecordModel::RecordedRole).toDateTime(),
                       index.data(AuditRecordModel::OutcomeRole).toInt() == 0});
    }
    m_timeline->setEvents(events);
    m_count->setText(tr("%n event(s)", nullptr, m_proxy->rowCount()));
}

int AuditPanel::visibleEvents() const {
    return m_proxy->rowCount();
}

void AuditPanel::showSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_json->clear();
        return;
    }
    const AuditRow& row = m_model->row(m_proxy->mapToSource(rows.first()).row());
    m_json->setPlainText(
        QString::fromUtf8(
            QJsonDocument::fromJson(row.record.json).toJson(QJsonDocument::Indented)) +
        tr("\nRecord %1 · hash %2\nprevious %3")
            .arg(row.record.seq)
            .arg(QString::fromLatin1(row.record.hash),
                 QString::fromLatin1(row.record.previousHash)));
}

void AuditPanel::verifyChain() {
    if (!m_trail)
        return;
    m_chain->setText(tr("Verifying…"));
    m_trail->verify(this, [this](AuditVerifyReport report) {
        if (report.intact) {
            m_chain->setText(
                tr("✓ Chain verified: %n event(s) intact", nullptr, int(report.checked)));
            m_chain->setStyleSheet(QStringLiteral("color: #1b7f3b; font-weight: bold"));
        } else {
            m_chain->setText(tr("✗ Chain broken at record %1: %2")
                                 .arg(report.firstBrokenSeq)
                                 .arg(report.problem));
            m_chain->setStyleSheet(QStringLiteral(
                "color: white; background: #b00020; font-weight: bold; padding: 2px 6px"));
        }
    });
}

void AuditPanel::exportTo(const QString& path) {
    if (!m_trail)
        return;
    AuditQuery query;
    query.fromUtc = m_from->dateTime().toUTC();
    query.toUtc = m_to->dateTime().toUTC();
    query.patient = m_patient->text().trimmed();
    query.limit = 10'000'000;
    m_trail->exportNdjson(query, path, this, [this, path](Result<int> result) {
        emit statusMessage(
            result ? tr("%n audit event(s) exported to %1", nullptr, result.value()).arg(path)
                   : tr("Export failed: %1").arg(result.error().toString()));
    });
}

void AuditPanel::setSyslogForwarder(SyslogForwarder* syslog) {
    m_syslog = syslog;
    m_syslogButton->setVisible(syslog != nullptr);
    if (syslog)
        connect(syslog, &SyslogForwarder::stateChanged, this, &AuditPanel::updateForwarding);
    updateForwarding();
}

void AuditPanel::configureSyslog() {
    if (!m_syslog)
        return;
    auto* dialog = new SyslogDialog(m_syslog->target(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_syslog && !m_syslog->configure(dialog->target()))
            emit statusMessage(tr("The syslog settings could not be saved"));
    });
    dialog->open();
}

void AuditPanel::updateForwarding() {
    QStringList parts;
    if (m_forwarder && m_servers) {
        const auto states = m_forwarder->states();
        for (const ServerProfile& p : m_servers->fhirProfiles()) {
            if (!p.forwardAudit)
                continue;
            const auto state = states.value(p.id);
            QString text = tr("%1: %n pending", nullptr, int(state.pending)).arg(p.name);
            if (!state.lastError.isEmpty())
                text += tr(" (retrying: %1)").arg(state.lastError);
            parts << text;
        }
    }
    if (m_syslog && m_syslog->target().enabled) {
        const SyslogForwarder::State& state = m_syslog->state();
        QString text = tr("syslog %1:%2: %n pending", nullptr, int(state.pending))
                           .arg(m_syslog->target().host)
                           .arg(m_syslog->target().port);
        if (!state.lastError.isEmpty())
            text += tr(" (retrying: %1)").arg(state.lastError);
        parts << text;
    }
    m_forwarding->setText(parts.isEmpty() ? tr("Not forwarded to any server")
                                          : tr("Forwarding — ") + parts.join(QStringLiteral("; ")));
}

} // namespace sightline
