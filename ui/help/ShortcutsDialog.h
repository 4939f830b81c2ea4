#pragma once
// Help → Keyboard shortcuts: every menu action that has a shortcut, read from the menu bar when
// the dialog opens, so the list can never drift from what the keys really do.

#include <QDialog>

class QMenuBar;

namespace sightline {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
    // (menu path, shortcut) pairs, e.g. ("View › Studies", "Ctrl+2").
    static QList<QPair<QString, QString>> shortcuts(const QMenuBar* menus);
};

} // namespace sightline
