#include "CommandLine.h"

#include <QCommandLineParser>

namespace sightline {

namespace {

CommandLine invalid(const QString& why) {
    CommandLine cl;
    cl.mode = CommandLine::Mode::Invalid;
    cl.text = why;
    return cl;
}

CommandLine help(const QString& text) {
    CommandLine cl;
    cl.mode = CommandLine::Mode::Help;
    cl.text = text;
    return cl;
}

// No command: the window, or --headless, with what to show first.
CommandLine windowOrHeadless(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("SERVER"));
    const QCommandLineOption headless(QStringLiteral("headless"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"));
    parser.addOptions({helpOption, version, server, headless, json, noBrowser});
    if (!parser.parse(arguments))
        return invalid(parser.errorText() + u'\n' + CommandLine::tr("More: sightline --help"));
    if (parser.isSet(helpOption))
        return help(CommandTable::overview());
    CommandLine cl;
    if (parser.isSet(version)) {
        cl.mode = CommandLine::Mode::Version;
        return cl;
    }
    cl.server = parser.value(server);
    cl.json = parser.isSet(json);
    cl.noBrowser = parser.isSet(noBrowser);
    const QStringList positional = parser.positionalArguments();
    for (const QString& word : positional) {
        if (!word.startsWith(QLatin1String("sightline://")) || !cl.launchLink.isEmpty())
            return invalid(CommandLine::tr("Unknown command %1").arg(word) + u'\n' +
                           CommandLine::tr("Commands: sightline --help"));
        cl.launchLink = word;
    }
    if (parser.isSet(headless)) {
        if (cl.server.isEmpty())
            return invalid(CommandLine::tr("--headless needs --server SERVER"));
        if (!cl.launchLink.isEmpty() || cl.noBrowser)
            return invalid(CommandLine::tr("--headless goes with --server and --json only"));
        cl.mode = CommandLine::Mode::Headless;
        return cl;
    }
    if (cl.json)
        return invalid(CommandLine::tr("--json goes with --headless or a command"));
    return cl;
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments) {
    const QStringList words = arguments.mid(1);
    if (words.value(0) == QLatin1String("help")) {
        if (words.value(1) == QLatin1String("--all")) // the man page: everything
            return help(CommandTable::everything());
        const QString topic = words.mid(1).join(u' ');
        const QString text = CommandTable::helpFor(topic);
        if (text.isEmpty())
            return invalid(tr("No command is called %1").arg(topic) + u'\n' +
                           tr("Commands: sightline --help"));
        return help(text);
    }
    const QList<CommandSpec> commands = CommandTable::commands();
    qsizetype used = 0;
    const CommandSpec* command = CommandTable::find(commands, words, &used);
    // Options written before the command (`sightline --json session S`, `sightline --journal F
    // audit verify`) belong to it, as they always have; the window's own options (--server,
    // --headless …) never lead a command. Every word before it is an option or an option's value.
    const QStringList windowOptions{QStringLiteral("--server"), QStringLiteral("--headless"),
                                    QStringLiteral("--help"), QStringLiteral("-h"),
                                    QStringLiteral("--version")};
    QStringList commandWords = words;
    for (qsizetype k = 1; !command && k < words.size(); ++k) {
        const QString& before = words[k - 1];
        if (windowOptions.contains(before.section(u'=', 0, 0)) ||
            (!before.startsWith(u'-') && (k < 2 || !words[k - 2].startsWith(u'-'))))
            break;
        if (words[k].startsWith(u'-'))
            continue;
        command = CommandTable::find(commands, words.mid(k), &used);
        if (command)
            commandWords = words.mid(k, used) + words.mid(0, k) + words.mid(k + used);
    }
    if (!command) {
        // A group without its second word ("cache", "export verify"): name what it takes.
        for (const CommandSpec& c : commands) {
            if (!words.isEmpty() && c.name.startsWith(words.first() + u' '))
                return invalid(tr("%1 needs one of its commands").arg(words.first()) + u'\n' +
                               tr("More: sightline help %1").arg(words.first()));
        }
        return windowOrHeadless(arguments);
    }
    CommandTable::Parsed parsed = CommandTable::parse(*command, commandWords.mid(used));
    if (parsed.helpAsked)
        return help(CommandTable::help(*command));
    if (!parsed.arguments)
        return invalid(parsed.error + u'\n' + tr("Usage: %1").arg(command->synopsis()) + u'\n' +
                       tr("More: sightline help %1").arg(command->name));
    const CommandArguments& args = *parsed.arguments;
    CommandLine cl;
    if (command->runs && command->runs(args) == CommandSpec::Runs::Window) {
        // `launch`: the window, logging in with the EHR's context.
        cl.launchLink = QStringLiteral("cli");
        cl.launchIss = args.value(QStringLiteral("iss"));
        cl.launchValue = args.value(QStringLiteral("launch"));
        cl.noBrowser = args.isSet(QStringLiteral("no-browser"));
        return cl;
    }
    cl.mode = Mode::Command;
    cl.command = parsed.arguments;
    return cl;
}

bool CommandLine::needsDesktop() const {
    return mode == Mode::Command && command->command().runs &&
           command->command().runs(*command) == CommandSpec::Runs::Desktop;
}

} // namespace sightline
