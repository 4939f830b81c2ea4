#include "viewers/OpenInButton.h"

#include "viewers/ViewerLauncher.h"
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
    connect(this, &QToolButton::clicked, this, [this] {
        if (m_defaultUnavailable.isEmpty())
            emit openWith(QString());
        else
            showMenu();
    });
    connect(viewers, &ViewerRegistry::changed, this, &OpenInButton::rebuild);
    rebuild();
}

void OpenInButton::rebuild() {
    const std::optional<ViewerProfile> preferred = m_viewers->find(m_viewers->defaultViewer());
    setText(tr("Open in %1").arg(preferred ? preferred->name : tr("viewer")));
    // A default viewer that cannot open anything here says why, and the button offers the
    // others instead of failing with a message that vanishes.
    m_defaultUnavailable = preferred ? ViewerLauncher::whyUnavailable(*preferred) : QString();
    setToolTip(m_defaultUnavailable);
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    menu()->clear();
    menu()->setToolTipsVisible(true);
    for (const ViewerProfile& profile : m_viewers->profiles()) {
        const QString why = ViewerLauncher::whyUnavailable(profile);
        QAction* action = menu()->addAction(
            why.isEmpty() ? profile.name : tr("%1 (unavailable)").arg(profile.name));
        action->setObjectName(QStringLiteral("openIn-") + profile.id);
        action->setEnabled(why.isEmpty());
        action->setToolTip(why);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { emit openWith(id); });
    }
}

} // namespace sightline
