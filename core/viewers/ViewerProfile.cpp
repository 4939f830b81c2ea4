#include "viewers/ViewerProfile.h"

#include "viewers/ViewerTemplate.h"

#include <QJsonArray>
#include <QObject>
#include <QUrl>

namespace sightline {

namespace {

const QList<QPair<ViewerProfile::Kind, QString>>& kindNames() {
    static const QList<QPair<ViewerProfile::Kind, QString>> names{
        {ViewerProfile::Kind::Ohif, QStringLiteral("ohif")},
        {ViewerProfile::Kind::Url, QStringLiteral("url")},
        {ViewerProfile::Kind::SchemeCommand, QStringLiteral("scheme-command")},
        {ViewerProfile::Kind::Iid, QStringLiteral("iid")},
        {ViewerProfile::Kind::Program, QStringLiteral("program")},
    };
    return names;
}

} // namespace

QString ViewerProfile::kindName(Kind kind) {
    for (const auto& [k, name] : kindNames()) {
        if (k == kind)
            return name;
    }
    return {};
}

QStringList ViewerProfile::problems() const {
    QStringList out;
    if (id.trimmed().isEmpty() || name.trimmed().isEmpty())
        out << QObject::tr("A viewer profile needs an id and a name");
    const auto check = [&](const QString& text) {
        if (const QStringList unknown = ViewerTemplate::unknownPlaceholders(text);
            !unknown.isEmpty())
            out << QObject::tr("Unknown placeholder(s): %1")
                       .arg(unknown.join(QStringLiteral(", ")));
        if (!allowToken &&
            ViewerTemplate::usedPlaceholders(text).contains(QStringLiteral("accessToken")))
            out << QObject::tr("{accessToken} is used but not allowed for this profile");
    };
    switch (kind) {
    case Kind::Ohif:
        break;
    case Kind::Url:
        if (urlTemplate.isEmpty())
            out << QObject::tr("The URL is empty");
        check(urlTemplate);
        break;
    case Kind::SchemeCommand:
        if (!scheme.contains(QLatin1String("://")) || urlTemplate.isEmpty())
            out << QObject::tr("A scheme (such as weasis://) and a command are needed");
        check(urlTemplate);
        break;
    case Kind::Iid:
        if (!QUrl(iidBase).isValid() || QUrl(iidBase).host().isEmpty())
            out << QObject::tr("The IID viewer needs an absolute base URL");
        break;
    case Kind::Program:
        if (program.trimmed().isEmpty())
            out << QObject::tr("The program is empty");
        check(program);
        for (const QString& argument : arguments)
            check(argument);
        break;
    }
    if (embedded && !isWeb())
        out << QObject::tr("Only web viewers can open in Sightline's viewer tab");
    out.removeDuplicates();
    return out;
}

bool ViewerProfile::isWeb() const {
    if (kind == Kind::Ohif || kind == Kind::Iid)
        return true;
    return kind == Kind::Url && (urlTemplate.startsWith(QLatin1String("http://")) ||
                                 urlTemplate.startsWith(QLatin1String("https://")) ||
                                 urlTemplate.startsWith(QLatin1String("{ohifViewerUrl}")));
}

QJsonObject ViewerProfile::toJson() const {
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("kind"), kindName(kind)},
                     {QStringLiteral("embedded"), embedded},
                     {QStringLiteral("allowToken"), allowToken}};
    const auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("template", urlTemplate);
    put("scheme", scheme);
    put("iidBase", iidBase);
    put("viewerType", viewerType);
    put("program", program);
    if (!arguments.isEmpty())
        json.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    return json;
}

ViewerProfile ViewerProfile::fromJson(const QJsonObject& json) {
    ViewerProfile p;
    p.id = json.value(QLatin1String("id")).toString();
    p.name = json.value(QLatin1String("name")).toString();
    const QString kind = json.value(QLatin1String("kind")).toString();
    p.kind = Kind::Url;
    for (const auto& [k, name] : kindNames()) {
        if (name == kind)
            p.kind = k;
    }
    p.urlTemplate = json.value(QLatin1String("template")).toString();
    p.scheme = json.value(QLatin1String("scheme")).toString();
    p.iidBase = json.value(QLatin1String("iidBase")).toString();
    p.viewerType = json.value(QLatin1String("viewerType")).toString();
    p.program = json.value(QLatin1String("program")).toString();
    for (const QJsonValue& a : json.value(QLatin1String("arguments")).toArray())
        p.arguments << a.toString();
    p.embedded = json.value(QLatin1String("embedded")).toBool();
    p.allowToken = json.value(QLatin1String("allowToken")).toBool();
    return p;
}

QList<ViewerProfile> ViewerProfile::builtIns() {
    ViewerProfile ohif;
    ohif.id = QStringLiteral("ohif");
    ohif.name = QStringLiteral("OHIF");
    ohif.kind = Kind::Ohif;
    ohif.embedded = true;

    ViewerProfile weasis;
    weasis.id = QStringLiteral("weasis");
    weasis.name = QStringLiteral("Weasis");
    weasis.kind = Kind::SchemeCommand;
    weasis.scheme = QStringLiteral("weasis://?"); // the launcher decodes the query as a command
    weasis.urlTemplate =
        QStringLiteral("$dicom:rs --url \"{dicomwebRoot}\" -r \"studyUID={studyUID}\"");

    // OsiriX/Horos download the study (a ZIP from the gateway), or show one they already have.
    ViewerProfile horos;
    horos.id = QStringLiteral("horos");
    horos.name = QStringLiteral("OsiriX / Horos");
    horos.urlTemplate =
        QStringLiteral("osirix://?methodName=DownloadURL&Display=YES&URL='{studyArchiveUrl}'");
    ViewerProfile horosDisplay;
    horosDisplay.id = QStringLiteral("horos-display");
    horosDisplay.name = QStringLiteral("OsiriX / Horos (study already there)");
    horosDisplay.urlTemplate = QStringLiteral(
        "osirix://?methodName=DisplayStudy&PatientID={patientID}&StudyInstanceUID={studyUID}");

    ViewerProfile slicer;
    slicer.id = QStringLiteral("slicer");
    slicer.name = QStringLiteral("3D Slicer");
    slicer.urlTemplate =
        QStringLiteral("slicer://viewer/?studyUID={studyUID}&dicomweb_endpoint={dicomwebRoot}");

    QList<ViewerProfile> all{ohif, weasis, horos, horosDisplay, slicer};
    for (ViewerProfile& p : all)
        p.builtIn = true;
    return all;
}

} // namespace sightline
