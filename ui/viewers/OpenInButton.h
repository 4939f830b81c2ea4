#pragma once
// "Open in …": a button that opens the selection in the default viewer, with a menu of every
// viewer profile (kept in step with the registry). A viewer that cannot open anything on this
// computer (OHIF missing from the build, a program not installed) is disabled with the reason.

#include <QToolButton>

namespace sightline {

class ViewerRegistry;

class OpenInButton : public QToolButton {
    Q_OBJECT
public:
    explicit OpenInButton(ViewerRegistry* viewers, QWidget* parent = nullptr);

signals:
    void openWith(const QString& viewerId); // empty: the default viewer

private:
    void rebuild();
    ViewerRegistry* m_viewers;
    QString m_defaultUnavailable; // why the default viewer cannot open anything here
};

} // namespace sightline
