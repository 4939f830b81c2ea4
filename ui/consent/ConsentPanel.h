#pragma once
// The Consent panel for the open patient: their Consent resources (status, scope, category,
// date, policy, period, organisation), the selected consent's provision tree with the matched
// path highlighted, a what-if form answered with permit / deny / no decision and every rule
// checked, and the same question run over the patient's actual resources (computed off the GUI
// thread) — shared, redacted, withheld or undecided, with "why?" on every row. Evaluations are
// audited. Network work is asynchronous in ConsentLoader; this panel only shows and asks.

#include "consent/ConsentEngine.h"
#include "consent/ConsentPreview.h"
#include "consent/PatientConsentData.h"
#include "fhir/FhirClientFactory.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sightline {

class AuditTrail;
class ConsentLoader;
class DecisionView;
class FhirClient;
class ProvisionTree;
class SecurityLabelChips;
class WhatIfForm;

class ConsentPanel : public QWidget {
    Q_OBJECT
public:
    ConsentPanel(FhirClientFactory clients, AuditTrail* audit, QWidget* parent = nullptr);
    ~ConsentPanel() override;

    void openPatient(const ServerProfile& server, const QString& patientId);
    // Shows already loaded data (the loader's result) and evaluates the current question.
    void showData(const PatientConsentData& data);

    WhatIfForm* whatIf() const { return m_form; }
    DecisionView* decisionView() const { return m_decision; }
    ProvisionTree* provisionTree() const { return m_tree; }
    QTableWidget* consentTable() const { return m_consents; }
    QTableWidget* previewTable() const { return m_preview; }
    SecurityLabelChips* labelChips() const { return m_chips; }
    bool previewRunning() const { return m_previewRunning; }

signals:
    void statusMessage(const QString& text);
    void previewFinished();

private:
    void evaluate();
    void runPreview(const AccessRequest& question);
    void showPreview(const ConsentPreviewResult& result);
    void showConsent(int row);
    void showPreviewRow(int row);
    void rebuildEngine();

    FhirClientFactory m_clients;
    AuditTrail* m_audit;
    std::unique_ptr<FhirClient> m_client;
    QPointer<ConsentLoader> m_loader;
    PatientConsentData m_data;
    std::shared_ptr<const ConsentEngine> m_engine;
    ConsentPreviewResult m_result;
    quint64 m_previewGeneration = 0;
    bool m_previewRunning = false;

    QLabel* m_header;
    QPushButton* m_reload;
    QLabel* m_warnings;
    QTableWidget* m_consents;
    ProvisionTree* m_tree;
    WhatIfForm* m_form;
    DecisionView* m_decision;
    SecurityLabelChips* m_chips;
    QLabel* m_previewSummary;
    QTableWidget* m_preview;
    ServerProfile m_server;
    QString m_patientId;
};

} // namespace sightline
