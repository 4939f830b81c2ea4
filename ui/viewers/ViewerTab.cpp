#include "viewers/ViewerTab.h"

#include "common/LogCategories.h"

#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace sightline {

namespace {

// Errors inside a web viewer reach Sightline's log (the viewer has no console of its own here).
class ViewerPage : public QWebEnginePage {
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message,
                                  int line, const QString& source) override {
        if (level == ErrorMessageLevel)
            qCWarning(lcApp).noquote() << "Viewer:" << message << "(" << source << line << ")";
        else
            qCDebug(lcApp).noquote() << "Viewer:" << message;
    }
};

} // namespace

ViewerTab::ViewerTab(QWidget* parent)
    : QTabWidget(parent)
    , m_profile(new QWebEngineProfile(this)) { // no storage name: off the record
    setObjectName(QStringLiteral("viewerTabs"));
    setTabsClosable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = widget(index);
        removeTab(index);
        page->deleteLater();
    });
}

namespace {
constexpr auto kPatientProperty = "sightlinePatientKey";
} // namespace

QWebEngineView* ViewerTab::open(const QUrl& url, const QString& title, const QString& patientKey) {
    auto* view = new QWebEngineView(this);
    view->setProperty(kPatientProperty, patientKey);
    view->setPage(new ViewerPage(m_profile, view));
    connect(view, &QWebEngineView::loadFinished, this, [this, url](bool ok) {
        if (!ok)
            emit loadFailed(tr("The viewer page did not load (%1)").arg(url.host()));
    });
    view->load(url);
    setCurrentIndex(addTab(view, title));
    setTabToolTip(currentIndex(), title);
    return view;
}

void ViewerTab::keepPatient(const QString& patientKey) {
    for (int i = count() - 1; i >= 0; --i) {
        QWidget* page = widget(i);
        const QString owner = page->property(kPatientProperty).toString();
        if (owner.isEmpty() || owner != patientKey) {
            removeTab(i);
            page->deleteLater();
        }
    }
}

QWebEngineView* ViewerTab::currentView() const {
    return qobject_cast<QWebEngineView*>(currentWidget());
}

} // namespace sightline
