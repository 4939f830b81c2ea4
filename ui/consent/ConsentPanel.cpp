#include "ConsentPanel.h"

#include "DecisionView.h"
#include "ProvisionTree.h"
#include "WhatIfForm.h"
#include "common/SecurityLabelChips.h"
#include "consent/ConsentAudit.h"
#include "consent/ConsentLoader.h"
#include "consent/SecurityLabels.h"
#include "fhir/FhirClient.h"
#include "fhir/PatientSummary.h"

#include "common/BackgroundWork.h"
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sightline {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString labelText(const QList<Coding>& labels) {
    QStringList codes;
    for (const Coding& label : labels)
        codes << label.code;
    return codes.join(QStringLiteral(" · "));
}

QColor outcomeColour(PreviewRow::Outcome outcome) {
    switch (outcome) {
    case PreviewRow::Outcome::Shared:
        return QColor(0xe8, 0xf5, 0xe9);
    case PreviewRow::Outcome::Redacted:
        return QColor(0xff, 0xf3, 0xe0);
    case PreviewRow::Outcome::Withheld:
        return QColor(0xff, 0xeb, 0xee);
    case PreviewRow::Outcome::Undecided:
        return QColor(0xee, 0xee, 0xee);
    }
    return {};
}

} // namespace

ConsentPanel::ConsentPanel(FhirClientFactory clients, AuditTrail* audit, QWidget* parent)
    : QWidget(parent)
    , m_clients(std::move(clients))
    , m_audit(audit)
    , m_engine(std::make_shared<ConsentEngine>()) {
    setObjectName(QStringLiteral("consentPanel"));
    m_header = new QLabel(tr("Open a patient in the Studies panel (or through a launch) to "
                             "inspect their consents."),
                          this);
    m_header->setObjectName(QStringLiteral("consentHeader"));
    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setEnabled(false);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("consentWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { color: #8d6e00; }"));
    m_warnings->hide();
    m_consents = makeTable(this, QStringLiteral("consentTable"),
                           {tr("Consent"), tr("Status"), tr("Scope"), tr("Category"), tr("Date"),
                            tr("Policy"), tr("Period"), tr("Organisation")});
    m_tree = new ProvisionTree(this);
    m_form = new WhatIfForm(this);
    m_decision = new DecisionView(this);
    m_chips = new SecurityLabelChips(this);
    m_chips->setCaption(tr("Security labels:"));
    m_previewSummary = new QLabel(this);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_preview =
        makeTable(this, QStringLiteral("previewTable"),
                  {tr("Resource"), tr("Description"), tr("Labels"), tr("Outcome"), tr("Why?")});

    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_reload);

    auto* consentsBox = new QGroupBox(tr("Consents and provisions"), this);
    auto* consentsLayout = new QVBoxLayout(consentsBox);
    auto* left = new QSplitter(Qt::Vertical, consentsBox);
    left->addWidget(m_consents);
    left->addWidget(m_tree);
    consentsLayout->addWidget(left);
    consentsLayout->addWidget(m_warnings);

    auto* questionBox = new QGroupBox(tr("What if…"), this);
    auto* questionLayout = new QVBoxLayout(questionBox);
    // The form scrolls on a small screen instead of making the window taller than it.
    auto* formScroll = new QScrollArea(questionBox);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);
    questionLayout->addWidget(formScroll, 1);

    auto* answerBox = new QGroupBox(tr("Decision and why"), this);
    auto* answerLayout = new QVBoxLayout(answerBox);
    answerLayout->addWidget(m_decision, 1);
    answerLayout->addWidget(m_chips);

    auto* previewBox = new QGroupBox(tr("The patient's data under this question (preview; "
                                        "nothing on the server changes)"),
                                     this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewSummary);
    previewLayout->addWidget(m_preview);

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(consentsBox);
    upper->addWidget(questionBox);
    upper->addWidget(answerBox);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    upper->setStretchFactor(2, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_reload, &QPushButton::clicked, this, [this] { openPatient(m_server, m_patientId); });
    connect(m_form, &WhatIfForm::evaluateRequested, this, &ConsentPanel::evaluate);
    connect(m_consents, &QTableWidget::currentCellChanged, this,
            [this](int row) { showConsent(row); });
    connect(m_preview, &QTableWidget::currentCellChanged, this,
            [this](int row) { showPreviewRow(row); });
}

