#include "consent/SecurityLabels.h"

#include <QHash>
#include <QJsonArray>

namespace sightline {

const QString SecurityLabels::confidentialitySystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-Confidentiality");
const QString SecurityLabels::actCodeSystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode");

namespace {

const char* const confidentialityCodes[] = {"U", "L", "M", "N", "R", "V"};
const char* const confidentialityNames[] = {"unrestricted", "low",        "moderate",
                                            "normal",       "restricted", "very restricted"};

const QHash<QString, QString>& sensitivityNames() {
    static const QHash<QString, QString> names{
        {QStringLiteral("ETH"), QStringLiteral("substance abuse information sensitivity")},
        {QStringLiteral("PSY"), QStringLiteral("psychiatry information sensitivity")},
        {QStringLiteral("HIV"), QStringLiteral("HIV/AIDS information sensitivity")},
        {QStringLiteral("STD"), QStringLiteral("sexually transmitted disease information")},
        {QStringLiteral("GDIS"), QStringLiteral("genetic disease information sensitivity")},
        {QStringLiteral("SCA"), QStringLiteral("sickle cell anemia information sensitivity")},
        {QStringLiteral("SDV"), QStringLiteral("sexual assault, abuse or domestic violence")},
        {QStringLiteral("SEX"), QStringLiteral("sexuality and reproductive health")},
        {QStringLiteral("BH"), QStringLiteral("behavioral health information sensitivity")},
        {QStringLiteral("MST"), QStringLiteral("military sexual trauma information")},
        {QStringLiteral("SUD"), QStringLiteral("substance use disorder information")},
        {QStringLiteral("VIO"), QStringLiteral("violence information sensitivity")},
        {QStringLiteral("TBOO"), QStringLiteral("taboo")},
        {QStringLiteral("DEMO"), QStringLiteral("all demographic information sensitivity")},
        {QStringLiteral("DIA"), QStringLiteral("diagnosis information sensitivity")},
        {QStringLiteral("EMP"), QStringLiteral("employee information sensitivity")},
    };
    return names;
}

} // namespace

int SecurityLabels::confidentialityRank(const QString& code) {
    for (int i = 0; i < 6; ++i) {
        if (code == QLatin1String(confidentialityCodes[i]))
            return i;
    }
    return -1;
}

QString SecurityLabels::confidentialityCode(int rank) {
    return rank >= 0 && rank < 6 ? QString::fromLatin1(confidentialityCodes[rank]) : QString();
}

bool SecurityLabels::isConfidentiality(const Coding& label) {
    if (!label.system.isEmpty() && label.system != confidentialitySystem)
        return false;
    return confidentialityRank(label.code) >= 0;
}

int SecurityLabels::effectiveConfidentiality(const QList<Coding>& labels) {
    int highest = -1;
    for (const Coding& label : labels) {
        if (isConfidentiality(label))
            highest = std::max(highest, confidentialityRank(label.code));
    }
    return highest < 0 ? 3 : highest;
}

QString SecurityLabels::describe(const Coding& label) {
    if (isConfidentiality(label))
        return QString::fromLatin1(confidentialityNames[confidentialityRank(label.code)]);
    const auto known = sensitivityNames().constFind(label.code);
    if (known != sensitivityNames().cend())
        return *known;
    return label.display.isEmpty() ? label.code : label.display;
}

bool SecurityLabels::isKnownSensitivity(const QString& code) {
    return sensitivityNames().contains(code);
}

QList<Coding> SecurityLabels::fromResource(const QJsonObject& resource) {
    QList<Coding> labels;
    const QJsonArray security =
        resource.value(QLatin1String("meta")).toObject().value(QLatin1String("security")).toArray();
    for (const QJsonValue& value : security) {
        Coding label = Coding::fromJson(value.toObject());
        if (!label.isEmpty())
            labels << label;
    }
    return labels;
}

} // namespace sightline
