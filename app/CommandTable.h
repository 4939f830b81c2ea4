#pragma once
// Sightline's command line as one table: every subcommand with its words, arguments, options,
// help text and handler. Parsing (QCommandLineParser per subcommand), `sightline help
// [COMMAND]`, `sightline COMMAND --help`, the overview of `sightline --help` and the man page
// made from it (help2man) all come from this table, so they cannot disagree. Each command file
// declares its own entries (XCommand::commands()); a new command is one more entry.

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace sightline {

// An option of a command: `--name VALUE` (or a flag without a value name).
struct CommandOption {
    QString name;
    QString valueName; // empty: a flag
    QString description;
    bool required = false;   // the parser refuses the command without it
    bool repeatable = false; // may be given more than once
};

// An option from literals, for long lists: option("type", "T,U", tr("only these types")).
inline CommandOption option(const char* name, const char* valueName, const QString& description,
                            bool required = false, bool repeatable = false) {
    return {QLatin1String(name), QString::fromUtf8(valueName), description, required, repeatable};
}

// A positional argument, in order; only the last may be repeatable.
struct CommandArgument {
    QString name; // SERVER, STUDY_UID …
    QString description;
    bool required = true;
    bool repeatable = false;
};

class CommandArguments;

struct CommandSpec {
    QString name; // the words after `sightline`: "cache purge"
    QString summary;
    QString details; // more about it, shown by `sightline help NAME`
    QList<CommandArgument> arguments;
    QList<CommandOption> options;
    // The process the command needs: none (QCoreApplication), the desktop (QGuiApplication:
    // URLs handed to the system browser), or the window.
    enum class Runs { Headless, Desktop, Window };
    std::function<Runs(const CommandArguments&)> runs;
    std::function<int(const CommandArguments&)> run; // the exit code; null for Runs::Window

    QString synopsis() const; // "sightline cache purge [STUDY_UID] [--all]"
};

// What a handler reads: the command and what QCommandLineParser found for its declaration.
class CommandArguments {
    Q_DECLARE_TR_FUNCTIONS(CommandArguments)
public:
    CommandArguments(const CommandSpec& command, std::shared_ptr<const QCommandLineParser> parser);

    const CommandSpec& command() const { return m_command; }
    bool is(const QString& name) const { return m_command.name == name; }
    QStringList arguments() const; // positional, in order
    QString argument(qsizetype index) const { return arguments().value(index); }
    bool isSet(const QString& option) const;
    QString value(const QString& option) const;
    QStringList values(const QString& option) const;
    // Prints `message` and where the command's help is to standard error; returns 1 (usage).
    int usageError(const QString& message) const;

private:
    bool declares(const QString& option) const;
    CommandSpec m_command;
    std::shared_ptr<const QCommandLineParser> m_parser;
};

class CommandTable {
    Q_DECLARE_TR_FUNCTIONS(CommandTable)
public:
    // Every command, in the order the overview lists them. Built anew on each call, so its texts
    // are in the language installed at the time.
    static QList<CommandSpec> commands();
    // The command named by the longest run of leading words of `arguments` (without the
    // program name), and how many words that took; null when none is.
    static const CommandSpec* find(const QList<CommandSpec>& commands, const QStringList& arguments,
                                   qsizetype* words);
    // The command's own arguments read against its declaration: an error names the problem.
    struct Parsed {
        std::optional<CommandArguments> arguments;
        QString error;
        bool helpAsked = false;
    };
    static Parsed parse(const CommandSpec& command, const QStringList& rest);

    // `sightline --help`: every command's synopsis and summary, then the general notes.
    static QString overview();
    // `sightline help NAME`: synopsis, description, arguments and options.
    static QString help(const CommandSpec& command);
    // The overview, then every command's help (`sightline help --all`, made into the man page).
    static QString everything();
    // The text of `sightline help` for `topic` (a command name, or empty for the overview);
    // empty when no command has that name.
    static QString helpFor(const QString& topic);
};

} // namespace sightline