ConsentPanel::~ConsentPanel() = default;

void ConsentPanel::openPatient(const ServerProfile& server, const QString& patientId) {
    if (m_loader)
        m_loader->cancel();
    m_server = server;
    m_patientId = patientId;
    auto made = m_clients.create(server);
    if (!made) {
        m_header->setText(made.error().toString());
        return;
    }
    m_client.reset(made.value());
    m_header->setText(
        tr("Loading the consents of Patient/%1 from %2…").arg(patientId, server.name));
    m_reload->setEnabled(false);
    auto* loader = new ConsentLoader(m_client.get(), patientId, this);
    m_loader = loader;
    connect(loader, &ConsentLoader::progress, this,
            [this](int step, int steps, const QString& what) {
                emit statusMessage(tr("%1 (%2 of %3)").arg(what).arg(step).arg(steps));
            });
    connect(
        loader, &ConsentLoader::finished, this,
        [this, loader](const Result<PatientConsentData>& loaded) {
            loader->deleteLater();
            m_reload->setEnabled(true);
            if (!loaded) {
                if (loaded.error().kind != Error::Kind::Cancelled)
                    m_header->setText(
                        tr("The consents could not be loaded: %1").arg(loaded.error().toString()));
                return;
            }
            showData(loaded.value());
        });
    loader->start();
}

void ConsentPanel::showData(const PatientConsentData& loaded) {
    m_data = loaded;
    const PatientConsentData& patientData = m_data;
    const PatientSummary patient = PatientSummary::fromJson(patientData.patient);
    m_header->setText(
        tr("<b>%1</b> (%2) — %n consent(s), %3 resources", nullptr,
           int(patientData.consents.size()))
            .arg((patient.name.isEmpty() ? patientData.patientReference : patient.name)
                     .toHtmlEscaped(),
                 patientData.patientReference.toHtmlEscaped())
            .arg(patientData.resources.size()));
    QStringList warnings;
    for (const Consent& c : patientData.consents) {
        for (const QString& w : c.warnings)
            warnings << tr("%1: %2").arg(c.reference, w);
    }
    for (const UnreadableConsent& u : patientData.unreadable)
        warnings
            << tr("%1 cannot be read and is left out of decisions: %2").arg(u.reference, u.reason);
    warnings << patientData.problems;
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

    rebuildEngine();
    m_consents->setRowCount(0);
    for (const Consent& c : patientData.consents) {
        const int row = m_consents->rowCount();
        m_consents->insertRow(row);
        const QString period =
            c.period.isSet() ? c.period.startText + QStringLiteral(" – ") + c.period.endText
            : c.root() && c.root()->period.isSet()
                ? c.root()->period.startText + QStringLiteral(" – ") + c.root()->period.endText
                : QString();
        const QStringList cells{c.reference +
                                    (c.shape == Consent::Shape::R5 ? tr(" (R5)") : QString()),
                                c.status,
                                c.scope,
                                c.categories.join(QStringLiteral(", ")),
                                c.dateText,
                                c.policies.join(QStringLiteral(", ")),
                                period,
                                c.organizations.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (!c.isActive())
                item->setForeground(QColor(0x75, 0x75, 0x75));
            m_consents->setItem(row, column, item);
        }
    }
    m_consents->resizeColumnsToContents();
    if (m_consents->rowCount() > 0)
        m_consents->selectRow(0);
    else
        m_tree->showConsent(nullptr, -1);
    evaluate();
}

void ConsentPanel::rebuildEngine() {
    m_engine = std::make_shared<ConsentEngine>(m_data.consents, m_form->policy());
}

void ConsentPanel::showConsent(int row) {
    if (m_tree->consentIndex() != row || m_tree->topLevelItemCount() == 0)
        m_tree->showConsent(m_engine.get(), row);
}

