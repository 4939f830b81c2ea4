#include "AuditCommand.h"

#include "audit/AuditJournal.h"
#include "audit/AuditTrail.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

namespace sightline {

namespace {

// ISO date ("2026-11-01", start of that day UTC) or date-time ("2026-11-01T08:00:00Z").
QDateTime parseWhen(const QString& text, bool endOfDay) {
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            when = endOfDay ? QDateTime(date, QTime(23, 59, 59, 999), QTimeZone::utc())
                            : QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    return when;
}

// The journal the command works on (--journal, else the default one); empty when it is not
// there, which has been said.
QString journalOf(const CommandArguments& args) {
    const QString path = args.isSet(QStringLiteral("journal"))
                             ? args.value(QStringLiteral("journal"))
                             : AuditTrail::defaultJournalPath();
    if (QFileInfo::exists(path))
        return path;
    QTextStream(stderr) << QObject::tr("No audit journal at %1").arg(path) << '\n';
    return {};
}

} // namespace

QList<CommandSpec> AuditCommand::commands() {
    const CommandOption journal{QStringLiteral("journal"), QStringLiteral("FILE"),
                                tr("an audit journal other than this user's")};
    CommandSpec verify;
    verify.name = QStringLiteral("audit verify");
    verify.summary = tr("Check the audit journal's hash chain.");
    verify.options = {journal};
    verify.run = &AuditCommand::verify;

    CommandSpec exportEvents;
    exportEvents.name = QStringLiteral("audit export");
    exportEvents.summary = tr("Write audit events as NDJSON.");
    exportEvents.options = {
        journal,
        {QStringLiteral("since"), QStringLiteral("DATE"),
         tr("events from this date or date-time on (ISO 8601)")},
        {QStringLiteral("until"), QStringLiteral("DATE"),
         tr("events up to this date or date-time (ISO 8601)")},
        {QStringLiteral("patient"), QStringLiteral("Patient/ID"), tr("only this patient's events")},
        {QStringLiteral("out"), QStringLiteral("FILE"), tr("the file (default: standard output)")}};
    exportEvents.run = &AuditCommand::exportEvents;
    return {verify, exportEvents};
}

int AuditCommand::verify(const CommandArguments& args) {
    const QString path = journalOf(args);
    if (path.isEmpty())
        return 1;
    auto journal = AuditJournal::open(path);
    if (!journal) {
        QTextStream(stderr) << journal.error().toString() << '\n';
        return 2;
    }
    const AuditVerifyReport report = (*journal)->verify();
    QTextStream out(stdout);
    if (report.intact) {
        out << QObject::tr("Audit chain intact: %1 events verified in %2")
                   .arg(report.checked)
                   .arg(path)
            << '\n';
        return 0;
    }
    out << QObject::tr("Audit chain BROKEN at record %1: %2 (%3 records checked)")
               .arg(report.firstBrokenSeq)
               .arg(report.problem)
               .arg(report.checked)
        << '\n';
    return 2;
}

int AuditCommand::exportEvents(const CommandArguments& args) {
    const QString since = args.value(QStringLiteral("since"));
    const QString until = args.value(QStringLiteral("until"));
    const QString outPath = args.value(QStringLiteral("out"));
    AuditQuery query;
    query.fromUtc = parseWhen(since, false);
    query.toUtc = parseWhen(until, true);
    if ((!since.isEmpty() && !query.fromUtc.isValid()) ||
        (!until.isEmpty() && !query.toUtc.isValid()))
        return args.usageError(tr("Dates are ISO 8601: 2026-11-01 or 2026-11-01T08:00:00Z"));
    const QString path = journalOf(args);
    if (path.isEmpty())
        return 1;
    query.patient = args.value(QStringLiteral("patient"));
    query.limit = std::numeric_limits<int>::max();
    auto journal = AuditJournal::open(path);
    if (!journal) {
        QTextStream(stderr) << journal.error().toString() << '\n';
        return 2;
    }
    const QList<AuditRecord> records = (*journal)->records(query);
    if (outPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return 2;
        AuditJournal::writeNdjson(records, out);
        return 0;
    }
    if (const auto saved = AuditJournal::saveNdjson(records, outPath); !saved) {
        QTextStream(stderr) << saved.error().toString() << '\n';
        return 2;
    }
    QTextStream(stderr)
        << QObject::tr("%1 audit events written to %2").arg(records.size()).arg(outPath) << '\n';
    return 0;
}

} // namespace sightline
