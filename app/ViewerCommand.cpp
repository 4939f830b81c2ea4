#include "ViewerCommand.h"

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
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace sightline {

namespace {

int g_signalPipe[2] = {-1, -1};

// Ctrl+C / SIGTERM end the event loop through a socket pair (a signal handler may only write).
void quitOnSignals() {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier =
        new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });
    const auto handler = [](int) {
        const char byte = 1;
        (void)!::write(g_signalPipe[0], &byte, 1);
    };
    std::signal(SIGINT, handler);
    std::signal(SIGTERM, handler);
}

std::optional<bool> boolOption(const QString& value) {
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace

int ViewerCommand::run(const CommandLine& cl) {
    return cl.mode == CommandLine::Mode::IidUrl ? iidUrl(cl) : open(cl);
}

int ViewerCommand::open(const CommandLine& cl) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    AppServices s;
    const auto resolved = ServerResolver::resolve(cl.server, s.servers);
    if (!resolved) {
        err << resolved.error().toString() << '\n';
        return 1;
    }
    if (const Status in = s.signIn(resolved->profile); !in) {
        err << in.error().toString() << '\n';
        return 2;
    }
    if (!ImageCache::isValidUid(cl.studyUid)) {
        err << QObject::tr("Not a DICOM UID: %1").arg(cl.studyUid) << '\n';
        return 1;
    }
    GatewayOptions options;
    options.cacheRoot = s.imaging.cacheRoot();
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
    s.imaging.findStudy(resolved->profile, cl.studyUid, &opener,
                        [&](const Result<PatientStudies>& found) {
                            if (!found) {
                                err << found.error().toString() << '\n';
                                return QCoreApplication::exit(2);
                            }
                            const PatientMismatch mismatch = PatientMatch::compareCached(
                                ImageCache(s.imaging.cacheRoot()), cl.studyUid, found->identity);
                            if (mismatch.isMismatch() && !cl.confirmMismatch) {
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
                            request.viewerId = cl.viewer;
                            request.dryRun = cl.printOnly;
                            if (!found->identity.identifiers.isEmpty())
                                request.patientId = found->identity.identifiers.first().second;
                            request.patientName = found->identity.family + QLatin1Char('^') +
                                                  found->identity.given.join(QLatin1Char(' '));
                            request.patientMismatch = mismatch.isMismatch();
                            request.mismatchConfirmed = cl.confirmMismatch;
                            opener.open(request);
                        });
    quitOnSignals();
    QCoreApplication::exec();
    if (serving)
        err << QObject::tr("Gateway stopped.") << '\n';
    s.audit.flush();
    return code;
}

int ViewerCommand::iidUrl(const CommandLine& cl) {
    QTextStream err(stderr);
    IidRequest request;
    QUrl base;
    const QStringList& args = cl.rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (i + 1 >= args.size()) {
            err << QObject::tr("%1 needs a value").arg(a) << '\n';
            return 1;
        }
        const QString value = args[++i];
        if (a == QLatin1String("--base")) {
            base = QUrl(value);
        } else if (a == QLatin1String("--study")) {
            request.studyUids = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (a == QLatin1String("--accession")) {
            request.accessionNumber = value;
        } else if (a == QLatin1String("--patient")) {
            request.type = IidRequest::Type::Patient;
            request.patientId = value;
        } else if (a == QLatin1String("--issuer")) {
            request.assigningAuthority = value;
        } else if (a == QLatin1String("--name")) {
            request.patientName = value;
        } else if (a == QLatin1String("--birth-date")) {
            request.patientBirthDate = QDate::fromString(value, Qt::ISODate);
            if (!request.patientBirthDate.isValid()) {
                err << QObject::tr("--birth-date is a date: 1970-03-01") << '\n';
                return 1;
            }
        } else if (a == QLatin1String("--from") || a == QLatin1String("--to")) {
            const QDateTime dt = QDateTime::fromString(value, Qt::ISODate);
            if (!dt.isValid()) {
                err << QObject::tr("%1 is a date and time: 2026-01-01T00:00:00").arg(a) << '\n';
                return 1;
            }
            (a == QLatin1String("--from") ? request.lowerDateTime : request.upperDateTime) = dt;
        } else if (a == QLatin1String("--most-recent")) {
            bool ok = false;
            request.mostRecentResults = value.toInt(&ok);
            if (!ok || request.mostRecentResults < 1) {
                err << QObject::tr("--most-recent is a positive number") << '\n';
                return 1;
            }
        } else if (a == QLatin1String("--modalities")) {
            request.modalitiesInStudy = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (a == QLatin1String("--viewer-type")) {
            request.viewerType = value;
        } else if (a == QLatin1String("--diagnostic-quality") ||
                   a == QLatin1String("--key-images-only")) {
            const std::optional<bool> flag = boolOption(value);
            if (!flag) {
                err << QObject::tr("%1 is true or false").arg(a) << '\n';
                return 1;
            }
            (a == QLatin1String("--diagnostic-quality") ? request.diagnosticQuality
                                                        : request.keyImagesOnly) = flag;
        } else {
            err << QObject::tr("Unknown option %1").arg(a) << '\n';
            return 1;
        }
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
