#include "WhatIfForm.h"

#include "common/Clock.h"
#include "consent/PurposeOfUse.h"
#include "consent/SecurityLabels.h"
#include "fhir/FhirDate.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace sightline {

namespace {

Coding codingOf(const QString& text) {
    const QString trimmed = text.trimmed();
    const qsizetype bar = trimmed.lastIndexOf(u'|');
    return bar < 0 ? Coding{{}, trimmed, {}} : Coding{trimmed.left(bar), trimmed.mid(bar + 1), {}};
}

// Combo entries carry the code as data and show "CODE — meaning".
QString codeOf(const QComboBox* combo) {
    const int index = combo->findText(combo->currentText());
    if (index >= 0 && !combo->itemData(index).toString().isEmpty())
        return combo->itemData(index).toString();
    return combo->currentText().section(QStringLiteral(" — "), 0, 0).trimmed();
}

QComboBox* editableCombo(QWidget* parent, const QString& objectName) {
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setObjectName(objectName);
    combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}

} // namespace

WhatIfForm::WhatIfForm(QWidget* parent)
    : QWidget(parent) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("whatIfActor"));
    m_actor->setPlaceholderText(tr("Organization/… or Practitioner/…"));
    m_role = editableCombo(this, QStringLiteral("whatIfRole"));
    m_role->addItem(QString());
    for (const auto& [code, name] :
         {std::pair{"IRCP", "information recipient"},
          std::pair{"PRCP", "primary information recipient"}, std::pair{"AUT", "author"},
          std::pair{"PRN", "primary performer"}, std::pair{"DELEGATEE", "delegatee"}})
        m_role->addItem(QStringLiteral("%1 — %2").arg(QLatin1String(code), QLatin1String(name)),
                        QLatin1String(code));
    m_purpose = editableCombo(this, QStringLiteral("whatIfPurpose"));
    for (const QString& code : PurposeOfUse::common())
        m_purpose->addItem(QStringLiteral("%1 — %2").arg(code, PurposeOfUse::describe(code)), code);
    m_action = editableCombo(this, QStringLiteral("whatIfAction"));
    for (const char* code : {"access", "use", "disclose", "collect", "correct"})
        m_action->addItem(QLatin1String(code), QLatin1String(code));
    m_type = editableCombo(this, QStringLiteral("whatIfType"));
    for (const char* type :
         {"Observation", "Condition", "MedicationRequest", "DiagnosticReport", "DocumentReference",
          "ImagingStudy", "Procedure", "Encounter", "Patient"})
        m_type->addItem(QLatin1String(type), QLatin1String(type));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("whatIfCode"));
    m_code->setPlaceholderText(tr("system|code, e.g. http://loinc.org|44261-6"));
    m_labels = new QLineEdit(this);
    m_labels->setObjectName(QStringLiteral("whatIfLabels"));
    m_labels->setPlaceholderText(tr("e.g. R, PSY"));
    m_dataDate = new QLineEdit(this);
    m_dataDate->setObjectName(QStringLiteral("whatIfDataDate"));
    m_dataDate->setPlaceholderText(tr("date of the data, e.g. 2025-06-01"));
    m_clearance = new QComboBox(this);
    m_clearance->setObjectName(QStringLiteral("whatIfClearance"));
    m_clearance->addItem(tr("not checked"), QString());
    for (int rank = 0; rank < 6; ++rank) {
        const QString code = SecurityLabels::confidentialityCode(rank);
        m_clearance->addItem(
            QStringLiteral("%1 — %2").arg(code, SecurityLabels::describe(Coding{{}, code, {}})),
            code);
    }
    m_at = new QDateTimeEdit(Clock::system().nowUtc(), this);
    m_at->setObjectName(QStringLiteral("whatIfAt"));
    m_at->setTimeSpec(Qt::UTC);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_at->setCalendarPopup(true);
    m_combining = new QComboBox(this);
    m_combining->setObjectName(QStringLiteral("whatIfCombining"));
    m_combining->addItem(tr("Deny overrides"));
    m_combining->addItem(tr("Latest consent wins"));
    m_default = new QComboBox(this);
    m_default->setObjectName(QStringLiteral("whatIfDefault"));
    m_default->addItem(tr("Deny"), int(ConsentEffect::Deny));
    m_default->addItem(tr("Permit"), int(ConsentEffect::Permit));
    m_default->addItem(tr("No decision"), int(ConsentEffect::NoDecision));
    m_evaluate = new QPushButton(tr("&Evaluate"), this);
    m_evaluate->setObjectName(QStringLiteral("whatIfEvaluate"));
    m_evaluate->setDefault(true);

    form->addRow(tr("Who asks:"), m_actor);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Purpose of use:"), m_purpose);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Resource type:"), m_type);
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Security labels:"), m_labels);
    form->addRow(tr("Data date:"), m_dataDate);
    form->addRow(tr("User clearance:"), m_clearance);
    form->addRow(tr("Time of access:"), m_at);
    form->addRow(tr("Several consents:"), m_combining);
    form->addRow(tr("When no consent applies:"), m_default);
    form->addRow(QString(), m_evaluate);
    connect(m_evaluate, &QPushButton::clicked, this, &WhatIfForm::evaluateRequested);
    connect(m_actor, &QLineEdit::returnPressed, this, &WhatIfForm::evaluateRequested);
}

