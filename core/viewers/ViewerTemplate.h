#pragma once
// Placeholders in viewer profiles ("{studyUID}", "{dicomwebRoot}" …): which exist, checking a
// template when a profile is saved, and expanding it for one launch. Values are checked before
// they go anywhere: UIDs must be UIDs, nothing may hold control characters, and a value that
// starts a program argument may not start with "-" (the argument would become an option).
// How a value is inserted depends on where: percent-encoded into URLs, verbatim into a single
// program argument (never through a shell).

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sightline {

// What a launch knows; empty values are allowed for placeholders the template does not use.
struct LaunchValues {
    QString studyUid;
    QString seriesUid;
    QString patientId;
    QString patientName;
    QString accessionNumber;
    QString dicomwebRoot;    // the gateway URL of the study's DICOMweb source
    QString studyFolder;     // the study's folder in the image cache
    QString ohifViewerUrl;   // the bundled OHIF, opened on the study
    QString studyArchiveUrl; // the study as a ZIP from the gateway (only when fully cached)
    QString accessToken;     // only for profiles the user allowed to carry it
};

class ViewerTemplate {
public:
    enum class Context {
        Url,      // values percent-encoded, except a leading placeholder (the base)
        Command,  // inserted verbatim (the whole text is encoded afterwards)
        Argument, // one program argument
    };

    static QStringList placeholders();
    // Names used in `text` that are not placeholders (empty: the template is valid).
    static QStringList unknownPlaceholders(const QString& text);
    static QStringList usedPlaceholders(const QString& text);
    static Result<QString> expand(const QString& text, const LaunchValues& values, Context context,
                                  bool tokenAllowed = false);
};

} // namespace sightline
