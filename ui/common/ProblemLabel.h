#pragma once
// The red line under a settings form that says why OK cannot save yet; every settings dialog
// uses the same one.

#include <QLabel>

namespace sightline {

inline QLabel* makeProblemLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(true);
    return label;
}

} // namespace sightline
