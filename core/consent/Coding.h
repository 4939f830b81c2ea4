#pragma once
// A FHIR Coding reduced to what consent decisions compare: system, code and display. A coding
// without a system matches any system with the same code (tolerated, and reported by the
// parser). Pure value; thread-safe.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sightline {

struct Coding {
    QString system;
    QString code;
    QString display;

    bool matches(const Coding& other) const {
        return code == other.code &&
               (system.isEmpty() || other.system.isEmpty() || system == other.system);
    }
    bool isEmpty() const { return code.isEmpty(); }
    QString label() const {
        return display.isEmpty() ? code : code + QLatin1String(" (") + display + u')';
    }

    static Coding fromJson(const QJsonObject& coding) {
        return {coding.value(QLatin1String("system")).toString(),
                coding.value(QLatin1String("code")).toString(),
                coding.value(QLatin1String("display")).toString()};
    }
    // Every coding of a CodeableConcept (its text alone becomes a code-less display).
    static QList<Coding> fromConcept(const QJsonObject& codeableConcept);
    static bool anyMatch(const QList<Coding>& wanted, const QList<Coding>& present) {
        for (const Coding& w : wanted) {
            for (const Coding& p : present) {
                if (w.matches(p))
                    return true;
            }
        }
        return false;
    }
};

} // namespace sightline
