#pragma once
// Which Bulk Data export levels a server offers, read from its CapabilityStatement: `export`
// operations by their OperationDefinition (export, patient-export, group-export) at system
// level or on Patient and Group. Pure value; thread-safe.

#include "capabilities/CapabilityStatement.h"
#include "exporting/BulkExportRequest.h"

namespace sightline {

struct BulkExportSupport {
    bool system = false;
    bool patient = false;
    bool group = false;

    bool offers(BulkExportRequest::Level level) const;
    bool any() const { return system || patient || group; }
    static BulkExportSupport from(const CapabilityStatement& statement);
};

} // namespace sightline
