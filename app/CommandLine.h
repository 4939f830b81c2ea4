#pragma once
// Reads Sightline's command line into a value: which mode to run in and its arguments.

#include <QString>
#include <QStringList>

namespace sightline {

struct CommandLine {
    enum class Mode { Gui, Headless, Capabilities, Help, Version, Invalid };

    Mode mode = Mode::Gui;
    QString server; // profile id, name, URL or connection string
    bool json = false;
    QString error; // for Invalid

    static CommandLine parse(const QStringList& arguments);
    static QString usage();
    bool needsGui() const { return mode == Mode::Gui; }
};

} // namespace sightline
