#pragma once
// Turns a viewer profile and a study into a launch — a URL for the desktop, a page for the
// embedded viewer tab, or a program with its argument list — and starts it. Programs start
// without a shell, with each argument as given (QProcess), URLs through the desktop
// (QDesktopServices); nothing is ever pasted into a command line. A study whose DICOM patient
// differs from the FHIR Patient is not launched unless the user confirmed it, and every launch
// (or refusal) is written to the audit trail.

#include "common/Result.h"
#include "viewers/ViewerProfile.h"
#include "viewers/ViewerTemplate.h"

#include <QUrl>

namespace sightline {

class AuditTrail;

struct LaunchPlan {
    enum class How { Desktop, Embedded, Program };
    How how = How::Desktop;
    QUrl url;
    QString program; // resolved path
    QStringList arguments;
    QString viewer; // the profile's name
};

struct LaunchRequestOptions {
    bool patientMismatch = false;   // the study was flagged
    bool mismatchConfirmed = false; // … and the user chose to open it anyway
    QString patientReference;       // Patient/123, for the audit trail
};

class ViewerLauncher {
public:
    // Why `profile` cannot open anything on this computer, for a menu to show beside a disabled
    // entry (empty: it can): the bundled OHIF missing from this build, a local program that is
    // not installed.
    static QString whyUnavailable(const ViewerProfile& profile);
    static Result<LaunchPlan> plan(const ViewerProfile& profile, const LaunchValues& values,
                                   const LaunchRequestOptions& options = {});
    // Starts a Desktop or Program plan (Embedded plans are shown by the UI).
    static Status start(const LaunchPlan& plan);
    // plan() + start() + audit; `audit` may be null.
    static Result<LaunchPlan> launch(const ViewerProfile& profile, const LaunchValues& values,
                                     const LaunchRequestOptions& options, AuditTrail* audit);
    static void audit(AuditTrail* audit, const ViewerProfile& profile, const LaunchValues& values,
                      const LaunchRequestOptions& options, const Status& outcome);
};

} // namespace sightline
