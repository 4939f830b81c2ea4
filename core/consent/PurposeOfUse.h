#pragma once
// Purposes of use from v3-ActReason (TREAT, ETREAT, HRESCH, HPAYMT, PUBHLTH …) and the part of
// their hierarchy consent decisions need: a request for emergency treatment (ETREAT) is a request
// for treatment (TREAT), so a provision about TREAT covers it. Pure functions; thread-safe.

#include <QString>
#include <QStringList>

namespace sightline {

class PurposeOfUse {
public:
    static const QString system; // v3-ActReason

    // True when `requested` is `provisionCode` or one of its descendants.
    static bool isA(const QString& requested, const QString& provisionCode);
    // The chain from `code` up to its root, e.g. BTG → ETREAT → TREAT.
    static QStringList ancestry(const QString& code);
    static QString describe(const QString& code);
    static bool isKnown(const QString& code);
    // The purposes offered in forms, most common first.
    static QStringList common();
};

} // namespace sightline
