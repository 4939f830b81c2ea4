#include "viewers/OpenInButton.h"

#include "viewers/ViewerRegistry.h"

#include <QMenu>

namespace sightline {

OpenInButton::OpenInButton(ViewerRegistry* viewers, QWidget* parent)
    : QToolButton(parent)
    , m_viewers(viewers) {
    setObjectName(QStringLiteral("openInButton"));
    setPopupMode(QToolButton::MenuButtonPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(new QMenu(this));
    connect(this, &QToolButton::clicked, this, [this] { emit openWith(QString()); });
    connect(viewers, &ViewerRegistry::changed, this, &OpenInButton::rebuild);
    rebuild();
}

void OpenInButton::rebuild() {
    const std::optional<ViewerProfile> preferred = m_viewers->find(m_viewers->defaultViewer());
    setText(tr("Open in %1").arg(preferred ? preferred->name : tr("viewer")));
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    menu()->clear();
    for (const ViewerProfile& profile : m_viewers->profiles()) {
        QAction* action = menu()->addAction(profile.name);
        action->setObjectName(QStringLiteral("openIn-") + profile.id);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { emit openWith(id); });
    }
}

} // namespace sightline
