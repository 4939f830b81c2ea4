#pragma once
// The SMART login page inside Sightline (for servers whose profile asks for it) instead of the
// system browser: a Qt WebEngine view on a private, off-the-record profile, so no cookies or
// cache outlive the window. The redirect still goes to the loopback listener, exactly as with the
// system browser; the window closes itself once that page has loaded. Closing it early cancels
// the login.

#include <QDialog>

#include <functional>

class QLabel;
class QWebEngineProfile;
class QWebEngineView;

namespace sightline {

class SessionManager;

class EmbeddedLoginWindow : public QDialog {
    Q_OBJECT
public:
    explicit EmbeddedLoginWindow(const QUrl& authorizeUrl, QWidget* parent = nullptr);
    ~EmbeddedLoginWindow() override;

    QUrl currentUrl() const;

    // The opener SessionManager uses for profiles with embedded login: a window per login over
    // `parent`, closed when the login ends either way; closing it cancels the login.
    static std::function<bool(const QString&, const QUrl&)> opener(QWidget* parent,
                                                                   SessionManager* sessions);

signals:
    // The user closed the window before the login came back.
    void cancelledByUser();

protected:
    void reject() override;

private:
    QWebEngineProfile* m_profile;
    QWebEngineView* m_view;
    QLabel* m_address;
    bool m_returned = false;
};

} // namespace sightline
