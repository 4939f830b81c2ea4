#include "common/ElidingLabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace sightline {

namespace {
// Enough to show that something is there and to hover it for the whole text.
constexpr int kMinimumCharacters = 12;
} // namespace

ElidingLabel::ElidingLabel(QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidingLabel::setFullText(const QString& text) {
    m_full = text;
    elide();
    updateGeometry();
}

QSize ElidingLabel::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * kMinimumCharacters + contentsMargins().left() +
                contentsMargins().right(),
            QLabel::minimumSizeHint().height()};
}

QSize ElidingLabel::sizeHint() const {
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(m_full) + contentsMargins().left() +
                contentsMargins().right(),
            QLabel::sizeHint().height()};
}

void ElidingLabel::resizeEvent(QResizeEvent* event) {
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::elide() {
    const QString shown =
        QFontMetrics(font()).elidedText(m_full, Qt::ElideMiddle, contentsRect().width());
    if (shown != text())
        setText(shown);
    setToolTip(shown == m_full ? QString() : m_full);
}

} // namespace sightline
