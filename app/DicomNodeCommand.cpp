#include "DicomNodeCommand.h"

#include "AppServices.h"
#include "ServerResolver.h"
#include "dimse/DimseService.h"
#include "imaging/DicomWebClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace sightline {

namespace {

const CommandArgument& nodeArgument() {
    static const CommandArgument node{
        QStringLiteral("NODE"),
        DicomNodeCommand::tr("a saved DICOM node, or dicom://CALLED@host:port?calling=AE")};
    return node;
}

// The node NODE names; a usage error (1) when it names something else. `save` is set when it
// is new: it is kept in the server list once it has answered (a typo is not).
std::optional<ServerProfile> resolveNode(AppServices& s, const CommandArguments& args, int& code,
                                         bool& save) {
    const auto resolved = ServerResolver::resolve(args.argument(0), s.servers);
    if (!resolved) {
        QTextStream(stderr) << resolved.error().toString() << '\n';
        code = 1;
        return std::nullopt;
    }
    if (!resolved->profile.isDicomNode()) {
        code =
            args.usageError(DicomNodeCommand::tr("%1 is not a DICOM node").arg(args.argument(0)));
        return std::nullopt;
    }
    save = resolved->needsSave;
    return resolved->profile;
}

// The table's header per level.
QStringList header(DimseQuery::Level level) {
    switch (level) {
    case DimseQuery::Level::Patient:
        return {DicomNodeCommand::tr("PatientID"), DicomNodeCommand::tr("Name"),
                DicomNodeCommand::tr("Born"), DicomNodeCommand::tr("Studies")};
    case DimseQuery::Level::Study:
        return {DicomNodeCommand::tr("Date"),        DicomNodeCommand::tr("PatientID"),
                DicomNodeCommand::tr("Name"),        DicomNodeCommand::tr("Modalities"),
                DicomNodeCommand::tr("Description"), DicomNodeCommand::tr("Study Instance UID")};
    case DimseQuery::Level::Series:
        return {DicomNodeCommand::tr("Number"), DicomNodeCommand::tr("Modality"),
                DicomNodeCommand::tr("Description"), DicomNodeCommand::tr("Images"),
                DicomNodeCommand::tr("Series Instance UID")};
    case DimseQuery::Level::Image:
        return {DicomNodeCommand::tr("Number"), DicomNodeCommand::tr("SOP Instance UID")};
    }
    return {};
}

// The columns of a table row per level, as a person reads them.
QStringList row(DimseQuery::Level level, const QJsonObject& m) {
    switch (level) {
    case DimseQuery::Level::Patient:
        return {DicomWebClient::value(m, "00100020"), DicomWebClient::value(m, "00100010"),
                DicomWebClient::value(m, "00100030"), DicomWebClient::value(m, "00201200")};
    case DimseQuery::Level::Study:
        return {DicomWebClient::value(m, "00080020"), DicomWebClient::value(m, "00100020"),
                DicomWebClient::value(m, "00100010"), DicomWebClient::value(m, "00080061"),
                DicomWebClient::value(m, "00081030"), DicomWebClient::value(m, "0020000D")};
    case DimseQuery::Level::Series:
        return {DicomWebClient::value(m, "00200011"), DicomWebClient::value(m, "00080060"),
                DicomWebClient::value(m, "0008103E"), DicomWebClient::value(m, "00201209"),
                DicomWebClient::value(m, "0020000E")};
    case DimseQuery::Level::Image:
        return {DicomWebClient::value(m, "00200013"), DicomWebClient::value(m, "00080018")};
    }
    return {};
}

} // namespace

QList<CommandSpec> DicomNodeCommand::commands() {
    const CommandOption json{QStringLiteral("json"), {}, tr("print the answer as JSON")};
    CommandSpec echo;
    echo.name = QStringLiteral("echo");
    echo.summary = tr("Test the connection to a DICOM node (C-ECHO).");
    echo.details = tr("On failure, says what to change: the node's host and port, its AE title, "
                      "or Sightline's AE title as the node must know it.");
    echo.arguments = {nodeArgument()};
    echo.options = {json};
    echo.run = &DicomNodeCommand::echo;

    CommandSpec find;
    find.name = QStringLiteral("find");
    find.summary = tr("Find patients, studies, series or images on a DICOM node (C-FIND).");
    find.details = tr("Names match as DICOM matches them: * and ? are wildcards, and "
                      "\"MÜLLER*\" finds every Müller. Dates are yyyy-mm-dd; a range is "
                      "FROM..TO, with either end left open.");
    find.arguments = {nodeArgument()};
    find.options = {
        option("level", "LEVEL", tr("patient, study (the default), series or image")),
        option("name", "NAME", tr("the patient's name (DICOM form: FAMILY^GIVEN; wildcards)")),
        option("patient-id", "ID", tr("the PatientID")),
        option("birth-date", "DATE", tr("the patient's birth date")),
        option("date", "DATES", tr("the study date, or a range FROM..TO")),
        option("modality", "MODALITY", tr("a modality (CT, MR …)")),
        option("accession", "NUMBER", tr("the accession number")),
        option("study", "UID", tr("the study (required for series and images)")),
        option("series", "UID", tr("the series (required for images)")),
        option("limit", "N", tr("stop after N matches (default 1000; 0: no limit)")),
        json};
    find.run = &DicomNodeCommand::find;
    return {echo, find};
}

