#pragma once
// Puts two servers' capabilities side by side: general facts, readiness, SMART capabilities and
// per-resource interactions, marking what differs. Pure function; thread-safe.

#include "capabilities/ServerCapabilities.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

namespace sightline {

struct ComparisonRow {
    QString section; // "General", "Readiness", "SMART", "Resources"
    QString aspect;  // "FHIR version", "ImagingStudy", …
    QString left;
    QString right;
    bool differs = false;
};

class CapabilityComparison {
    Q_DECLARE_TR_FUNCTIONS(CapabilityComparison)

public:
    static QList<ComparisonRow> compare(const ServerCapabilities& left,
                                        const ServerCapabilities& right);
    static int differenceCount(const QList<ComparisonRow>& rows);
};

} // namespace sightline
