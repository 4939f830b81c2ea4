#include "SecurityLabelChips.h"

#include "consent/SecurityLabels.h"

#include <QHBoxLayout>
#include <QLabel>

namespace sightline {

SecurityLabelChips::SecurityLabelChips(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_caption(new QLabel(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_caption);
    m_layout->addStretch(1);
    m_caption->hide();
}

void SecurityLabelChips::setCaption(const QString& caption) {
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty() && !m_texts.isEmpty());
}

QColor SecurityLabelChips::background(const Coding& label) {
    if (SecurityLabels::isConfidentiality(label)) {
        static const QColor scale[] = {QColor(0xe8, 0xf5, 0xe9), QColor(0xe8, 0xf5, 0xe9),
                                       QColor(0xf1, 0xf8, 0xe9), QColor(0xe3, 0xf2, 0xfd),
                                       QColor(0xff, 0xe0, 0xb2), QColor(0xff, 0xcd, 0xd2)};
        return scale[SecurityLabels::confidentialityRank(label.code)];
    }
    return SecurityLabels::isKnownSensitivity(label.code) ? QColor(0xf3, 0xe5, 0xf5)
                                                          : QColor(0xee, 0xee, 0xee);
}

void SecurityLabelChips::setLabels(const QList<Coding>& labels) {
    while (m_layout->count() > 2) { // the caption and the stretch stay
        QLayoutItem* item = m_layout->takeAt(1);
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    int at = 1;
    for (const Coding& label : labels) {
        auto* chip = new QLabel(label.code, this);
        chip->setObjectName(QStringLiteral("securityLabelChip"));
        chip->setToolTip(tr("%1 — %2").arg(SecurityLabels::describe(label), label.system.isEmpty()
                                                                                ? tr("no system")
                                                                                : label.system));
        chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #212121; border: 1px "
                                           "solid #9e9e9e; border-radius: 8px; padding: 0px 6px; }")
                                .arg(background(label).name()));
        m_layout->insertWidget(at++, chip);
        chip->show(); // the panel is usually visible already
        m_texts << label.code;
    }
    m_caption->setVisible(!m_caption->text().isEmpty() && !m_texts.isEmpty());
}

QStringList SecurityLabelChips::chipTexts() const {
    return m_texts;
}

} // namespace sightline
