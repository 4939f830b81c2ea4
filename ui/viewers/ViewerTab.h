#pragma once
// The embedded viewer: web viewers (the bundled OHIF, IID viewers) in Sightline's own tabs, one
// per opened study, in an off-the-record browser profile (nothing about the patient is kept on
// disk). Each tab is titled with the patient and study, so it is always clear whose images are
// shown.

#include <QTabWidget>
#include <QUrl>

class QWebEngineProfile;
class QWebEngineView;

namespace sightline {

class ViewerTab : public QTabWidget {
    Q_OBJECT
public:
    explicit ViewerTab(QWidget* parent = nullptr);

    QWebEngineView* open(const QUrl& url, const QString& title);
    QWebEngineView* currentView() const;

signals:
    void loadFailed(const QString& message);

private:
    QWebEngineProfile* m_profile;
};

} // namespace sightline
