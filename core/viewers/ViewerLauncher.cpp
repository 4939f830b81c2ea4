#include "viewers/ViewerLauncher.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "cache/ImageCache.h"
#include "common/LogCategories.h"
#include "gateway/OhifSite.h"
#include "viewers/IidUrl.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>

namespace sightline {

namespace {

Result<QUrl> strictUrl(const QString& text) {
    const QUrl url = QUrl::fromEncoded(text.toUtf8(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("The viewer profile does not make a valid URL"), text);
    return url;
}

} // namespace

QString ViewerLauncher::whyUnavailable(const ViewerProfile& profile) {
    if (profile.kind == ViewerProfile::Kind::Ohif && !OhifSite().isAvailable())
        return QObject::tr("This build of Sightline has no bundled OHIF viewer");
    // A program named by a placeholder is only known at launch.
    if (profile.kind != ViewerProfile::Kind::Program || profile.program.contains(u'{'))
        return {};
    const QFileInfo program(QFileInfo(profile.program).isAbsolute()
                                ? profile.program
                                : QStandardPaths::findExecutable(profile.program));
    if (program.filePath().isEmpty() || !program.isFile() || !program.isExecutable())
        return QObject::tr("The viewer program %1 is not installed (or not executable)")
            .arg(profile.program);
    return {};
}

Result<LaunchPlan> ViewerLauncher::plan(const ViewerProfile& profile, const LaunchValues& values,
                                        const LaunchRequestOptions& options) {
    if (options.patientMismatch && !options.mismatchConfirmed)
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("This study's DICOM patient differs from the FHIR "
                                       "Patient; confirm before opening it"));
    if (const QStringList problems = profile.problems(); !problems.isEmpty())
        return Error::make(Error::Kind::InvalidInput, problems.join(QLatin1Char('\n')));
    LaunchPlan plan;
    plan.viewer = profile.name;
    plan.how = profile.embedded ? LaunchPlan::How::Embedded : LaunchPlan::How::Desktop;
    switch (profile.kind) {
    case ViewerProfile::Kind::Ohif: {
        if (values.ohifViewerUrl.isEmpty())
            return Error::make(Error::Kind::Unsupported, whyUnavailable(profile));
        plan.url = QUrl(values.ohifViewerUrl);
        break;
    }
    case ViewerProfile::Kind::Url: {
        const auto text = ViewerTemplate::expand(profile.urlTemplate, values,
                                                 ViewerTemplate::Context::Url, profile.allowToken);
        if (!text)
            return text.error();
        const auto url = strictUrl(text.value());
        if (!url)
            return url.error();
        plan.url = url.value();
        break;
    }
    case ViewerProfile::Kind::SchemeCommand: {
        const auto command = ViewerTemplate::expand(
            profile.urlTemplate, values, ViewerTemplate::Context::Command, profile.allowToken);
        if (!command)
            return command.error();
        const auto url = strictUrl(profile.scheme +
                                   QString::fromLatin1(QUrl::toPercentEncoding(command.value())));
        if (!url)
            return url.error();
        plan.url = url.value();
        break;
    }
    case ViewerProfile::Kind::Iid: {
        IidRequest request;
        request.studyUids = {values.studyUid};
        request.viewerType = profile.viewerType;
        const auto url = IidUrl::build(QUrl(profile.iidBase), request);
        if (!url)
            return url.error();
        plan.url = url.value();
        break;
    }
    case ViewerProfile::Kind::Program: {
        plan.how = LaunchPlan::How::Program;
        const auto program =
            ViewerTemplate::expand(profile.program, values, ViewerTemplate::Context::Argument);
        if (!program)
            return program.error();
        const QString resolved = QFileInfo(program.value()).isAbsolute()
                                     ? program.value()
                                     : QStandardPaths::findExecutable(program.value());
        const QFileInfo info(resolved);
        if (resolved.isEmpty() || !info.isFile() || !info.isExecutable())
            return Error::make(Error::Kind::NotFound,
                               QObject::tr("The viewer program %1 is not installed (or not "
                                           "executable)")
                                   .arg(program.value()));
        plan.program = resolved;
        for (const QString& argument : profile.arguments) {
            const auto expanded = ViewerTemplate::expand(
                argument, values, ViewerTemplate::Context::Argument, profile.allowToken);
            if (!expanded)
                return expanded.error();
            plan.arguments << expanded.value();
        }
        break;
    }
    }
    return plan;
}

Status ViewerLauncher::start(const LaunchPlan& plan) {
    switch (plan.how) {
    case LaunchPlan::How::Program:
        if (!QProcess::startDetached(plan.program, plan.arguments))
            return Error::make(Error::Kind::Unsupported,
                               QObject::tr("%1 could not be started").arg(plan.program));
        return Done{};
    case LaunchPlan::How::Desktop:
        if (!QDesktopServices::openUrl(plan.url))
            return Error::make(
                Error::Kind::Unsupported,
                QObject::tr("No application is registered for %1 links").arg(plan.url.scheme()));
        return Done{};
    case LaunchPlan::How::Embedded:
        return Done{};
    }
    return Done{};
}

Result<LaunchPlan> ViewerLauncher::launch(const ViewerProfile& profile, const LaunchValues& values,
                                          const LaunchRequestOptions& options, AuditTrail* trail) {
    const Result<LaunchPlan> planned = plan(profile, values, options);
    Status outcome = planned ? start(planned.value()) : Status(planned.error());
    audit(trail, profile, values, options, outcome);
    if (!outcome)
        return outcome.error();
    qCInfo(lcApp) << "Opened study" << values.studyUid << "in" << profile.name;
    return planned;
}

void ViewerLauncher::audit(AuditTrail* trail, const ViewerProfile& profile,
                           const LaunchValues& values, const LaunchRequestOptions& options,
                           const Status& outcome) {
    if (!trail)
        return;
    AuditEventBuilder event = AuditEventBuilder::activity(QStringLiteral("viewer-launch"),
                                                          QStringLiteral("Viewer launch"),
                                                          AuditEventBuilder::Action::Execute);
    event
        .outcome(outcome ? AuditEventBuilder::Outcome::Success
                         : AuditEventBuilder::Outcome::MinorFailure,
                 outcome ? QString() : outcome.error().message)
        .detail(QStringLiteral("viewer"), profile.name);
    if (ImageCache::isValidUid(values.studyUid))
        event.study(values.studyUid);
    if (!options.patientReference.isEmpty())
        event.patient(options.patientReference);
    if (options.patientMismatch)
        event.detail(QStringLiteral("patient-mismatch-override"), options.mismatchConfirmed
                                                                      ? QStringLiteral("confirmed")
                                                                      : QStringLiteral("refused"));
    trail->record(event.build());
}

} // namespace sightline
