#include "exporting/BulkExportSupport.h"

namespace sightline {

bool BulkExportSupport::offers(BulkExportRequest::Level level) const {
    switch (level) {
    case BulkExportRequest::Level::System:
        return system;
    case BulkExportRequest::Level::Patient:
        return patient;
    case BulkExportRequest::Level::Group:
        return group;
    }
    return false;
}

BulkExportSupport BulkExportSupport::from(const CapabilityStatement& statement) {
    BulkExportSupport support;
    auto classify = [&support](const OperationInfo& op, const QString& on) {
        if (op.name != QLatin1String("export"))
            return;
        const QString definition = op.definition;
        if (definition.endsWith(QLatin1String("/patient-export")) || on == QLatin1String("Patient"))
            support.patient = true;
        else if (definition.endsWith(QLatin1String("/group-export")) ||
                 on == QLatin1String("Group"))
            support.group = true;
        else
            support.system = true;
    };
    for (const OperationInfo& op : statement.systemOperations)
        classify(op, {});
    for (const ResourceCapability& resource : statement.resources) {
        for (const OperationInfo& op : resource.operations)
            classify(op, resource.type);
    }
    return support;
}

} // namespace sightline
