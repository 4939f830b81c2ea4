#pragma once
// Runs the consent engine over a patient's actual resources and shows what sharing them would
// look like: each resource shared, withheld, redacted (elements carrying inline security labels
// the consents deny are removed) or undecided, references to withheld resources masked
// (data-absent-reason "masked"), and the Bundle a recipient would get, labelled with the
// highest confidentiality it holds. A preview only: Sightline never changes server data.
// Pure computation over values; run() is const and safe on a worker thread.

#include "consent/ConsentEngine.h"

#include <QJsonObject>
#include <QList>

namespace sightline {

struct ElementRedaction {
    QString path; // "note[0]", "conclusion"
    QList<Coding> labels;
    AccessRequest request;
    ConsentDecision decision;
};

struct PreviewRow {
    enum class Outcome { Shared, Redacted, Withheld, Undecided };

    QString reference;
    QString resourceType;
    QString description;
    QList<Coding> labels;
    Outcome outcome = Outcome::Undecided;
    AccessRequest request;
    ConsentDecision decision;
    QList<ElementRedaction> redactions;
    QStringList maskedReferences;
    QJsonObject filtered; // as it would be shared; empty when withheld or undecided
};

struct ConsentPreviewResult {
    QList<PreviewRow> rows;
    QJsonObject bundle;
    int shared = 0;
    int redacted = 0;
    int withheld = 0;
    int undecided = 0;
};

class ConsentPreview {
public:
    static const QString inlineLabelExtension; // DS4P extension-inline-sec-label

    // `question` says who asks, why, to do what, when and with what clearance; the data part
    // is filled from each resource.
    ConsentPreview(const ConsentEngine& engine, AccessRequest question)
        : m_engine(engine)
        , m_question(std::move(question)) {}

    ConsentPreviewResult run(const QList<QJsonObject>& resources) const;

    static QString describe(const QJsonObject& resource);
    static QString outcomeName(PreviewRow::Outcome outcome);

private:
    const ConsentEngine& m_engine;
    AccessRequest m_question;
};

} // namespace sightline