AccessRequest WhatIfForm::request(QString* error) const {
    AccessRequest r;
    r.actorReference = AccessRequest::localReference(m_actor->text().trimmed());
    if (const QString role = codeOf(m_role); !role.isEmpty())
        r.actorRoles << codingOf(role);
    if (const QString purpose = codeOf(m_purpose); !purpose.isEmpty())
        r.setPurposes({Coding{PurposeOfUse::system, purpose, {}}});
    if (const QString action = codeOf(m_action); !action.isEmpty())
        r.actions << codingOf(action);
    r.resourceType = codeOf(m_type);
    if (!m_code->text().trimmed().isEmpty())
        r.codes << codingOf(m_code->text());
    for (const QString& label : m_labels->text().split(u',', Qt::SkipEmptyParts)) {
        Coding coding = codingOf(label);
        if (coding.system.isEmpty())
            coding.system = SecurityLabels::confidentialityRank(coding.code) >= 0
                                ? SecurityLabels::confidentialitySystem
                                : SecurityLabels::actCodeSystem;
        r.securityLabels << coding;
    }
    // Optional fields left empty are open: they do not decide (an imaging-only consent with a
    // data period must not deny ImagingStudy because no date was typed).
    if (r.actorReference.isEmpty() && r.actorRoles.isEmpty())
        r.open |= AccessRequest::OpenActor;
    if (r.purposes().isEmpty())
        r.open |= AccessRequest::OpenPurpose;
    if (r.actions.isEmpty())
        r.open |= AccessRequest::OpenAction;
    if (r.codes.isEmpty())
        r.open |= AccessRequest::OpenCode;
    const QString dataDate = m_dataDate->text().trimmed();
    if (dataDate.isEmpty())
        r.open |= AccessRequest::OpenDataDate;
    if (!dataDate.isEmpty()) {
        if (const auto date = FhirDate::parse(dataDate))
            r.resourceDateMs = date->firstMs;
        else if (error)
            *error = tr("The data date \"%1\" is not a FHIR date (e.g. 2025-06-01).").arg(dataDate);
    }
    const QString clearance = m_clearance->currentData().toString();
    r.clearance = clearance.isEmpty() ? -1 : SecurityLabels::confidentialityRank(clearance);
    r.atMs = m_at->dateTime().toMSecsSinceEpoch();
    return r;
}

ConsentPolicy WhatIfForm::policy() const {
    ConsentPolicy p;
    p.combining = m_combining->currentIndex() == 1 ? ConsentPolicy::Combining::LatestWins
                                                   : ConsentPolicy::Combining::DenyOverrides;
    p.whenNoConsentApplies = ConsentEffect(m_default->currentData().toInt());
    return p;
}

void WhatIfForm::setActor(const QString& reference) {
    m_actor->setText(reference);
}

void WhatIfForm::setPurpose(const QString& code) {
    const int index = m_purpose->findData(code);
    if (index >= 0)
        m_purpose->setCurrentIndex(index);
    else
        m_purpose->setEditText(code);
}

void WhatIfForm::setResourceType(const QString& type) {
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
    else
        m_type->setEditText(type);
}

void WhatIfForm::setLabels(const QString& commaSeparated) {
    m_labels->setText(commaSeparated);
}

void WhatIfForm::setClearance(const QString& code) {
    m_clearance->setCurrentIndex(std::max(0, m_clearance->findData(code)));
}

void WhatIfForm::setAccessTime(const QDateTime& utc) {
    m_at->setDateTime(utc);
}

} // namespace sightline
