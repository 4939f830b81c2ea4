// A FHIR Consent (R4 or R5) as the consent inspector reads it: the provision tree (bounded in
// depth and size), and each provision's title and conditions in the words the user sees.

#include "FuzzSupport.h"

#include "consent/ConsentParser.h"
#include "consent/DecisionExplainer.h"

using namespace sightline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto consent = ConsentParser::parse(fuzz::bytesOf(data, size));
    if (!consent)
        return 0;
    const auto& provisions = consent->provisions;
    FUZZ_CHECK(int(provisions.size()) <= ConsentParser::maxProvisions);
    for (int i = 0; i < int(provisions.size()); ++i) {
        const Provision& provision = provisions[size_t(i)];
        // A tree: every child points back to its parent, which comes before it.
        for (int child : provision.children) {
            FUZZ_CHECK(child > i && child < int(provisions.size()));
            FUZZ_CHECK(provisions[size_t(child)].parent == i);
        }
        (void)DecisionExplainer::provisionTitle(provision);
        (void)DecisionExplainer::conditions(provision);
    }
    return 0;
}
