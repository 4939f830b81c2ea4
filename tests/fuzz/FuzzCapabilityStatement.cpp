// A server's CapabilityStatement and SMART configuration (two JSON documents separated by a NUL)
// through everything Sightline does with them: parsing, the readiness check, the report, the
// comparison with another server, and the tree model walked to every leaf.

#include "FuzzSupport.h"

#include "capabilities/CapabilityComparison.h"
#include "capabilities/CapabilityReport.h"
#include "capabilities/CapabilityTreeModel.h"
#include "capabilities/ReadinessCheck.h"

using namespace sightline;

namespace {

int visit(const CapabilityTreeModel& model, const QModelIndex& parent, int depth) {
    FUZZ_CHECK(depth < 64);
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column)
            (void)model.data(model.index(row, column, parent));
        const QModelIndex child = model.index(row, 0, parent);
        FUZZ_CHECK(model.parent(child) == parent);
        count += 1 + visit(model, child, depth + 1);
    }
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytesOf(data, size), 2);
    ServerCapabilities capabilities;
    capabilities.fhirBase = QUrl(QStringLiteral("https://fhir.example.org/r4"));
    capabilities.statementJson = fuzz::jsonObject(parts[0]);
    if (auto statement = CapabilityStatement::fromJson(capabilities.statementJson))
        capabilities.statement = std::move(statement).value();
    capabilities.smartJson = fuzz::jsonObject(parts[1]);
    if (auto smart = SmartConfiguration::fromJson(capabilities.smartJson))
        capabilities.smart = std::move(smart).value();

    const QList<ReadinessItem> readiness = ReadinessCheck::evaluate(capabilities);
    FUZZ_CHECK(!ReadinessCheck::verdict(readiness).isEmpty());
    (void)CapabilityReport::toJson(capabilities, readiness);
    (void)CapabilityReport::toText(capabilities, readiness);
    const QList<ComparisonRow> rows = CapabilityComparison::compare(capabilities, {});
    FUZZ_CHECK(CapabilityComparison::differenceCount(rows) <= rows.size());
    FUZZ_CHECK(CapabilityComparison::differenceCount(
                   CapabilityComparison::compare(capabilities, capabilities)) == 0);

    CapabilityTreeModel model;
    model.setCapabilities(capabilities);
    visit(model, {}, 0);
    return 0;
}
