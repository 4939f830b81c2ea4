#pragma once
// The libraries Sightline runs on, with the versions actually loaded (not only those built
// against) and their licences: for the About dialog, `--version --verbose`-style reports and bug
// reports.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sightline {

struct Component {
    QString name;
    QString version; // empty when the library does not report one
    QString licence; // SPDX identifier
    QString purpose; // what Sightline uses it for
};

class ComponentVersions {
    Q_DECLARE_TR_FUNCTIONS(ComponentVersions)
public:
    static QList<Component> all();
};

} // namespace sightline
