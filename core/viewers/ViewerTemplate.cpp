#include "viewers/ViewerTemplate.h"

#include "cache/ImageCache.h"

#include <QObject>
#include <QRegularExpression>
#include <QUrl>

namespace sightline {

namespace {

const QRegularExpression& placeholderPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z]+)\\}"));
    return pattern;
}

std::optional<QString> valueOf(const QString& name, const LaunchValues& v) {
    static const QHash<QString, QString LaunchValues::*> fields{
        {QStringLiteral("studyUID"), &LaunchValues::studyUid},
        {QStringLiteral("seriesUID"), &LaunchValues::seriesUid},
        {QStringLiteral("patientID"), &LaunchValues::patientId},
        {QStringLiteral("patientName"), &LaunchValues::patientName},
        {QStringLiteral("accessionNumber"), &LaunchValues::accessionNumber},
        {QStringLiteral("dicomwebRoot"), &LaunchValues::dicomwebRoot},
        {QStringLiteral("studyFolder"), &LaunchValues::studyFolder},
        {QStringLiteral("ohifViewerUrl"), &LaunchValues::ohifViewerUrl},
        {QStringLiteral("studyArchiveUrl"), &LaunchValues::studyArchiveUrl},
        {QStringLiteral("accessToken"), &LaunchValues::accessToken},
    };
    const auto it = fields.constFind(name);
    if (it == fields.cend())
        return std::nullopt;
    return v.*(*it);
}

bool hasControlCharacters(const QString& value) {
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace

QStringList ViewerTemplate::placeholders() {
    return {QStringLiteral("studyUID"),        QStringLiteral("seriesUID"),
            QStringLiteral("patientID"),       QStringLiteral("patientName"),
            QStringLiteral("accessionNumber"), QStringLiteral("dicomwebRoot"),
            QStringLiteral("studyFolder"),     QStringLiteral("ohifViewerUrl"),
            QStringLiteral("studyArchiveUrl"), QStringLiteral("accessToken")};
}

QStringList ViewerTemplate::usedPlaceholders(const QString& text) {
    QStringList out;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

QStringList ViewerTemplate::unknownPlaceholders(const QString& text) {
    QStringList unknown;
    const QStringList known = placeholders();
    for (const QString& name : usedPlaceholders(text)) {
        if (!known.contains(name) && !unknown.contains(name))
            unknown << name;
    }
    // A brace that opens no well-formed placeholder ("{study", "{}") is a typo as well.
    QString rest = text;
    rest.remove(placeholderPattern());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        unknown << QStringLiteral("{…}");
    return unknown;
}

Result<QString> ViewerTemplate::expand(const QString& text, const LaunchValues& values,
                                       Context context, bool tokenAllowed) {
    if (const QStringList unknown = unknownPlaceholders(text); !unknown.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           QObject::tr("Unknown placeholder(s) in the viewer profile: %1")
                               .arg(unknown.join(QStringLiteral(", "))));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QString value = valueOf(name, values).value_or(QString());
        if (name == QLatin1String("accessToken") && !tokenAllowed)
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("This viewer profile may not put the access token "
                                           "into the launch (allow it in the viewer settings)"));
        if (value.isEmpty() && name == QLatin1String("studyArchiveUrl"))
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("This viewer downloads the whole study: retrieve it "
                                           "into the cache first"));
        if (value.isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("The launch has no value for {%1}").arg(name));
        if ((name == QLatin1String("studyUID") || name == QLatin1String("seriesUID")) &&
            !ImageCache::isValidUid(value))
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("Not a DICOM UID: %1").arg(value.left(80)));
        if (hasControlCharacters(value))
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("{%1} holds control characters; the viewer is not "
                                           "started")
                                   .arg(name));
        // Anything that starts an argument counts, not only a whole-argument placeholder:
        // "{studyFolder}/DICOMDIR" with "-x" would become the option "-x/DICOMDIR".
        if (context == Context::Argument && m.capturedStart() == 0 &&
            value.startsWith(QLatin1Char('-')))
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("{%1} starts with \"-\" and would be read as an "
                                           "option; the viewer is not started")
                                   .arg(name));
        if (context == Context::Command && value.contains(QLatin1Char('"')))
            return Error::make(Error::Kind::InvalidInput,
                               QObject::tr("{%1} holds a quotation mark; the viewer is not "
                                           "started")
                                   .arg(name));
        out += text.mid(last, m.capturedStart() - last);
        const bool base = context == Context::Url && m.capturedStart() == 0;
        out += context == Context::Url && !base
                   ? QString::fromLatin1(QUrl::toPercentEncoding(value))
                   : value;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

} // namespace sightline
