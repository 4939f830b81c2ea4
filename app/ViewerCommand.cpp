#include "ViewerCommand.h"

#include "QuitOnSignals.h"

#include "AppServices.h"
#include "ServerResolver.h"
#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "fhir/PatientSummary.h"
#include "gateway/DicomWebGateway.h"
#include "gateway/OhifSite.h"
#include "imaging/PatientMatch.h"
#include "viewers/IidUrl.h"
#include "viewers/StudyOpener.h"
#include "viewers/ViewerRegistry.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QTextStream>

namespace sightline {

namespace {

std::optional<bool> boolOption(const QString& value) {
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace

QList<CommandSpec> ViewerCommand::commands() {
    CommandSpec open;
    open.name = QStringLiteral("open");
    open.summary = tr("Open a study in a viewer through the local gateway (serves until Ctrl+C).");
    open.arguments = {{QStringLiteral("SERVER"), tr("the server the study is on")},
                      {QStringLiteral("STUDY_UID"), tr("the study's Study Instance UID")}};
    open.options = {
        {QStringLiteral("viewer"), QStringLiteral("ID"), tr("the viewer (default: the first one)")},
        {QStringLiteral("print"), {}, tr("show the launch without starting it")},
        {QStringLiteral("confirm-mismatch"),
         {},
         tr("open even though the cached images' DICOM patient differs from the FHIR Patient")}};
    open.runs = [](const CommandArguments& args) {
        return args.isSet(QStringLiteral("print")) ? CommandSpec::Runs::Headless
                                                   : CommandSpec::Runs::Desktop;
    };
    open.run = &ViewerCommand::open;

    CommandSpec iid;
    iid.name = QStringLiteral("iid-url");
    iid.summary = tr("Print an IHE Invoke Image Display (IID) URL.");
    iid.details = tr("Give --study, --accession or --patient (with what narrows a patient's "
                     "studies).");
    iid.options = {
        {QStringLiteral("base"), QStringLiteral("URL"), tr("the viewer's IID base URL"), true},
        option("study", "UID[,UID…]", tr("the studies to show")),
        option("accession", "N", tr("the study with this accession number")),
        option("patient", "ID", tr("the patient's studies")),
        option("issuer", "A", tr("the patient ID's assigning authority")),
        option("name", "PN", tr("the patient's name, as DICOM writes it")),
        option("birth-date", "D", tr("the patient's birth date")),
        option("from", "DT", tr("studies from this date and time")),
        option("to", "DT", tr("studies up to this date and time")),
        option("most-recent", "N", tr("only the N most recent studies")),
        option("modalities", "CT,MR", tr("only studies with these modalities")),
        option("viewer-type", "T", tr("the kind of viewer asked for")),
        option("diagnostic-quality", "true|false", tr("ask for diagnostic quality")),
        option("key-images-only", "true|false", tr("only key images"))};
    iid.run = &ViewerCommand::iidUrl;
    return {open, iid};
}

int ViewerCommand::open(const CommandArguments& args) {
    const QString serverText = args.argument(0);
    const QString studyUid = args.argument(1);
    QTextStream err(stderr);
    QTextStream out(stdout);
    AppServices s;
    const auto resolved = ServerResolver::resolve(serverText, s.servers);
    if (!resolved) {
        err << resolved.error().toString() << '\n';
        return 1;
    }
    if (const Status in = s.signIn(resolved->profile); !in) {
        err << in.error().toString() << '\n';
        return 2;
    }
    if (!ImageCache::isValidUid(studyUid)) {
        err << QObject::tr("Not a DICOM UID: %1").arg(studyUid) << '\n';
        return 1;
    }
    GatewayOptions options;
    options.cache = s.imaging.cache();
    options.ohifDir = OhifSite::bundledDir();
    DicomWebGateway gateway(options);
    if (const Status started = gateway.start(); !started) {
        err << started.error().toString() << '\n';
        return 2;
    }
    ViewerRegistry viewers;
    StudyOpener opener(&s.imaging, &gateway, &viewers, &s.audit);
    int code = 2;
    bool serving = false;
    QObject::connect(&opener, &StudyOpener::failed, &opener,
                     [&](const QString&, const QString& why) {
                         err << why << '\n';
                         QCoreApplication::exit(2);
                     });
    QObject::connect(&opener, &StudyOpener::notice, &opener,
                     [&](const QString&, const QString& what) { err << what << '\n'; });
    QObject::connect(&opener, &StudyOpener::planned, &opener, [&](const LaunchPlan& plan) {
        if (plan.how == LaunchPlan::How::Program)
            out << plan.program << '\n' << plan.arguments.join(QLatin1Char('\n')) << '\n';
        else
            out << plan.url.toEncoded() << '\n';
        code = 0;
        QCoreApplication::exit(0);
    });
    // From the command line a web viewer opens in the system browser (same gateway, same origin).
    QObject::connect(&opener, &StudyOpener::embeddedRequested, &opener, [&](const QUrl& url) {
        if (!QDesktopServices::openUrl(url)) {
            err << QObject::tr("No browser could be started; open %1").arg(url.toString()) << '\n';
        }
    });
    QObject::connect(
        &opener, &StudyOpener::opened, &opener, [&](const QString&, const QString& viewer) {
            code = 0;
            serving = true;
            err << QObject::tr(
                       "Opened in %1. Serving the study through %2 — press Ctrl+C when done.")
                       .arg(viewer, gateway.baseUrl().host() + QLatin1Char(':') +
                                        QString::number(gateway.port()))
                << '\n';
            err.flush();
        });
    s.imaging.findStudy(
        resolved->profile, studyUid, &opener, [&](const Result<PatientStudies>& found) {
            if (!found) {
                err << found.error().toString() << '\n';
                return QCoreApplication::exit(2);
            }
            const PatientMismatch mismatch = PatientMatch::compareCached(
                s.imaging.cache().forThisThread(), studyUid, found->identity);
            if (mismatch.isMismatch() && !args.isSet(QStringLiteral("confirm-mismatch"))) {
                err << QObject::tr("WARNING: PATIENT MISMATCH: %1")
                           .arg(mismatch.differences.join(QStringLiteral("; ")))
                    << '\n'
                    << QObject::tr("Not opened; add --confirm-mismatch to open "
                                   "it anyway (recorded in the audit trail).")
                    << '\n';
                code = 3;
                return QCoreApplication::exit(3);
            }
            OpenStudyRequest request;
            request.server = resolved->profile;
            request.study = found->studies.first();
            request.viewerId = args.value(QStringLiteral("viewer"));
            request.dryRun = args.isSet(QStringLiteral("print"));
            request.patient = found->identity;
            if (!found->identity.identifiers.isEmpty())
                request.patientId = found->identity.identifiers.first().second;
            request.patientName = found->identity.family + QLatin1Char('^') +
                                  found->identity.given.join(QLatin1Char(' '));
            request.patientMismatch = mismatch.isMismatch();
            request.mismatchConfirmed = args.isSet(QStringLiteral("confirm-mismatch"));
            opener.open(request);
        });
    quitOnSignals();
    QCoreApplication::exec();
    if (serving)
        err << QObject::tr("Gateway stopped.") << '\n';
    s.audit.flush();
    return code;
}

int ViewerCommand::iidUrl(const CommandArguments& args) {
    QTextStream err(stderr);
    IidRequest request;
    const QUrl base(args.value(QStringLiteral("base")));
    const auto text = [&](const char* option) { return args.value(QLatin1String(option)); };
    const auto given = [&](const char* option) { return args.isSet(QLatin1String(option)); };
    if (given("study"))
        request.studyUids = text("study").split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.accessionNumber = text("accession");
    if (given("patient")) {
        request.type = IidRequest::Type::Patient;
        request.patientId = text("patient");
    }
    request.assigningAuthority = text("issuer");
    request.patientName = text("name");
    if (given("birth-date")) {
        request.patientBirthDate = QDate::fromString(text("birth-date"), Qt::ISODate);
        if (!request.patientBirthDate.isValid())
            return args.usageError(tr("--birth-date is a date: 1970-03-01"));
    }
    for (const char* option : {"from", "to"}) {
        if (!given(option))
            continue;
        const QDateTime at = QDateTime::fromString(text(option), Qt::ISODate);
        if (!at.isValid())
            return args.usageError(
                tr("--%1 is a date and time: 2026-01-01T00:00:00").arg(QLatin1String(option)));
        (qstrcmp(option, "from") == 0 ? request.lowerDateTime : request.upperDateTime) = at;
    }
    if (given("most-recent")) {
        bool ok = false;
        request.mostRecentResults = text("most-recent").toInt(&ok);
        if (!ok || request.mostRecentResults < 1)
            return args.usageError(tr("--most-recent is a positive number"));
    }
    if (given("modalities"))
        request.modalitiesInStudy = text("modalities").split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.viewerType = text("viewer-type");
    for (const char* option : {"diagnostic-quality", "key-images-only"}) {
        if (!given(option))
            continue;
        const std::optional<bool> flag = boolOption(text(option));
        if (!flag)
            return args.usageError(tr("--%1 is true or false").arg(QLatin1String(option)));
        (qstrcmp(option, "diagnostic-quality") == 0 ? request.diagnosticQuality
                                                    : request.keyImagesOnly) = flag;
    }
    const Result<QUrl> url = IidUrl::build(base, request);
    if (!url) {
        err << url.error().message << '\n';
        return 1;
    }
    QTextStream(stdout) << url.value().toEncoded() << '\n';
    return 0;
}

} // namespace sightline
