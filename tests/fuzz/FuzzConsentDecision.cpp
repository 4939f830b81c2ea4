// The consent evaluator: two Consents, a resource asked for, and who asks why (pieces separated
// by NULs; the last holds the actor reference, then purpose-of-use and role codes, one per
// line). The decision is always permit or deny, names a real consent and provision when one
// decided, comes out the same when asked twice, and can be explained.

#include "FuzzSupport.h"

#include "consent/ConsentEngine.h"
#include "consent/ConsentParser.h"
#include "consent/DecisionExplainer.h"
#include "consent/PurposeOfUse.h"

using namespace sightline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytesOf(data, size), 4);
    std::vector<Consent> consents;
    for (int i = 0; i < 2; ++i) {
        if (auto consent = ConsentParser::parse(parts[i]))
            consents.push_back(std::move(consent).value());
    }
    const QList<QByteArray> lines = parts[3].split('\n');
    ConsentPolicy policy;
    if (!parts[3].isEmpty() && (parts[3].back() & 1))
        policy.combining = ConsentPolicy::Combining::LatestWins;
    if (!parts[3].isEmpty() && (parts[3].back() & 2))
        policy.whenNoConsentApplies = ConsentEffect::Permit;
    const ConsentEngine engine(std::move(consents), policy);

    AccessRequest request;
    request.describe(fuzz::jsonObject(parts[2]));
    request.actorReference = QString::fromUtf8(lines.value(0));
    QList<Coding> purposes;
    for (const QByteArray& line : lines.mid(1, 3))
        purposes.append({PurposeOfUse::system, QString::fromUtf8(line), {}});
    request.setPurposes(purposes);
    if (lines.size() > 4)
        request.actorRoles.append({{}, QString::fromUtf8(lines[4]), {}});
    request.atMs = 1'700'000'000'000;
    if (lines.size() > 5)
        request.clearance = lines[5].size() % 6 - 1;

    const ConsentDecision decision = engine.decide(request);
    FUZZ_CHECK(decision.effect == ConsentEffect::Permit || decision.effect == ConsentEffect::Deny);
    if (decision.consent >= 0) {
        FUZZ_CHECK(decision.consent < int(engine.consents().size()));
        const auto& provisions = engine.consents()[size_t(decision.consent)].provisions;
        FUZZ_CHECK(decision.provision < int(provisions.size()));
    }
    FUZZ_CHECK(engine.decide(request).effect == decision.effect);

    const DecisionExplainer explainer(engine);
    FUZZ_CHECK(!explainer.summary(decision).isEmpty());
    (void)explainer.matchedPath(decision);
    (void)explainer.toJson(decision, request);
    return 0;
}
