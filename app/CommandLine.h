#pragma once
// Reads Sightline's command line: a command of the CommandTable (parsed against its
// declaration), or what the window should show first (a server, an EHR launch, a
// sightline:// link), or --headless, --help and --version.

#include "CommandTable.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sightline {

struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Gui, Headless, Command, Help, Version, Invalid };

    Mode mode = Mode::Gui;
    // The window (and --headless): what to show or load first.
    QString server; // profile id, name, URL or connection string
    bool json = false;
    bool noBrowser = false; // print login addresses instead of opening the browser
    QString launchLink;     // "cli" for `launch --iss … --launch …`, or a sightline:// link
    QString launchIss;
    QString launchValue;
    std::optional<CommandArguments> command; // Mode::Command
    QString text;                            // Mode::Help: what to print; Mode::Invalid: why

    static CommandLine parse(const QStringList& arguments);
    bool needsGui() const { return mode == Mode::Gui; }
    // A command that hands URLs to the desktop (a QGuiApplication, no widgets).
    bool needsDesktop() const;
};

} // namespace sightline
