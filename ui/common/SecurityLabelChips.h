#pragma once
// Security labels of a resource as small coloured chips: confidentiality (U … V, warmer as it
// rises) and sensitivity codes (PSY, HIV …), each with its meaning as a tooltip. Used wherever
// Sightline shows a resource, so sensitive data never looks ordinary.

#include "consent/Coding.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace sightline {

class SecurityLabelChips : public QWidget {
    Q_OBJECT
public:
    explicit SecurityLabelChips(QWidget* parent = nullptr);

    void setLabels(const QList<Coding>& labels);
    // Text before the chips (e.g. "Security labels:"), shown only while there are chips.
    void setCaption(const QString& caption);
    QStringList chipTexts() const;
    // The chip colours for `label`, for item views that draw labels without widgets.
    static QColor background(const Coding& label);

private:
    QHBoxLayout* m_layout;
    QLabel* m_caption;
    QStringList m_texts;
};

} // namespace sightline
