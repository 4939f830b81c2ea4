#pragma once
// Builds a CapabilityStatement shaped like a large production server's (HAPI-style: ~150
// resource types, dozens of search parameters each, operations, profiles, includes), so tests
// and benchmarks exercise realistic sizes without committing a multi-megabyte file.

#include <QJsonObject>

namespace sightline::test {

QJsonObject makeLargeCapabilityStatement(int resourceTypes = 150, int searchParamsPerType = 40);

} // namespace sightline::test
