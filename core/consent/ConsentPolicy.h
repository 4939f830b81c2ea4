#pragma once
// How the engine combines several applicable consents and what it answers when none applies.
// Deny-overrides with a default of deny is the conservative choice for an opt-in jurisdiction;
// both are user settings. Pure value.

#include "consent/ConsentDecision.h"

namespace sightline {

struct ConsentPolicy {
    enum class Combining : quint8 { DenyOverrides, LatestWins };

    Combining combining = Combining::DenyOverrides;
    ConsentEffect whenNoConsentApplies = ConsentEffect::Deny;
};

} // namespace sightline
