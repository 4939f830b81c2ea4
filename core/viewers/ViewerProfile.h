#pragma once
// A way to show a study: the bundled OHIF, a vendor URL scheme (Weasis, OsiriX/Horos, 3D
// Slicer), an IHE IID viewer, or a local program — built in or defined by the user with
// placeholders (see ViewerTemplate). Value type; JSON for the settings file.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sightline {

struct ViewerProfile {
    enum class Kind {
        Ohif,          // the bundled OHIF, served by the gateway
        Url,           // a URL template opened by the desktop (or embedded when http)
        SchemeCommand, // scheme + the percent-encoded expansion of a command (weasis://…)
        Iid,           // an IHE Invoke Image Display viewer at iidBase
        Program,       // a local program with argument templates
    };

    QString id;
    QString name;
    Kind kind = Kind::Url;
    QString urlTemplate;     // Url: the URL; SchemeCommand: the command
    QString scheme;          // SchemeCommand: what precedes the command, e.g. "weasis://?"
    QString iidBase;         // Iid
    QString viewerType;      // Iid: e.g. IHE_BIR
    QString program;         // Program: absolute path or a name on PATH
    QStringList arguments;   // Program: one template per argument
    bool embedded = false;   // open in Sightline's own viewer tab (web viewers only)
    bool allowToken = false; // the user allowed {accessToken} for this profile
    bool builtIn = false;

    // Problems that keep the profile from being saved (unknown placeholders, missing parts).
    QStringList problems() const;
    bool isWeb() const;

    QJsonObject toJson() const;
    static ViewerProfile fromJson(const QJsonObject& json);
    static QList<ViewerProfile> builtIns();
    static QString kindName(Kind kind);
};

} // namespace sightline
