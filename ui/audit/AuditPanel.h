#pragma once
// The Audit panel: "who saw what, when, from where, with what outcome". Filters (time, patient,
// user, action, outcome, server, free text), a timeline, the event table with each event's
// JSON, the hash chain's status, store-and-forward status, and export to NDJSON. All journal
// work runs on the audit thread.

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace sightline {

class AuditFilterProxy;
class AuditForwarder;
class AuditRecordModel;
class AuditTimeline;
class AuditTrail;
class ServerStore;
class SyslogForwarder;

class AuditPanel : public QWidget {
    Q_OBJECT
public:
    AuditPanel(AuditTrail* trail, AuditForwarder* forwarder, ServerStore* servers,
               QWidget* parent = nullptr);

    void reload();
    void verifyChain();
    // Writes the events in the chosen time range (and patient) to `path`; reports in the status
    // line.
    void exportTo(const QString& path);
    int visibleEvents() const;
    // The ATNA syslog target: its status joins the forwarding line, and "Syslog…" configures it.
    void setSyslogForwarder(SyslogForwarder* syslog);
    void configureSyslog();

signals:
    void statusMessage(const QString& text);

private:
    void applyFilter();
    void showSelected();
    void updateForwarding();

    QPointer<AuditTrail> m_trail;
    QPointer<AuditForwarder> m_forwarder;
    QPointer<ServerStore> m_servers;
    QPointer<SyslogForwarder> m_syslog;
    AuditRecordModel* m_model;
    AuditFilterProxy* m_proxy;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QLineEdit* m_patient;
    QLineEdit* m_user;
    QComboBox* m_action;
    QComboBox* m_outcome;
    QLineEdit* m_server;
    QLineEdit* m_text;
    QLabel* m_chain;
    QLabel* m_forwarding;
    QPushButton* m_syslogButton;
    QLabel* m_count;
    AuditTimeline* m_timeline;
    QTableView* m_table;
    QPlainTextEdit* m_json;
    QTimer* m_reloadSoon;
};

} // namespace sightline
