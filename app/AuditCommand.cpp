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

} // namespace

int AuditCommand::run(const CommandLine& cl) {
    const QString path = cl.journal.isEmpty() ? AuditTrail::defaultJournalPath() : cl.journal;
    if (!QFileInfo::exists(path)) {
        QTextStream(stderr) << QObject::tr("No audit journal at %1").arg(path) << '\n';
        return 1;
    }
    return cl.mode == CommandLine::Mode::AuditVerify ? verify(path) : exportEvents(cl, path);
}

int AuditCommand::verify(const QString& path) {
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

int AuditCommand::exportEvents(const CommandLine& cl, const QString& path) {
    AuditQuery query;
    query.fromUtc = parseWhen(cl.since, false);
    query.toUtc = parseWhen(cl.until, true);
    if ((!cl.since.isEmpty() && !query.fromUtc.isValid()) ||
        (!cl.until.isEmpty() && !query.toUtc.isValid())) {
        QTextStream(stderr) << QObject::tr("Dates are ISO 8601: 2026-11-01 or 2026-11-01T08:00:00Z")
                            << '\n';
        return 1;
    }
    query.patient = cl.patient;
    query.limit = std::numeric_limits<int>::max();
    auto journal = AuditJournal::open(path);
    if (!journal) {
        QTextStream(stderr) << journal.error().toString() << '\n';
        return 2;
    }
    const QList<AuditRecord> records = (*journal)->records(query);
    if (cl.out.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return 2;
        AuditJournal::writeNdjson(records, out);
        return 0;
    }
    if (const auto saved = AuditJournal::saveNdjson(records, cl.out); !saved) {
        QTextStream(stderr) << saved.error().toString() << '\n';
        return 2;
    }
    QTextStream(stderr)
        << QObject::tr("%1 audit events written to %2").arg(records.size()).arg(cl.out) << '\n';
    return 0;
}

} // namespace sightline
