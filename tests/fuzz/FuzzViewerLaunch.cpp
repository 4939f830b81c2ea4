// What a viewer is launched with: a profile's template expanded with a study's values (template,
// NUL, the values one per line) in each context, and the IHE IID URL built from the same values.
// Hostile values never reach a viewer as control characters, options or extra URL parameters,
// and the access token goes nowhere it was not allowed.

#include "FuzzSupport.h"

#include "viewers/IidUrl.h"
#include "viewers/ViewerTemplate.h"

#include <QUrlQuery>

using namespace sightline;

namespace {

bool hasControl(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

void checkTemplate(const QString& text, const LaunchValues& values) {
    const bool usesToken =
        ViewerTemplate::usedPlaceholders(text).contains(QLatin1String("accessToken"));
    for (const auto context : {ViewerTemplate::Context::Url, ViewerTemplate::Context::Command,
                               ViewerTemplate::Context::Argument}) {
        const auto withoutToken = ViewerTemplate::expand(text, values, context, false);
        FUZZ_CHECK(!(usesToken && withoutToken.ok()));
        const auto expanded = ViewerTemplate::expand(text, values, context, true);
        if (!expanded)
            continue;
        FUZZ_CHECK(ViewerTemplate::unknownPlaceholders(text).isEmpty());
        if (!hasControl(text))
            FUZZ_CHECK(!hasControl(*expanded));
        // An argument the profile did not start with "-" never becomes an option.
        if (context == ViewerTemplate::Context::Argument && !text.startsWith(QLatin1Char('-')))
            FUZZ_CHECK(!expanded->startsWith(QLatin1Char('-')));
    }
}

void checkIid(const QStringList& lines, const LaunchValues& values) {
    const QUrl base(lines.value(10, QStringLiteral("https://viewer.example.org/iid")));
    const QSet<QString> names{
        QStringLiteral("requestType"),       QStringLiteral("studyUID"),
        QStringLiteral("accessionNumber"),   QStringLiteral("patientID"),
        QStringLiteral("patientName"),       QStringLiteral("patientBirthDate"),
        QStringLiteral("lowerDateTime"),     QStringLiteral("upperDateTime"),
        QStringLiteral("mostRecentResults"), QStringLiteral("modalitiesInStudy"),
        QStringLiteral("viewerType"),        QStringLiteral("diagnosticQuality"),
        QStringLiteral("keyImagesOnly")};
    IidRequest study;
    study.studyUids = values.studyUid.split(QLatin1Char(','), Qt::SkipEmptyParts);
    study.accessionNumber = study.studyUids.isEmpty() ? values.accessionNumber : QString();
    study.viewerType = lines.value(11);
    IidRequest patient;
    patient.type = IidRequest::Type::Patient;
    patient.patientId = values.patientId;
    patient.assigningAuthority = lines.value(12);
    patient.patientName = values.patientName;
    patient.modalitiesInStudy = lines.value(13).split(QLatin1Char(','), Qt::SkipEmptyParts);
    patient.mostRecentResults = lines.value(14).size() - 2;
    for (const IidRequest& request : {study, patient}) {
        const auto url = IidUrl::build(base, request);
        if (!url)
            continue;
        const QUrlQuery query(*url);
        for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded))
            FUZZ_CHECK(names.contains(name)); // no value smuggled in a parameter of its own
        if (request.type == IidRequest::Type::Study && !request.accessionNumber.isEmpty())
            FUZZ_CHECK(query.queryItemValue(QStringLiteral("accessionNumber"),
                                            QUrl::FullyDecoded) == request.accessionNumber);
        if (request.type == IidRequest::Type::Patient && !request.patientName.isEmpty())
            FUZZ_CHECK(query.queryItemValue(QStringLiteral("patientName"), QUrl::FullyDecoded) ==
                       request.patientName);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytesOf(data, size), 2);
    const QString text = QString::fromUtf8(parts[0]);
    const QStringList lines = QString::fromUtf8(parts[1]).split(QLatin1Char('\n'));
    LaunchValues values;
    QString* fields[] = {&values.studyUid,    &values.seriesUid,       &values.patientId,
                         &values.patientName, &values.accessionNumber, &values.dicomwebRoot,
                         &values.studyFolder, &values.ohifViewerUrl,   &values.studyArchiveUrl,
                         &values.accessToken};
    for (int i = 0; i < int(std::size(fields)); ++i)
        *fields[i] = lines.value(i);
    checkTemplate(text, values);
    checkIid(lines, values);
    return 0;
}
