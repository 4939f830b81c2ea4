#include "PanelScreenshots.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QMainWindow>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

namespace sightline {

PanelScreenshots::PanelScreenshots(QMainWindow* window, QString folder, QString suffix,
                                   int settleMs)
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
    if (!m_panels || m_index >= m_panels->count()) {
        qCInfo(lcApp) << "Panel screenshots written to" << m_folder;
        QCoreApplication::quit();
        return;
    }
    m_panels->setCurrentIndex(m_index);
    // File names follow the panels' object names, which do not change with the language.
    QTimer::singleShot(1500, this, [this] {
        QWidget* panel = m_panels->widget(m_index);
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
