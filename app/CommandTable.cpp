#include "CommandTable.h"

#include "AuditCommand.h"
#include "CapabilitiesCommand.h"
#include "ConsentCommand.h"
#include "DicomNodeCommand.h"
#include "ExportCommand.h"
#include "ImagingCommand.h"
#include "ReceiveCommand.h"
#include "SessionCommand.h"
#include "ViewerCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

namespace sightline {

namespace {

constexpr qsizetype kWidth = 100;

QString optionText(const CommandOption& option) {
    QString text = QStringLiteral("--") + option.name;
    if (!option.valueName.isEmpty())
        text += u' ' + option.valueName;
    return text;
}

QString argumentText(const CommandArgument& argument) {
    QString text = argument.name;
    if (argument.repeatable)
        text += QStringLiteral("…");
    return argument.required ? text : u'[' + text + u']';
}

// Words joined into lines no wider than kWidth; lines after the first start with `indent`.
QString wrapped(const QStringList& words, const QString& indent, qsizetype firstWidth = kWidth) {
    QString text;
    qsizetype line = 0;
    qsizetype width = firstWidth;
    for (const QString& word : words) {
        if (line > 0 && line + 1 + word.size() > width) {
            text += u'\n' + indent;
            line = indent.size();
            width = kWidth;
        } else if (line > 0) {
            text += u' ';
            ++line;
        }
        text += word;
        line += word.size();
    }
    return text;
}

// "  NAME        description", the description wrapped beside the names.
QString described(const QString& name, const QString& description) {
    constexpr qsizetype column = 26;
    const QString head = QStringLiteral("  ") + name;
    const QString indent(column, u' ');
    const QStringList words = description.split(u' ', Qt::SkipEmptyParts);
    if (head.size() + 2 > column)
        return head + u'\n' + indent + wrapped(words, indent, kWidth - column) + u'\n';
    return head.leftJustified(column) + wrapped(words, indent, kWidth - column) + u'\n';
}

} // namespace

QString CommandSpec::synopsis() const {
    QStringList words{QStringLiteral("sightline"), name};
    for (const CommandArgument& argument : arguments)
        words << argumentText(argument);
    for (const CommandOption& option : options) {
        QString text = optionText(option);
        if (!option.required)
            text = u'[' + text + u']';
        if (option.repeatable)
            text += QStringLiteral("…");
        words << text;
    }
    return wrapped(words, QString(4, u' '));
}

CommandArguments::CommandArguments(const CommandSpec& command,
                                   std::shared_ptr<const QCommandLineParser> parser)
    : m_command(command)
    , m_parser(std::move(parser)) {}

QStringList CommandArguments::arguments() const {
    return m_parser->positionalArguments();
}

bool CommandArguments::declares(const QString& option) const {
    return std::any_of(m_command.options.cbegin(), m_command.options.cend(),
                       [&](const CommandOption& o) { return o.name == option; });
}

// A handler shared by several commands may ask for an option one of them does not have: it is
// simply not set (QCommandLineParser would warn on standard error).
bool CommandArguments::isSet(const QString& option) const {
    return declares(option) && m_parser->isSet(option);
}

QString CommandArguments::value(const QString& option) const {
    return declares(option) ? m_parser->value(option) : QString();
}

QStringList CommandArguments::values(const QString& option) const {
    return declares(option) ? m_parser->values(option) : QStringList();
}

int CommandArguments::usageError(const QString& message) const {
    QTextStream(stderr) << message << '\n'
                        << tr("Usage: %1").arg(m_command.synopsis()) << '\n'
                        << tr("More: sightline help %1").arg(m_command.name) << '\n';
    return 1;
}

QList<CommandSpec> CommandTable::commands() {
    QList<CommandSpec> all;
    all << CapabilitiesCommand::commands() << SessionCommand::commands()
        << ImagingCommand::commands() << DicomNodeCommand::commands() << ReceiveCommand::commands()
        << ViewerCommand::commands() << ConsentCommand::commands() << ExportCommand::commands()
        << AuditCommand::commands();
    return all;
}

const CommandSpec* CommandTable::find(const QList<CommandSpec>& commands,
                                      const QStringList& arguments, qsizetype* words) {
    const CommandSpec* best = nullptr;
    qsizetype bestWords = 0;
    for (const CommandSpec& command : commands) {
        const QStringList name = command.name.split(u' ');
        if (name.size() > bestWords && arguments.mid(0, name.size()) == name) {
            best = &command;
            bestWords = name.size();
        }
    }
    if (words)
        *words = bestWords;
    return best;
}

CommandTable::Parsed CommandTable::parse(const CommandSpec& command, const QStringList& rest) {
    auto parser = std::make_shared<QCommandLineParser>();
    // `-x` is never a bundle of one-letter options: Sightline's options are words.
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser->addOption(helpOption);
    for (const CommandOption& option : command.options)
        parser->addOption(QCommandLineOption(option.name, option.description, option.valueName));
    Parsed parsed;
    if (!parser->parse(QStringList{QStringLiteral("sightline")} + rest)) {
        parsed.error = parser->errorText();
        return parsed;
    }
    if (parser->isSet(helpOption)) {
        parsed.helpAsked = true;
        return parsed;
    }
    // Something required is missing: name everything the command needs, as a user would write it.
    const QStringList positional = parser->positionalArguments();
    QStringList needed;
    bool missing = false;
    qsizetype requiredArguments = 0;
    for (const CommandArgument& argument : command.arguments) {
        if (argument.required) {
            needed << argument.name;
            ++requiredArguments;
        }
    }
    missing = positional.size() < requiredArguments;
    for (const CommandOption& option : command.options) {
        if (option.required) {
            needed << optionText(option);
            // An empty value (--out "") is no value.
            missing = missing || !parser->isSet(option.name) ||
                      (!option.valueName.isEmpty() && parser->value(option.name).isEmpty());
        }
    }
    if (missing) {
        QString list = needed.last();
        if (needed.size() > 1)
            list = tr("%1 and %2")
                       .arg(needed.mid(0, needed.size() - 1).join(QStringLiteral(", ")),
                            needed.last());
        parsed.error = tr("%1 needs %2").arg(command.name, list);
        return parsed;
    }
    for (const CommandOption& option : command.options) {
        const qsizetype given = option.valueName.isEmpty() ? (parser->isSet(option.name) ? 1 : 0)
                                                           : parser->values(option.name).size();
        if (!option.repeatable && given > 1) {
            parsed.error = tr("%1 is given more than once").arg(optionText(option));
            return parsed;
        }
    }
    const bool unbounded = !command.arguments.isEmpty() && command.arguments.last().repeatable;
    if (!unbounded && positional.size() > command.arguments.size()) {
        parsed.error = tr("Unexpected argument %1").arg(positional.at(command.arguments.size()));
        return parsed;
    }
    parsed.arguments.emplace(command, parser);
    return parsed;
}

QString CommandTable::overview() {
    QString text;
    QTextStream out(&text);
    out << tr("Usage: sightline [COMMAND] [ARGUMENTS] [OPTIONS]") << "\n\n"
        << tr("Without a command, Sightline opens its window:") << '\n'
        << described(QStringLiteral("sightline [--server SERVER] [--no-browser]"),
                     tr("open Sightline, with SERVER selected (--no-browser: print login "
                        "addresses instead of opening the browser)"))
        << described(QStringLiteral("sightline --server SERVER --headless [--json]"),
                     tr("do the same main job without a window: load SERVER's capabilities and "
                        "print a summary"))
        << described(QStringLiteral("sightline sightline://launch?iss=…&launch=…"),
                     tr("an EHR launch link: log in to that server with the EHR's context"))
        << described(QStringLiteral("sightline sightline://open?server=S&study=UID[&viewer=ID]"),
                     tr("open a study of a configured server in a viewer"))
        << '\n'
        << tr("Commands:") << '\n';
    for (const CommandSpec& command : commands())
        out << QStringLiteral("  ") << command.synopsis().replace(u'\n', QStringLiteral("\n  "))
            << '\n'
            << QStringLiteral("        ")
            << wrapped(command.summary.split(u' ', Qt::SkipEmptyParts), QString(8, u' '),
                       kWidth - 8)
            << '\n';
    out << '\n'
        << tr("Run 'sightline help COMMAND' (or 'sightline COMMAND --help') for a command's "
              "arguments and options.")
        << "\n\n"
        << tr("SERVER is a configured server's name or id, a FHIR base URL, or a connection "
              "string (fhir://host/path?client_id=…&scope=…; fhir+http:// for a local test "
              "server; dicomweb+http(s):// for a PACS without FHIR).")
        << '\n'
        << tr("One window runs per user: starting Sightline again (or opening a sightline:// "
              "link) hands the arguments to the running one.")
        << "\n\n"
        << tr("Exit codes: 0 success, 1 usage error, 2 the server could not be used, a job "
              "failed or the audit chain is broken, 3 images whose DICOM patient differs from "
              "the FHIR Patient.")
        << '\n'
        << QStringLiteral("  sightline --help | --version") << '\n';
    return text;
}

QString CommandTable::help(const CommandSpec& command) {
    QString text;
    QTextStream out(&text);
    out << tr("Usage: %1").arg(command.synopsis()) << "\n\n" << command.summary << '\n';
    if (!command.details.isEmpty())
        out << '\n' << wrapped(command.details.split(u' ', Qt::SkipEmptyParts), QString()) << '\n';
    if (!command.arguments.isEmpty()) {
        out << '\n' << tr("Arguments:") << '\n';
        for (const CommandArgument& argument : command.arguments)
            out << described(argumentText(argument), argument.description);
    }
    if (!command.options.isEmpty()) {
        out << '\n' << tr("Options:") << '\n';
        for (const CommandOption& option : command.options) {
            QString description = option.description;
            if (option.required)
                description += u' ' + tr("(required)");
            if (option.repeatable)
                description += u' ' + tr("(may be repeated)");
            out << described(optionText(option), description);
        }
    }
    return text;
}

QString CommandTable::everything() {
    QString text = overview() + u'\n' + tr("Commands in detail:") + u'\n';
    for (const CommandSpec& command : commands())
        text += u'\n' + help(command);
    return text;
}

QString CommandTable::helpFor(const QString& topic) {
    if (topic.trimmed().isEmpty())
        return overview();
    const QList<CommandSpec> all = commands();
    const QStringList words = topic.split(u' ', Qt::SkipEmptyParts);
    qsizetype used = 0;
    const CommandSpec* command = find(all, words, &used);
    if (command && used == words.size())
        return help(*command);
    // A group's name ("cache", "export"): the help of each command in it.
    QString group;
    for (const CommandSpec& c : all) {
        if (c.name.startsWith(topic.trimmed() + u' '))
            group += help(c) + u'\n';
    }
    return group;
}

} // namespace sightline
