#pragma once
// Reads Sightline's command line into a value: which mode to run in and its arguments.

#include <QString>
#include <QStringList>

namespace sightline {

struct CommandLine {
    enum class Mode {
        Gui,
        Headless,
        Capabilities,
        AuditVerify,
        AuditExport,
        KeyGen,
        Login,
        Session,
        Logout,
        Studies,
        Retrieve,
        CacheStats,
        CacheVerify,
        CachePurge,
        Open,
        IidUrl,
        ConsentEvaluate,
        ConsentCheck,
        ExportBulk,
        ExportPush,
        ExportDicom,
        ExportDeidentify,
        JobsList,
        JobsResume,
        JobsCancel,
        Help,
        Version,
        Invalid
    };

    Mode mode = Mode::Gui;
    QString server; // profile id, name, URL or connection string
    bool json = false;
    bool noBrowser = false; // login --no-browser: print the login address instead
    QString journal;        // --journal: an audit journal other than the default
    QString since;          // --since / --until: ISO dates or date-times
    QString until;
    QString patient;   // --patient Patient/123
    QString out;       // --out FILE (default: standard output)
    QString launchIss; // EHR launch: `launch --iss … --launch …` or a sightline://launch link
    QString launchValue;
    QString launchLink;
    QString studyUid;                            // retrieve STUDY, cache purge STUDY
    QStringList seriesUids;                      // retrieve --series UID (repeatable)
    bool repair = false;                         // cache verify --repair
    bool all = false;                            // cache purge --all
    QString algorithm = QStringLiteral("ES384"); // keygen --alg
    QString viewer;                              // open --viewer ID
    bool printOnly = false;                      // open --print: show the launch, do not start it
    bool confirmMismatch = false;                // open --confirm-mismatch
    QStringList rest;                            // iid-url's and consent's own options
    QString error;                               // for Invalid

    static CommandLine parse(const QStringList& arguments);
    static QString usage();
    bool needsGui() const { return mode == Mode::Gui; }
};

} // namespace sightline
