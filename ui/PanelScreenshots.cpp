#include "PanelScreenshots.h"

#include "MainWindow.h"
#include "welcome/WelcomePage.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

namespace sightline {

PanelScreenshots::PanelScreenshots(MainWindow* window, QString folder, QString suffix, int settleMs)
    : QObject(window)
    , m_window(window)
    , m_panels(window->findChild<QTabWidget*>(QStringLiteral("panels")))
    , m_folder(std::move(folder))
    , m_suffix(std::move(suffix))
    , m_settleMs(settleMs) {}

void PanelScreenshots::start() {
    QDir().mkpath(m_folder);
    // The first picture waits for servers to answer and the viewer to draw.
    QTimer::singleShot(m_settleMs, this, &PanelScreenshots::next);
}

void PanelScreenshots::next() {
    // Every panel, then the welcome page.
    if (!m_panels || m_index > m_panels->count()) {
        qCInfo(lcApp) << "Panel screenshots written to" << m_folder;
        QCoreApplication::quit();
        return;
    }
    QWidget* panel =
        m_index < m_panels->count() ? m_panels->widget(m_index) : m_window->welcomePage();
    if (panel == m_window->welcomePage())
        m_window->showWelcome();
    else
        m_window->showPanel(panel);
    // File names follow the panels' object names, which do not change with the language.
    QTimer::singleShot(1500, this, [this, panel] {
        // "studiesPanel" → "studies-panel"
        QString name;
        for (const QChar c : panel->objectName())
            name += c.isUpper() ? QLatin1Char('-') + c.toLower() : QString(c);
        if (name.isEmpty())
            name = QStringLiteral("panel-%1").arg(m_index);
        const QString file = QStringLiteral("%1/%2%3.png").arg(m_folder, name, m_suffix);
        // From the screen, so content drawn with OpenGL (the web viewer) is in the picture too;
        // grab() would show its canvas empty.
        QPixmap picture;
        if (QScreen* screen = m_window->screen())
            picture = screen->grabWindow(m_window->winId());
        if (picture.isNull())
            picture = m_window->grab();
        if (!picture.save(file))
            qCWarning(lcApp) << "Could not write" << file;
        ++m_index;
        next();
    });
}

} // namespace sightline
