#include "consent/PurposeOfUse.h"

#include <QHash>

namespace sightline {

const QString PurposeOfUse::system =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActReason");

namespace {

struct Purpose {
    const char* code;
    const char* parent; // nullptr for a root of the purpose-of-use hierarchy
    const char* name;
};

// A subset of v3-ActReason's purposeOfUse hierarchy: the codes consents commonly name.
constexpr Purpose purposes[] = {
    {"TREAT", nullptr, "treatment"},
    {"ETREAT", "TREAT", "emergency treatment"},
    {"BTG", "ETREAT", "break the glass"},
    {"ERTREAT", "ETREAT", "emergency room treatment"},
    {"COC", "TREAT", "continuity of care"},
    {"POPHLTH", "TREAT", "population health"},
    {"CLINTRL", "TREAT", "clinical trial"},
    {"HRESCH", nullptr, "healthcare research"},
    {"CLINTRCH", "HRESCH", "clinical trial research"},
    {"BIORCH", "HRESCH", "biomedical research"},
    {"DSRCH", "HRESCH", "disease specific research"},
    {"PRECLINTRCH", "HRESCH", "preclinical trial research"},
    {"TRANSRCH", "HRESCH", "translational healthcare research"},
    {"HPAYMT", nullptr, "healthcare payment"},
    {"CLMATTCH", "HPAYMT", "claim attachment"},
    {"COVAUTH", "HPAYMT", "coverage authorization"},
    {"ELIGVER", "HPAYMT", "eligibility verification"},
    {"HOPERAT", nullptr, "healthcare operations"},
    {"CAREMGT", "HOPERAT", "care management"},
    {"PATSFTY", "HOPERAT", "patient safety"},
    {"TRAIN", "HOPERAT", "training"},
    {"HMARKT", nullptr, "healthcare marketing"},
    {"PUBHLTH", nullptr, "public health"},
    {"DISASTER", "PUBHLTH", "disaster"},
    {"THREAT", "PUBHLTH", "threat"},
    {"PATRQT", nullptr, "patient requested"},
    {"FAMRQT", "PATRQT", "family requested"},
    {"PWATRNY", "PATRQT", "power of attorney"},
    {"HLEGAL", nullptr, "legal"},
};

const Purpose* find(const QString& code) {
    for (const Purpose& p : purposes) {
        if (code == QLatin1String(p.code))
            return &p;
    }
    return nullptr;
}

} // namespace

bool PurposeOfUse::isA(const QString& requested, const QString& provisionCode) {
    if (requested == provisionCode)
        return true;
    for (const Purpose* p = find(requested); p && p->parent; p = find(QLatin1String(p->parent))) {
        if (provisionCode == QLatin1String(p->parent))
            return true;
    }
    return false;
}

QStringList PurposeOfUse::ancestry(const QString& code) {
    QStringList chain{code};
    for (const Purpose* p = find(code); p && p->parent; p = find(QLatin1String(p->parent)))
        chain << QLatin1String(p->parent);
    return chain;
}

QString PurposeOfUse::describe(const QString& code) {
    const Purpose* p = find(code);
    return p ? QString::fromLatin1(p->name) : code;
}

bool PurposeOfUse::isKnown(const QString& code) {
    return find(code) != nullptr;
}

QStringList PurposeOfUse::common() {
    return {QStringLiteral("TREAT"),   QStringLiteral("ETREAT"),   QStringLiteral("BTG"),
            QStringLiteral("HRESCH"),  QStringLiteral("CLINTRCH"), QStringLiteral("HPAYMT"),
            QStringLiteral("HOPERAT"), QStringLiteral("PUBHLTH"),  QStringLiteral("PATRQT"),
            QStringLiteral("HMARKT")};
}

} // namespace sightline
