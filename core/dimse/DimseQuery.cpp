#include "dimse/DimseQuery.h"

#include <QDate>
#include <QRegularExpression>

namespace sightline {

namespace {
using Key = DimseAssociation::QueryKey;

// A date as the user types it (yyyy-mm-dd) in DICOM's form (yyyymmdd); empty when not a date.
QString dicomDate(const QString& typed) {
    const QDate date = QDate::fromString(typed.trimmed(), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString();
}

bool isUid(const QString& text) {
    static const QRegularExpression uid(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    return text.size() <= 64 && uid.match(text).hasMatch();
}
} // namespace

std::optional<DimseQuery::Level> DimseQuery::levelFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("patient"))
        return Level::Patient;
    if (n == QLatin1String("study"))
        return Level::Study;
    if (n == QLatin1String("series"))
        return Level::Series;
    if (n == QLatin1String("image") || n == QLatin1String("instance"))
        return Level::Image;
    return std::nullopt;
}

QString DimseQuery::levelName(Level level) {
    switch (level) {
    case Level::Patient:
        return QStringLiteral("PATIENT");
    case Level::Study:
        return QStringLiteral("STUDY");
    case Level::Series:
        return QStringLiteral("SERIES");
    case Level::Image:
        return QStringLiteral("IMAGE");
    }
    return {};
}

QString DimseQuery::model() const {
    // Patient Root for patients (Study Root has no patient level); Study Root otherwise, which
    // every Q/R SCP supports and which needs no PatientID above a study.
    return level == Level::Patient ? QStringLiteral("1.2.840.10008.5.1.4.1.2.1.1")
                                   : QStringLiteral("1.2.840.10008.5.1.4.1.2.2.1");
}

Result<QList<DimseAssociation::QueryKey>> DimseQuery::keys() const {
    auto invalid = [](const QString& message) {
        return Error::make(Error::Kind::InvalidInput, message);
    };
    QList<Key> keys;
    auto add = [&keys](quint16 group, quint16 element, const QString& value = {}) {
        keys.append({group, element, value});
    };
    QString birth;
    if (!birthDate.isEmpty() && (birth = dicomDate(birthDate)).isEmpty())
        return invalid(tr("\"%1\" is not a date (yyyy-mm-dd)").arg(birthDate));
    QString dates;
    if (!studyDates.isEmpty()) {
        const QString range = studyDates.trimmed();
        const int dots = range.indexOf(QLatin1String(".."));
        const QString from = dots < 0 ? range : range.left(dots);
        const QString to = dots < 0 ? QString() : range.mid(dots + 2);
        const QString f = from.isEmpty() ? QString() : dicomDate(from);
        const QString t = to.isEmpty() ? QString() : dicomDate(to);
        if ((!from.isEmpty() && f.isEmpty()) || (!to.isEmpty() && t.isEmpty()) ||
            (from.isEmpty() && to.isEmpty()))
            return invalid(tr("\"%1\" is not a date or a range of dates (yyyy-mm-dd, "
                              "yyyy-mm-dd..yyyy-mm-dd, with either end left open)")
                               .arg(studyDates));
        dates = dots < 0 ? f : f + QLatin1Char('-') + t;
    }
    if (!studyUid.isEmpty() && !isUid(studyUid))
        return invalid(tr("\"%1\" is not a Study Instance UID").arg(studyUid));
    if (!seriesUid.isEmpty() && !isUid(seriesUid))
        return invalid(tr("\"%1\" is not a Series Instance UID").arg(seriesUid));
    if ((level == Level::Series || level == Level::Image) && studyUid.isEmpty())
        return invalid(tr("Series and images are looked up within a study: give its "
                          "Study Instance UID"));
    if (level == Level::Image && seriesUid.isEmpty())
        return invalid(tr("Images are looked up within a series: give its Series Instance UID"));

    if (level == Level::Patient || level == Level::Study) {
        add(0x0010, 0x0010, patientName);
        add(0x0010, 0x0020, patientId);
        add(0x0010, 0x0021); // Issuer of Patient ID
        add(0x0010, 0x0030, birth);
        add(0x0010, 0x0040); // sex
    }
    if (level == Level::Patient) {
        add(0x0020, 0x1200); // Number of Patient Related Studies
        return keys;
    }
    // Below the study level only the unique keys of the levels above may be sent (PS3.4 C.4.1).
    add(0x0020, 0x000D, studyUid);
    if (level == Level::Study) {
        add(0x0008, 0x0020, dates);
        add(0x0008, 0x0030); // Study Time
        add(0x0008, 0x0050, accessionNumber);
        add(0x0008, 0x0061, modality); // Modalities in Study
        add(0x0008, 0x1030);           // Study Description
        add(0x0020, 0x0010);           // Study ID
        add(0x0020, 0x1206);           // Number of Study Related Series
        add(0x0020, 0x1208);           // Number of Study Related Instances
        return keys;
    }
    add(0x0020, 0x000E, seriesUid);
    if (level == Level::Series) {
        add(0x0008, 0x0060, modality); // Modality
        add(0x0020, 0x0011);           // Series Number
        add(0x0008, 0x103E);           // Series Description
        add(0x0020, 0x1209);           // Number of Series Related Instances
        return keys;
    }
    add(0x0008, 0x0018); // SOP Instance UID
    add(0x0008, 0x0016); // SOP Class UID
    add(0x0020, 0x0013); // Instance Number
    return keys;
}

} // namespace sightline
