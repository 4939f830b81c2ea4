#pragma once
// Takes a screenshot of the main window with each panel in front (and the welcome page last),
// for the docs: started by docs/screenshots/take (SIGHTLINE_PANEL_SCREENSHOTS=DIR), so the
// pictures in the README and guides are made by the real application and stay current. Quits
// the application when done.

#include <QObject>
#include <QString>

class QTabWidget;

namespace sightline {

class MainWindow;

class PanelScreenshots : public QObject {
    Q_OBJECT
public:
    // `suffix` tells variants apart, e.g. "-de" or "-dark".
    PanelScreenshots(MainWindow* window, QString folder, QString suffix, int settleMs);
    void start();

private:
    void next();

    MainWindow* m_window;
    QTabWidget* m_panels;
    QString m_folder;
    QString m_suffix;
    int m_settleMs;
    int m_index = 0;
};

} // namespace sightline
