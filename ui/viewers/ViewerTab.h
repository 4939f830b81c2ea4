#pragma once
// The embedded viewer: web viewers (the bundled OHIF, IID viewers) in Sightline's own tabs, one
// per opened study, in an off-the-record browser profile (nothing about the patient is kept on
// disk). Each tab is titled with the patient and study, so it is always clear whose images are
// shown, and belongs to its patient: opening another patient closes it, so another patient's
// images never stay on screen under the new patient's banner.

#include <QTabWidget>
#include <QUrl>

class QWebEngineProfile;
class QWebEngineView;

namespace sightline {

class ViewerTab : public QTabWidget {
    Q_OBJECT
public:
    explicit ViewerTab(QWidget* parent = nullptr);

    // `patientKey` (StudyOpener::patientKey) is whose images the tab shows.
    QWebEngineView* open(const QUrl& url, const QString& title, const QString& patientKey = {});
    QWebEngineView* currentView() const;
    // Another patient is in context now: close every tab of any other patient (and those of no
    // known patient).
    void keepPatient(const QString& patientKey);

signals:
    void loadFailed(const QString& message);

private:
    QWebEngineProfile* m_profile;
};

} // namespace sightline
