#include "CommandLine.h"

#include <QCoreApplication>

namespace sightline {

QString CommandLine::usage() {
    return QCoreApplication::translate(
        "CommandLine",
        "Usage:\n"
        "  sightline [--server SERVER]             open Sightline (optionally with SERVER "
        "selected)\n"
        "  sightline --server SERVER --headless    do the same main job without a window: load "
        "SERVER's\n"
        "                                          capabilities and print a summary\n"
        "  sightline capabilities SERVER [--json]  print SERVER's capabilities and readiness\n"
        "  sightline --help | --version\n"
        "\n"
        "SERVER is a configured server's name or id, a FHIR base URL, or a connection string\n"
        "(fhir://host/path?client_id=…&scope=…; fhir+http:// for a local test server).\n"
        "Exit codes: 0 success, 1 usage error, 2 the server could not be used.\n");
}

CommandLine CommandLine::parse(const QStringList& arguments) {
    CommandLine cl;
    const QStringList args = arguments.mid(1);
    auto invalid = [&](const QString& message) {
        cl.mode = Mode::Invalid;
        cl.error = message;
        return cl;
    };
    bool headless = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            cl.mode = Mode::Help;
            return cl;
        }
        if (a == QLatin1String("--version")) {
            cl.mode = Mode::Version;
            return cl;
        }
        if (a == QLatin1String("--headless")) {
            headless = true;
        } else if (a == QLatin1String("--json")) {
            cl.json = true;
        } else if (a == QLatin1String("--server")) {
            if (i + 1 >= args.size())
                return invalid(QStringLiteral("--server needs a value"));
            cl.server = args[++i];
        } else if (a == QLatin1String("capabilities") && cl.mode == Mode::Gui &&
                   cl.server.isEmpty()) {
            cl.mode = Mode::Capabilities;
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--")))
                return invalid(QStringLiteral("capabilities needs a server"));
            cl.server = args[++i];
        } else if (a.startsWith(QLatin1Char('-'))) {
            // Qt's own options (-platform, -style …) are consumed by QApplication before us.
            return invalid(QStringLiteral("Unknown option %1").arg(a));
        } else {
            return invalid(QStringLiteral("Unexpected argument %1").arg(a));
        }
    }
    if (headless) {
        if (cl.mode != Mode::Gui)
            return invalid(QStringLiteral("--headless goes with --server, not with a command"));
        if (cl.server.isEmpty())
            return invalid(QStringLiteral("--headless needs --server"));
        cl.mode = Mode::Headless;
    }
    if (cl.json && cl.mode != Mode::Capabilities && cl.mode != Mode::Headless)
        return invalid(QStringLiteral("--json goes with capabilities or --headless"));
    return cl;
}

} // namespace sightline
