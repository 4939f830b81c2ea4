#include "consent/Coding.h"

#include <QJsonArray>

namespace sightline {

QList<Coding> Coding::fromConcept(const QJsonObject& codeableConcept) {
    QList<Coding> codings;
    for (const QJsonValue& value : codeableConcept.value(QLatin1String("coding")).toArray()) {
        Coding coding = fromJson(value.toObject());
        if (!coding.isEmpty())
            codings << coding;
    }
    return codings;
}

} // namespace sightline