int DicomNodeCommand::echo(const CommandArguments& args) {
    AppServices s;
    int code = 2;
    bool save = false;
    const auto node = resolveNode(s, args, code, save);
    if (!node)
        return code;
    s.dimse.echo(*node, &s.dimse, [&](const Result<qint64>& answered) {
        if (args.isSet(QStringLiteral("json"))) {
            QJsonObject json{{QStringLiteral("node"), node->dicomNode.display()},
                             {QStringLiteral("callingAeTitle"), node->dicomNode.callingAeTitle},
                             {QStringLiteral("ok"), answered.ok()}};
            if (answered)
                json.insert(QStringLiteral("milliseconds"), answered.value());
            else
                json.insert(QStringLiteral("error"), answered.error().message);
            QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Indented);
        } else if (answered) {
            QTextStream(stdout) << tr("%1 answered C-ECHO in %2 ms")
                                       .arg(node->dicomNode.display())
                                       .arg(answered.value())
                                << '\n';
        }
        if (!answered)
            QTextStream(stderr) << answered.error().toString() << '\n';
        code = answered ? 0 : 2;
        if (answered && save)
            s.servers.save(*node); // so the window lists it too
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    return code;
}

int DicomNodeCommand::find(const CommandArguments& args) {
    DimseQuery query;
    if (args.isSet(QStringLiteral("level"))) {
        const auto level = DimseQuery::levelFromName(args.value(QStringLiteral("level")));
        if (!level)
            return args.usageError(tr("--level is patient, study, series or image"));
        query.level = *level;
    }
    query.patientName = args.value(QStringLiteral("name"));
    query.patientId = args.value(QStringLiteral("patient-id"));
    query.birthDate = args.value(QStringLiteral("birth-date"));
    query.studyDates = args.value(QStringLiteral("date"));
    query.modality = args.value(QStringLiteral("modality"));
    query.accessionNumber = args.value(QStringLiteral("accession"));
    query.studyUid = args.value(QStringLiteral("study"));
    query.seriesUid = args.value(QStringLiteral("series"));
    int limit = 1000;
    if (args.isSet(QStringLiteral("limit"))) {
        bool number = false;
        limit = args.value(QStringLiteral("limit")).toInt(&number);
        if (!number || limit < 0)
            return args.usageError(tr("--limit is a number of matches (0: no limit)"));
    }
    if (const auto keys = query.keys(); !keys)
        return args.usageError(keys.error().message);

    AppServices s;
    int code = 2;
    bool save = false;
    const auto node = resolveNode(s, args, code, save);
    if (!node)
        return code;
    const bool json = args.isSet(QStringLiteral("json"));
    QJsonArray matches;
    QTextStream out(stdout);
    if (!json)
        out << header(query.level).join(QStringLiteral("  ")) << '\n';
    s.dimse.find(
        *node, query, limit, &s.dimse,
        [&](const QJsonObject& match) {
            if (json)
                matches.append(match);
            else
                out << row(query.level, match).join(QStringLiteral("  ")) << '\n';
            out.flush();
        },
        [&](const Result<int>& found) {
            if (json && found)
                out << QJsonDocument(matches).toJson(QJsonDocument::Indented);
            if (!found)
                QTextStream(stderr) << found.error().toString() << '\n';
            else if (limit > 0 && found.value() >= limit)
                QTextStream(stderr)
                    << tr("Stopped at %n match(es); more may exist (--limit).", nullptr, limit)
                    << '\n';
            code = found ? 0 : 2;
            if (found && save)
                s.servers.save(*node);
            QCoreApplication::exit(0);
        });
    QCoreApplication::exec();
    s.audit.flush();
    return code;
}

} // namespace sightline
