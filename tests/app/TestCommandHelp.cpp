#include "SightlineRun.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using sightline::test::SightlineRun;

// The command line's help and usage errors come from one table: `sightline help`, `help
// COMMAND`, `COMMAND --help` and `help --all` (the man page) agree, every command has its own
// help, wrong arguments name the command's help, and all of it is in the user's language.
class TestCommandHelp : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    SightlineRun run(const QStringList& args, const QString& language = QStringLiteral("C")) {
        QProcessEnvironment env = sightline::test::isolatedEnvironment(m_home.path());
        env.insert(QStringLiteral("LANG"), language);
        env.insert(QStringLiteral("LC_ALL"), language);
        env.insert(QStringLiteral("LANGUAGE"), language);
        return sightline::test::runSightline(args, 30000, env);
    }

    // The command names the overview lists ("cache purge", "studies" …).
    QStringList commandNames() {
        const SightlineRun overview = run({QStringLiteral("help")});
        QStringList names;
        static const QRegularExpression line(
            QStringLiteral("^  sightline ([a-z][a-z-]*(?: [a-z][a-z-]*)?)(?: |$)"),
            QRegularExpression::MultilineOption);
        const QString text = QString::fromUtf8(overview.out);
        const QString commands = text.mid(text.indexOf(QStringLiteral("Commands:")));
        for (auto it = line.globalMatch(commands); it.hasNext();)
            names << it.next().captured(1);
        return names;
    }

private slots:
    void overviewListsEveryCommand() {
        const SightlineRun overview = run({QStringLiteral("help")});
        QCOMPARE(overview.code, 0);
        QCOMPARE(run({QStringLiteral("--help")}).out, overview.out);
        const QStringList names = commandNames();
        for (const char* name : {"capabilities", "login", "studies", "retrieve", "cache purge",
                                 "open", "iid-url", "consent check", "export bulk", "export push",
                                 "jobs resume", "keygen", "audit export"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    void everyCommandHasItsOwnHelp() {
        const QStringList names = commandNames();
        QVERIFY2(names.size() >= 24, qPrintable(names.join(", ")));
        const SightlineRun all = run({QStringLiteral("help"), QStringLiteral("--all")});
        QCOMPARE(all.code, 0);
        for (const QString& name : names) {
            const SightlineRun help = run(QStringList{QStringLiteral("help")} + name.split(u' '));
            QVERIFY2(help.code == 0, qPrintable(name));
            QVERIFY2(help.out.startsWith("Usage: sightline " + name.toUtf8()),
                     help.out.constData());
            // The same text as COMMAND --help, and part of the man page.
            const SightlineRun asked =
                run(name.split(u' ') + QStringList{QStringLiteral("--help")});
            QCOMPARE(asked.code, 0);
            QCOMPARE(asked.out, help.out);
            QVERIFY2(all.out.contains(help.out), qPrintable(name));
        }
    }

    void helpNamesArgumentsAndOptions() {
        const SightlineRun help = run({QStringLiteral("help"), QStringLiteral("retrieve")});
        QVERIFY(help.out.contains("STUDY_UID"));
        QVERIFY(help.out.contains("--series UID"));
        QVERIFY(help.out.contains("(may be repeated)"));
        const SightlineRun group = run({QStringLiteral("help"), QStringLiteral("cache")});
        QCOMPARE(group.code, 0);
        QVERIFY(group.out.contains("sightline cache stats"));
        QVERIFY(group.out.contains("sightline cache purge"));
        QCOMPARE(run({QStringLiteral("help"), QStringLiteral("frobnicate")}).code, 1);
    }

    void usageErrorsPointAtTheCommandsHelp() {
        const SightlineRun missing = run({QStringLiteral("retrieve"), QStringLiteral("server")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("retrieve needs SERVER and STUDY_UID"),
                 missing.err.constData());
        QVERIFY(missing.err.contains("sightline help retrieve"));
        const SightlineRun unknown =
            run({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--bogus")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("bogus"), unknown.err.constData());
        const SightlineRun extra = run({QStringLiteral("jobs"), QStringLiteral("cancel"),
                                        QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(extra.code, 1);
        QVERIFY2(extra.err.contains("Unexpected argument 2"), extra.err.constData());
        const SightlineRun group = run({QStringLiteral("cache")});
        QCOMPARE(group.code, 1);
        QVERIFY(group.err.contains("sightline help cache"));
        const SightlineRun twice =
            run({QStringLiteral("keygen"), QStringLiteral("--out"), QStringLiteral("a"),
                 QStringLiteral("--out"), QStringLiteral("b")});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains("more than once"), twice.err.constData());
        QCOMPARE(run({QStringLiteral("frobnicate")}).code, 1);
    }

    // Options before the command belong to it, as they always did; a handler shared by several
    // commands asking for an option one of them lacks prints no warning; an empty value of a
    // required option is no value.
    void optionsAnywhereAndNothingSpurious() {
        const SightlineRun stats =
            run({QStringLiteral("--json"), QStringLiteral("cache"), QStringLiteral("stats")});
        QVERIFY2(stats.code == 0, stats.err.constData());
        QVERIFY(stats.out.trimmed().startsWith('{'));
        QVERIFY2(!stats.err.contains("not defined"), stats.err.constData());
        const SightlineRun verify = run({QStringLiteral("cache"), QStringLiteral("verify")});
        QVERIFY2(!verify.err.contains("not defined"), verify.err.constData());
        const SightlineRun empty =
            run({QStringLiteral("keygen"), QStringLiteral("--out"), QString()});
        QCOMPARE(empty.code, 1);
        QVERIFY2(empty.err.contains("keygen needs --out FILE"), empty.err.constData());
        QCOMPARE(run({QStringLiteral("--server"), QStringLiteral("x"), QStringLiteral("cache"),
                      QStringLiteral("stats")})
                     .code,
                 1);
    }

    void helpAndErrorsSpeakTheUsersLanguage() {
        const SightlineRun help = run({QStringLiteral("help")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains("Befehle:"), help.out.left(400).constData());
        const SightlineRun error = run({QStringLiteral("retrieve"), QStringLiteral("server")},
                                       QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(error.code, 1);
        QVERIFY2(error.err.contains("retrieve a besoin de SERVER et STUDY_UID"),
                 error.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandHelp)
#include "TestCommandHelp.moc"
