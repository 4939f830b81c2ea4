#pragma once
// Shows one consent decision: the answer in large coloured type, a one-line reason, the matched
// provision path and every rule checked (✓ held, ✗ did not), plus any element redactions and
// masked references of a previewed resource.

#include "consent/DecisionExplainer.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace sightline {

class DecisionView : public QWidget {
    Q_OBJECT
public:
    explicit DecisionView(QWidget* parent = nullptr);

    void showDecision(const DecisionExplainer& explainer, const ConsentDecision& decision,
                      const AccessRequest& request, const QString& subject);
    // Extra lines under the trace (redacted elements, masked references).
    void addNotes(const QStringList& notes);
    void showMessage(const QString& text);
    void clear();

    QString answer() const;
    QString path() const;
    QStringList traceLines() const;

private:
    QLabel* m_answer;
    QLabel* m_summary;
    QLabel* m_path;
    QListWidget* m_trace;
};

} // namespace sightline
