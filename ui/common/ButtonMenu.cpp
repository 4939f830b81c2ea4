#include "common/ButtonMenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QMenu>

namespace sightline {

QMenu* ButtonMenu::build(const QList<QAbstractButton*>& buttons, QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("buttonMenu"));
    for (QAbstractButton* button : buttons) {
        if (!button || !button->isVisible())
            continue;
        QAction* action = menu->addAction(button->text());
        action->setEnabled(button->isEnabled());
        QObject::connect(action, &QAction::triggered, button,
                         [guarded = QPointer<QAbstractButton>(button)] {
                             if (guarded)
                                 guarded->click();
                         });
    }
    return menu;
}

void ButtonMenu::attach(QAbstractItemView* view, Buttons buttons) {
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view,
                     [view, buttons = std::move(buttons)](const QPoint& at) {
                         const QModelIndex index = view->indexAt(at);
                         if (!index.isValid())
                             return;
                         // The row under the pointer is what the menu acts on.
                         if (!view->selectionModel()->isSelected(index))
                             view->setCurrentIndex(index);
                         QMenu* menu = build(buttons(), view);
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         menu->popup(view->viewport()->mapToGlobal(at));
                     });
}

} // namespace sightline
