#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sightline {

namespace {

QString plain(QString text) {
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

void collect(const QMenu* menu, const QString& path, QList<QPair<QString, QString>>& out) {
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" › ") + plain(action->text());
        if (action->menu())
            collect(action->menu(), name, out);
        else if (!action->shortcut().isEmpty())
            out.append({name, action->shortcut().toString(QKeySequence::NativeText)});
    }
}

} // namespace

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts(const QMenuBar* menus) {
    QList<QPair<QString, QString>> out;
    for (const QAction* top : menus->actions()) {
        if (top->menu())
            collect(top->menu(), plain(top->text()), out);
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto list = shortcuts(menus);
    auto* table = new QTableWidget(int(list.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(list.at(row).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(480, 420);
}

} // namespace sightline
