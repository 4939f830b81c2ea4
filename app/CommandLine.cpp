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
        "  sightline launch --iss URL --launch ID [--no-browser]\n"
        "                                          EHR launch: log in to that server with the "
        "EHR's context\n"
        "                                          (--no-browser: print the login address and "
        "show it to copy)\n"
        "  sightline sightline://launch?iss=…&launch=…  the same, as the EHR's link\n"
        "  sightline sightline://open?server=S&study=UID[&viewer=ID]\n"
        "                                          open a study of a configured server in a "
        "viewer\n"
        "  sightline login SERVER [--no-browser]   log in (SMART standalone launch); the session "
        "is "
        "kept\n"
        "                                          in the OS keychain\n"
        "  sightline session SERVER [--json]       show the kept session: user, patient, scopes, "
        "expiry\n"
        "  sightline logout SERVER                 revoke the session and remove it from the "
        "keychain\n"
        "  sightline studies SERVER --patient ID [--json]  a patient's imaging studies, and what "
        "is cached\n"
        "  sightline retrieve SERVER STUDY_UID [--series UID]…  retrieve a study (or series) "
        "into the cache\n"
        "  sightline open SERVER STUDY_UID [--viewer ID] [--print] [--confirm-mismatch]\n"
        "                                          open a study in a viewer through the local\n"
        "                                          gateway (serves until Ctrl+C); --print shows\n"
        "                                          the launch without starting it\n"
        "  sightline iid-url --base URL (--study UID[,UID…] | --accession N | --patient ID\n"
        "                    [--issuer A] [--name PN] [--birth-date D] [--from DT] [--to DT]\n"
        "                    [--most-recent N] [--modalities CT,MR]) [--viewer-type T]\n"
        "                    [--diagnostic-quality true|false] [--key-images-only true|false]\n"
        "                                          print an IHE Invoke Image Display URL\n"
        "  sightline cache stats [--json] | cache verify [--repair] | cache purge STUDY_UID|--all\n"
        "  sightline consent evaluate --consent FILE… --resource FILE… [QUESTION] [--json]\n"
        "                                          decide whether the consents permit the data\n"
        "                                          (a resource or a Bundle), with the reasons\n"
        "  sightline consent check SERVER --patient ID [QUESTION] [--json]\n"
        "                                          preview what of the patient's data would be\n"
        "                                          shared, withheld or redacted, and why\n"
        "    QUESTION: --purpose CODE… (default TREAT) --actor Organization/ID --role CODE…\n"
        "              --action CODE (default access) --clearance U|L|M|N|R|V --at DATE\n"
        "              --latest-wins --default permit|deny|none (default deny)\n"
        "  sightline export bulk SERVER [--group ID | --patient] [--type T,U] [--since DATE]\n"
        "                    [--type-filter QUERY]… [--elements E,F] [--post] [--lenient]\n"
        "                    [--deidentify [--key-file FILE]] --out DIR\n"
        "                                          Bulk Data export as a background job; if\n"
        "                                          interrupted, 'jobs resume' continues it;\n"
        "                                          --deidentify adds de-identified copies\n"
        "  sightline export push [SOURCE] TARGET --identifier-system SYSTEM (--ndjson FILE|DIR… "
        "|\n"
        "                    --type T [--patient ID]) [--dry-run] [--chunk N] [--no-provenance]\n"
        "                    [--report DIR] [--json]\n"
        "                                          push resources without duplicates (conditional\n"
        "                                          creates) as a background job; --dry-run "
        "predicts\n"
        "                                          201/200/412; each entry's outcome goes to the\n"
        "                                          report folder\n"
        "  sightline export dicom STUDY_UID [--zip] [--deidentify [--pseudonym NAME]\n"
        "                    [--key-file FILE]] --out PATH\n"
        "                                          a cached study to a DICOMDIR folder or a ZIP,\n"
        "                                          optionally de-identified (PS3.15 Basic)\n"
        "  sightline export deidentify NDJSON… --out DIR [--key-file FILE]\n"
        "                                          de-identified copies of NDJSON files\n"
        "  sightline jobs list [--json] | jobs resume [ID] | jobs cancel ID\n"
        "  sightline keygen [--alg ES384|RS384] --out FILE  make a Backend Services key pair: the "
        "private\n"
        "                                          key goes to FILE (0600), the public JWKS to the "
        "screen\n"
        "  sightline audit verify [--journal FILE] check the audit journal's hash chain\n"
        "  sightline audit export [--since DATE] [--until DATE] [--patient Patient/ID] [--out "
        "FILE]\n"
        "                                          write audit events as NDJSON\n"
        "  sightline --help | --version\n"
        "\n"
        "SERVER is a configured server's name or id, a FHIR base URL, or a connection string\n"
        "(fhir://host/path?client_id=…&scope=…; fhir+http:// for a local test server).\n"
        "One window runs per user: starting Sightline again (or opening a sightline:// link) "
        "hands\n"
        "the arguments to the running one.\n"
        "Exit codes: 0 success, 1 usage error, 2 the server could not be used or the audit chain "
        "is broken,\n"
        "3 images retrieved but their DICOM patient differs from the FHIR Patient.\n");
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
        } else if (a == QLatin1String("--journal") || a == QLatin1String("--since") ||
                   a == QLatin1String("--until") || a == QLatin1String("--patient") ||
                   a == QLatin1String("--out")) {
            if (i + 1 >= args.size())
                return invalid(QStringLiteral("%1 needs a value").arg(a));
            QString& target = a == QLatin1String("--journal")   ? cl.journal
                              : a == QLatin1String("--since")   ? cl.since
                              : a == QLatin1String("--until")   ? cl.until
                              : a == QLatin1String("--patient") ? cl.patient
                                                                : cl.out;
            target = args[++i];
        } else if (a == QLatin1String("keygen") && cl.mode == Mode::Gui && cl.server.isEmpty()) {
            cl.mode = Mode::KeyGen;
        } else if (a == QLatin1String("--alg")) {
            if (i + 1 >= args.size())
                return invalid(QStringLiteral("--alg needs a value"));
            cl.algorithm = args[++i];
            if (cl.algorithm != QLatin1String("ES384") && cl.algorithm != QLatin1String("RS384"))
                return invalid(QStringLiteral("--alg is ES384 or RS384"));
        } else if (a == QLatin1String("--iss") || a == QLatin1String("--launch")) {
            if (i + 1 >= args.size())
                return invalid(QStringLiteral("%1 needs a value").arg(a));
            (a == QLatin1String("--iss") ? cl.launchIss : cl.launchValue) = args[++i];
        } else if (a == QLatin1String("launch") && cl.mode == Mode::Gui && cl.server.isEmpty()) {
            cl.launchLink = QStringLiteral("cli");
        } else if (a.startsWith(QLatin1String("sightline://")) && cl.mode == Mode::Gui) {
            cl.launchLink = a;
        } else if (a == QLatin1String("audit") && cl.mode == Mode::Gui && cl.server.isEmpty()) {
            const QString sub = i + 1 < args.size() ? args[++i] : QString();
            if (sub == QLatin1String("verify"))
                cl.mode = Mode::AuditVerify;
            else if (sub == QLatin1String("export"))
                cl.mode = Mode::AuditExport;
            else
                return invalid(QStringLiteral("audit takes verify or export"));
        } else if ((a == QLatin1String("capabilities") || a == QLatin1String("login") ||
                    a == QLatin1String("session") || a == QLatin1String("logout")) &&
                   cl.mode == Mode::Gui && cl.server.isEmpty() && cl.launchLink.isEmpty()) {
            cl.mode = a == QLatin1String("capabilities") ? Mode::Capabilities
                      : a == QLatin1String("login")      ? Mode::Login
                      : a == QLatin1String("session")    ? Mode::Session
                                                         : Mode::Logout;
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--")))
                return invalid(QStringLiteral("%1 needs a server").arg(a));
            cl.server = args[++i];
        } else if ((a == QLatin1String("studies") || a == QLatin1String("retrieve")) &&
                   cl.mode == Mode::Gui && cl.server.isEmpty() && cl.launchLink.isEmpty()) {
            cl.mode = a == QLatin1String("studies") ? Mode::Studies : Mode::Retrieve;
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--")))
                return invalid(QStringLiteral("%1 needs a server").arg(a));
            cl.server = args[++i];
            if (cl.mode == Mode::Retrieve) {
                if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--")))
                    return invalid(QStringLiteral("retrieve needs a Study Instance UID"));
                cl.studyUid = args[++i];
            }
        } else if (a == QLatin1String("open") && cl.mode == Mode::Gui && cl.server.isEmpty() &&
                   cl.launchLink.isEmpty()) {
            cl.mode = Mode::Open;
            if (i + 2 >= args.size() || args[i + 1].startsWith(QLatin1String("--")) ||
                args[i + 2].startsWith(QLatin1String("--")))
                return invalid(QStringLiteral("open needs a server and a Study Instance UID"));
            cl.server = args[++i];
            cl.studyUid = args[++i];
        } else if (a == QLatin1String("--viewer")) {
            if (i + 1 >= args.size())
                return invalid(QStringLiteral("--viewer needs a value"));
            cl.viewer = args[++i];
        } else if (a == QLatin1String("--print")) {
            cl.printOnly = true;
        } else if (a == QLatin1String("--confirm-mismatch")) {
            cl.confirmMismatch = true;
        } else if (a == QLatin1String("iid-url") && cl.mode == Mode::Gui && cl.server.isEmpty()) {
            cl.mode = Mode::IidUrl;
            cl.rest = args.mid(i + 1); // its options are read by ViewerCommand
            return cl;
        } else if (a == QLatin1String("consent") && cl.mode == Mode::Gui && cl.server.isEmpty()) {
            const QString sub = i + 1 < args.size() ? args[++i] : QString();
            if (sub == QLatin1String("evaluate"))
                cl.mode = Mode::ConsentEvaluate;
            else if (sub == QLatin1String("check"))
                cl.mode = Mode::ConsentCheck;
            else
                return invalid(QStringLiteral("consent takes evaluate or check"));
            cl.rest = args.mid(i + 1); // its options are read by ConsentCommand
            return cl;
        } else if ((a == QLatin1String("export") || a == QLatin1String("jobs")) &&
                   cl.mode == Mode::Gui && cl.server.isEmpty()) {
            const QString sub = i + 1 < args.size() ? args[++i] : QString();
            if (a == QLatin1String("export") && sub == QLatin1String("bulk"))
                cl.mode = Mode::ExportBulk;
            else if (a == QLatin1String("export") && sub == QLatin1String("push"))
                cl.mode = Mode::ExportPush;
            else if (a == QLatin1String("export") && sub == QLatin1String("dicom"))
                cl.mode = Mode::ExportDicom;
            else if (a == QLatin1String("export") && sub == QLatin1String("deidentify"))
                cl.mode = Mode::ExportDeidentify;
            else if (a == QLatin1String("jobs") && sub == QLatin1String("list"))
                cl.mode = Mode::JobsList;
            else if (a == QLatin1String("jobs") && sub == QLatin1String("resume"))
                cl.mode = Mode::JobsResume;
            else if (a == QLatin1String("jobs") && sub == QLatin1String("cancel"))
                cl.mode = Mode::JobsCancel;
            else
                return invalid(a == QLatin1String("export")
                                   ? QStringLiteral("export takes bulk, push, dicom or deidentify")
                                   : QStringLiteral("jobs takes list, resume or cancel"));
            cl.rest = args.mid(i + 1); // read by ExportCommand
            return cl;
        } else if (a == QLatin1String("cache") && cl.mode == Mode::Gui && cl.server.isEmpty()) {
            const QString sub = i + 1 < args.size() ? args[++i] : QString();
            if (sub == QLatin1String("stats"))
                cl.mode = Mode::CacheStats;
            else if (sub == QLatin1String("verify"))
                cl.mode = Mode::CacheVerify;
            else if (sub == QLatin1String("purge"))
                cl.mode = Mode::CachePurge;
            else
                return invalid(QStringLiteral("cache takes stats, verify or purge"));
            if (cl.mode == Mode::CachePurge && i + 1 < args.size() &&
                !args[i + 1].startsWith(QLatin1String("--")))
                cl.studyUid = args[++i];
        } else if (a == QLatin1String("--series")) {
            if (i + 1 >= args.size())
                return invalid(QStringLiteral("--series needs a value"));
            cl.seriesUids << args[++i];
        } else if (a == QLatin1String("--repair")) {
            cl.repair = true;
        } else if (a == QLatin1String("--all")) {
            cl.all = true;
        } else if (a == QLatin1String("--no-browser")) {
            cl.noBrowser = true;
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
    if (cl.launchLink == QLatin1String("cli") &&
        (cl.launchIss.isEmpty() || cl.launchValue.isEmpty()))
        return invalid(QStringLiteral("launch needs --iss and --launch"));
    if (cl.launchLink.isEmpty() && (!cl.launchIss.isEmpty() || !cl.launchValue.isEmpty()))
        return invalid(QStringLiteral("--iss and --launch go with launch"));
    if (cl.mode == Mode::KeyGen) {
        if (cl.out.isEmpty())
            return invalid(QStringLiteral("keygen needs --out FILE for the private key"));
        return cl;
    }
    const bool auditMode = cl.mode == Mode::AuditVerify || cl.mode == Mode::AuditExport;
    if (!auditMode &&
        (!cl.journal.isEmpty() || !cl.since.isEmpty() || !cl.until.isEmpty() || !cl.out.isEmpty()))
        return invalid(QStringLiteral("--journal, --since, --until and --out go with audit"));
    if (!cl.patient.isEmpty() && !auditMode && cl.mode != Mode::Studies)
        return invalid(QStringLiteral("--patient goes with studies or audit export"));
    if (cl.mode == Mode::Studies && cl.patient.isEmpty())
        return invalid(QStringLiteral("studies needs --patient ID"));
    if (!cl.seriesUids.isEmpty() && cl.mode != Mode::Retrieve)
        return invalid(QStringLiteral("--series goes with retrieve"));
    if (cl.repair && cl.mode != Mode::CacheVerify)
        return invalid(QStringLiteral("--repair goes with cache verify"));
    if (cl.all && cl.mode != Mode::CachePurge)
        return invalid(QStringLiteral("--all goes with cache purge"));
    if (cl.mode == Mode::CachePurge && cl.all == !cl.studyUid.isEmpty()) // both, or neither
        return invalid(QStringLiteral("cache purge takes a Study Instance UID or --all"));
    if (cl.mode == Mode::AuditVerify &&
        (!cl.since.isEmpty() || !cl.until.isEmpty() || !cl.patient.isEmpty() || !cl.out.isEmpty()))
        return invalid(QStringLiteral("audit verify takes only --journal"));
    if (cl.json && cl.mode != Mode::Capabilities && cl.mode != Mode::Headless &&
        cl.mode != Mode::Session && cl.mode != Mode::Login && cl.mode != Mode::Logout &&
        cl.mode != Mode::Studies && cl.mode != Mode::CacheStats)
        return invalid(QStringLiteral("--json goes with capabilities, session or --headless"));
    if ((!cl.viewer.isEmpty() || cl.printOnly || cl.confirmMismatch) && cl.mode != Mode::Open)
        return invalid(QStringLiteral("--viewer, --print and --confirm-mismatch go with open"));
    if (cl.noBrowser && cl.mode != Mode::Login && cl.launchLink.isEmpty())
        return invalid(QStringLiteral("--no-browser goes with login or launch"));
    return cl;
}

} // namespace sightline
