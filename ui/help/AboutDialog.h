#pragma once
// Help → About Sightline: what Sightline is, the versions of the libraries it runs on (as loaded,
// from ComponentVersions) with their licences, and a button that copies them for a bug report.

#include <QDialog>

namespace sightline {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    // The versions as plain text, one component per line (what "Copy versions" copies).
    static QString versionsText();
};

} // namespace sightline
