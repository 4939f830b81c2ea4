#include "gateway/OhifSite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

namespace sightline {

OhifSite::OhifSite(QString distDir)
    : m_dir(std::move(distDir)) {}

QString OhifSite::bundledDir() {
    if (const QString env = qEnvironmentVariable("SIGHTLINE_OHIF_DIR"); !env.isEmpty())
        return env;
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/sightline/ohif");
    if (QFileInfo::exists(installed + QStringLiteral("/index.html")))
        return QDir::cleanPath(installed);
#ifdef SIGHTLINE_BUILD_OHIF_DIR
    if (QFileInfo::exists(QStringLiteral(SIGHTLINE_BUILD_OHIF_DIR "/index.html")))
        return QStringLiteral(SIGHTLINE_BUILD_OHIF_DIR);
#endif
    return {};
}

bool OhifSite::isAvailable() const {
    return !m_dir.isEmpty() && QFileInfo::exists(m_dir + QStringLiteral("/index.html"));
}

std::optional<QString> OhifSite::staticFile(const QString& relative) const {
    if (!isAvailable() || relative.isEmpty() || relative.contains(QLatin1String("..")) ||
        relative.contains(QLatin1Char('\\')) || relative.startsWith(QLatin1Char('/')))
        return std::nullopt;
    if (relative == QLatin1String("index.html") || relative == QLatin1String("app-config.js"))
        return std::nullopt;
    const QString path = m_dir + QLatin1Char('/') + relative;
    const QFileInfo info(path);
    // Resolved inside the build folder (no symbolic link out of it), and a plain file.
    if (!info.isFile() || !info.canonicalFilePath().startsWith(
                              QFileInfo(m_dir).canonicalFilePath() + QLatin1Char('/')))
        return std::nullopt;
    return info.canonicalFilePath();
}

QByteArray OhifSite::indexHtml(const QString& configUrl) const {
    QFile file(m_dir + QStringLiteral("/index.html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray html = file.readAll();
    html.replace("src=\"/app-config.js\"", "src=\"" + configUrl.toUtf8() + "\"");
    return html;
}

QByteArray OhifSite::appConfig(const QString& routerBasename,
                               const QList<OhifDataSource>& sources) {
    QJsonArray dataSources;
    for (const OhifDataSource& source : sources) {
        dataSources.append(QJsonObject{
            {QStringLiteral("namespace"),
             QStringLiteral("@ohif/extension-default.dataSourcesModule.dicomweb")},
            {QStringLiteral("sourceName"), source.name},
            {QStringLiteral("configuration"),
             QJsonObject{
                 {QStringLiteral("friendlyName"), source.friendlyName},
                 {QStringLiteral("name"), source.name},
                 {QStringLiteral("wadoUriRoot"), source.dicomWebRoot},
                 {QStringLiteral("qidoRoot"), source.dicomWebRoot},
                 {QStringLiteral("wadoRoot"), source.dicomWebRoot},
                 {QStringLiteral("qidoSupportsIncludeField"), true},
                 {QStringLiteral("imageRendering"), QStringLiteral("wadors")},
                 {QStringLiteral("thumbnailRendering"), QStringLiteral("wadors")},
                 {QStringLiteral("enableStudyLazyLoad"), true},
                 {QStringLiteral("supportsFuzzyMatching"), false},
                 {QStringLiteral("supportsWildcard"), true},
                 {QStringLiteral("staticWado"), false},
                 {QStringLiteral("singlepart"), QStringLiteral("bulkdata,video")},
                 {QStringLiteral("bulkDataURI"),
                  QJsonObject{{QStringLiteral("enabled"), true},
                              {QStringLiteral("relativeResolution"), QStringLiteral("studies")}}},
                 {QStringLiteral("omitQuotationForMultipartRequest"), true},
             }},
        });
    }
    const QJsonObject config{
        {QStringLiteral("routerBasename"), routerBasename},
        {QStringLiteral("extensions"), QJsonArray{}},
        {QStringLiteral("modes"), QJsonArray{}},
        // A viewer shows the patient in context: no study list of the whole archive to go
        // back to (the gateway answers that patient's studies only anyway).
        {QStringLiteral("showStudyList"), false},
        {QStringLiteral("maxNumberOfWebWorkers"), 3},
        {QStringLiteral("showWarningMessageForCrossOrigin"), false},
        {QStringLiteral("showCPUFallbackMessage"), true},
        {QStringLiteral("showLoadingIndicator"), true},
        {QStringLiteral("strictZSpacingForVolumeViewport"), true},
        {QStringLiteral("investigationalUseDialog"),
         QJsonObject{{QStringLiteral("option"), QStringLiteral("never")}}},
        // No onboarding tour over the first images a clinician opens.
        {QStringLiteral("customizationService"),
         QJsonObject{
             {QStringLiteral("ohif.tours"), QJsonObject{{QStringLiteral("$set"), QJsonArray{}}}}}},
        {QStringLiteral("defaultDataSourceName"),
         sources.isEmpty() ? QString() : sources.first().name},
        {QStringLiteral("dataSources"), dataSources},
    };
    return "// Generated by Sightline for this session: OHIF reads DICOMweb through Sightline's\n"
           "// local gateway, which adds the credentials itself.\nwindow.config = " +
           QJsonDocument(config).toJson(QJsonDocument::Indented) + ";\n";
}

QByteArray OhifSite::mimeType(const QString& path) {
    static const QHash<QString, QByteArray> known{
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("wasm"), "application/wasm"},
        {QStringLiteral("svg"), "image/svg+xml"},
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (const auto it = known.constFind(suffix); it != known.cend())
        return *it;
    return QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().toLatin1();
}

} // namespace sightline
