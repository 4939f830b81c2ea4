#pragma once
// A context menu for a table that offers what the panel's buttons offer, in their order, with
// their names and their enabled state at the moment it opens; choosing an entry clicks the
// button. The buttons stay the one place each action is wired, so the menu cannot drift from
// them.

#include <QList>
#include <QPointer>

#include <functional>

class QAbstractButton;
class QAbstractItemView;
class QMenu;
class QWidget;

namespace sightline {

class ButtonMenu {
public:
    using Buttons = std::function<QList<QAbstractButton*>()>;
    // Right-clicking a row of `view` selects it and opens the menu of the buttons `buttons`
    // names then (null ones are left out).
    static void attach(QAbstractItemView* view, Buttons buttons);
    // The menu as it would open now (for tests and for attach).
    static QMenu* build(const QList<QAbstractButton*>& buttons, QWidget* parent);
};

} // namespace sightline
