#pragma once
// A one-line label that never asks for more width than it is given: text that does not fit is
// elided in the middle (a server address keeps its scheme, host and last path segment) and the
// whole text is in the tooltip and selectable. A long FHIR base URL in a title once made the
// window 8,000 pixels wide.

#include <QLabel>

namespace sightline {

class ElidingLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_full;
};

} // namespace sightline