void ConsentPanel::evaluate() {
    QString error;
    AccessRequest request = m_form->request(&error);
    if (!error.isEmpty()) {
        m_decision->showMessage(error);
        return;
    }
    request.patient = m_data.patientReference;
    rebuildEngine();
    m_tree->showConsent(m_engine.get(), m_consents->currentRow());
    const DecisionExplainer explainer(*m_engine);
    const ConsentDecision decision = m_engine->decide(request);
    m_decision->showDecision(explainer, decision, request,
                             tr("what-if %1").arg(request.resourceType));
    m_chips->setLabels(request.securityLabels);
    // Rows follow the engine's consent order.
    if (decision.consent >= 0 && decision.consent != m_consents->currentRow())
        m_consents->selectRow(decision.consent);
    m_tree->highlight(decision);
    ConsentAudit::whatIf(m_audit, request, decision, explainer.summary(decision));
    if (!m_data.resources.isEmpty())
        runPreview(request);
}

void ConsentPanel::runPreview(const AccessRequest& question) {
    const quint64 generation = ++m_previewGeneration;
    m_previewRunning = true;
    m_previewSummary->setText(
        tr("Evaluating %n resource(s)…", nullptr, int(m_data.resources.size())));
    auto* watcher = new QFutureWatcher<ConsentPreviewResult>(this);
    connect(watcher, &QFutureWatcher<ConsentPreviewResult>::finished, this,
            [this, watcher, generation, question] {
                watcher->deleteLater();
                if (generation != m_previewGeneration)
                    return; // a newer question replaced this one
                m_previewRunning = false;
                m_result = watcher->result();
                ConsentAudit::preview(m_audit, m_data.patientReference, question, m_result);
                showPreview(m_result);
                emit previewFinished();
            });
    // The engine and resources are shared/copied, so the GUI may change them meanwhile.
    watcher->setFuture(runInBackground([engine = m_engine, question, resources = m_data.resources] {
        return ConsentPreview(*engine, question).run(resources);
    }));
}

void ConsentPanel::showPreview(const ConsentPreviewResult& result) {
    m_previewSummary->setText(tr("%1 shared, %2 redacted, %3 withheld, %4 undecided")
                                  .arg(result.shared)
                                  .arg(result.redacted)
                                  .arg(result.withheld)
                                  .arg(result.undecided));
    const DecisionExplainer explainer(*m_engine);
    m_preview->setUpdatesEnabled(false);
    m_preview->setRowCount(0);
    m_preview->setRowCount(int(result.rows.size()));
    for (int row = 0; row < result.rows.size(); ++row) {
        const PreviewRow& r = result.rows.at(row);
        QString why = explainer.summary(r.decision);
        if (!r.redactions.isEmpty())
            why = tr("%n element(s) redacted; ", nullptr, int(r.redactions.size())) + why;
        const QStringList cells{r.reference, r.description, labelText(r.labels),
                                ConsentPreview::outcomeName(r.outcome), why};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setBackground(outcomeColour(r.outcome));
            item->setForeground(QColor(0x1a, 0x1a, 0x1a)); // on the light tint, in any theme
            if (column == 4)
                item->setToolTip(why);
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->setUpdatesEnabled(true);
}

void ConsentPanel::showPreviewRow(int row) {
    if (row < 0 || row >= m_result.rows.size())
        return;
    const PreviewRow& r = m_result.rows.at(row);
    const DecisionExplainer explainer(*m_engine);
    m_decision->showDecision(explainer, r.decision, r.request, r.reference);
    QStringList notes;
    for (const ElementRedaction& e : r.redactions)
        notes << tr("Element %1 (%2) is redacted: %3")
                     .arg(e.path, labelText(e.labels), explainer.summary(e.decision));
    for (const QString& masked : r.maskedReferences)
        notes << tr("The reference to %1 is masked: that resource is withheld.").arg(masked);
    m_decision->addNotes(notes);
    m_chips->setLabels(r.labels);
    if (r.decision.consent >= 0 && r.decision.consent != m_consents->currentRow())
        m_consents->selectRow(r.decision.consent);
    m_tree->highlight(r.decision);
}

} // namespace sightline
