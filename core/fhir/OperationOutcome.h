#pragma once
// A parsed FHIR OperationOutcome, and the conversion of failed HTTP replies into typed Errors.

#include "common/Error.h"
#include "network/HttpRequestSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sightline {

struct OperationOutcomeIssue {
    QString severity; // fatal | error | warning | information
    QString code;     // invalid, not-found, …
    QString details;  // details.text or the first coding's display
    QString diagnostics;
    QStringList expression;
};

class OperationOutcome {
public:
    static std::optional<OperationOutcome> fromJson(const QJsonObject& json);

    const QList<OperationOutcomeIssue>& issues() const { return m_issues; }
    bool hasErrors() const;
    // One line per issue: "error (invalid) Patient.birthDate: Invalid date format".
    QString summary() const;

    // Error for a non-2xx reply: an OperationOutcome when the body holds one, else the status.
    static Error errorFromResponse(const HttpResponse& response);

private:
    QList<OperationOutcomeIssue> m_issues;
};

} // namespace sightline
