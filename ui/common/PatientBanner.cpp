#include "common/PatientBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace sightline {

PatientBanner::PatientBanner(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("patientBanner"));
    // Always visible and distinct: the first thing to check is whose data is on screen.
    setAttribute(Qt::WA_StyledBackground, true);
    m_patient = new QLabel(this);
    m_patient->setObjectName(QStringLiteral("patientText"));
    m_patient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Whose data this is must never be cut off: long names, servers and warnings wrap rather
    // than widen the window past the screen.
    m_patient->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("patientWarning"));
    m_warning->setStyleSheet(
        QStringLiteral("color: white; background: #b00020; padding: 2px 6px; font-weight: bold"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("patientNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("color: black; background: #ffc107; padding: 2px 6px; font-weight: bold"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_patient, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_warning);
    applyColours();
    clearPatient();
}

void PatientBanner::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void PatientBanner::applyColours() {
    // A tinted band that stands out in light and dark themes alike, its text in the palette's
    // colour (a fixed light band would hide the light text of a dark theme).
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString sheet =
        dark ? QStringLiteral("#patientBanner { background: #1f3550; border: 1px solid #3d5a80; "
                              "border-radius: 3px; } #patientText { color: #f0f4f8; }")
             : QStringLiteral("#patientBanner { background: #e8eef5; border: 1px solid #b8c7d9; "
                              "border-radius: 3px; } #patientText { color: #10243a; }");
    if (styleSheet() != sheet)
        setStyleSheet(sheet); // guarded: setting a style sheet sends a StyleChange of its own
}

void PatientBanner::showPatient(const PatientSummary& patient, const QString& serverName) {
    m_patient->setText(tr("<b>%1</b> · %2 · born %3 · %4 · from %5")
                           .arg(patient.name.toHtmlEscaped(), patient.identifier.toHtmlEscaped(),
                                patient.birthDateText(), patient.genderText().toHtmlEscaped(),
                                serverName.toHtmlEscaped()));
    m_warning->hide();
    if (!m_announcedId.isEmpty() && patient.id == m_announcedId) {
        m_notice->setText(m_announcement);
        m_notice->show();
        m_announcedId.clear();
    } else if (patient.id != m_shownId || patient.id.isEmpty()) {
        m_notice->hide(); // another patient: the notice was about the one before
    }
    m_shownId = patient.id;
}

void PatientBanner::clearPatient() {
    m_patient->setText(tr("No patient open — no patient data is shown."));
    m_warning->hide();
    m_notice->hide();
    m_shownId.clear();
}

void PatientBanner::showWarning(const QString& text) {
    m_warning->setText(text);
    m_warning->show();
}

QString PatientBanner::text() const {
    return m_patient->text();
}

} // namespace sightline
