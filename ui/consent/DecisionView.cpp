#include "DecisionView.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace sightline {

DecisionView::DecisionView(QWidget* parent)
    : QWidget(parent)
    , m_answer(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_path(new QLabel(this))
    , m_trace(new QListWidget(this)) {
    m_answer->setObjectName(QStringLiteral("decisionAnswer"));
    m_summary->setObjectName(QStringLiteral("decisionSummary"));
    m_path->setObjectName(QStringLiteral("decisionPath"));
    m_trace->setObjectName(QStringLiteral("decisionTrace"));
    m_answer->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trace->setWordWrap(true);
    m_trace->setAlternatingRowColors(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_answer);
    layout->addWidget(m_summary);
    layout->addWidget(m_path);
    layout->addWidget(m_trace, 1);
    clear();
}

void DecisionView::clear() {
    m_answer->setText(tr("No question asked yet"));
    m_answer->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; color: #616161; }"));
    m_summary->clear();
    m_path->clear();
    m_trace->clear();
}

void DecisionView::showMessage(const QString& text) {
    clear();
    m_summary->setText(text);
}

void DecisionView::showDecision(const DecisionExplainer& explainer, const ConsentDecision& decision,
                                const AccessRequest& request, const QString& subject) {
    static const char* const colours[] = {"#2e7d32", "#c62828", "#616161"};
    m_answer->setText(
        subject.isEmpty()
            ? explainer.effectName(decision.effect).toUpper()
            : tr("%1 — %2").arg(explainer.effectName(decision.effect).toUpper(), subject));
    m_answer->setStyleSheet(
        QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; color: %1; }")
            .arg(QLatin1String(colours[int(decision.effect)])));
    m_summary->setText(explainer.summary(decision));
    const QString path = explainer.matchedPath(decision);
    m_path->setText(path.isEmpty() ? QString() : tr("Matched path: %1").arg(path));
    m_trace->clear();
    for (const ExplainedStep& step : explainer.explain(decision, request)) {
        const QString mark = step.kind == ExplainedStep::Kind::Passed   ? QStringLiteral("✓ ")
                             : step.kind == ExplainedStep::Kind::Failed ? QStringLiteral("✗ ")
                                                                        : QStringLiteral("→ ");
        auto* item = new QListWidgetItem(mark + step.text, m_trace);
        if (step.kind == ExplainedStep::Kind::Failed)
            item->setForeground(QColor(0x75, 0x75, 0x75));
        if (step.kind == ExplainedStep::Kind::Outcome) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
}

void DecisionView::addNotes(const QStringList& notes) {
    for (const QString& note : notes)
        new QListWidgetItem(QStringLiteral("• ") + note, m_trace);
}

QString DecisionView::answer() const {
    return m_answer->text();
}
QString DecisionView::path() const {
    return m_path->text();
}

QStringList DecisionView::traceLines() const {
    QStringList lines;
    for (int i = 0; i < m_trace->count(); ++i)
        lines << m_trace->item(i)->text();
    return lines;
}

} // namespace sightline
