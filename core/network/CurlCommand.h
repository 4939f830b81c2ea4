#pragma once
// Turns a recorded exchange into a curl command line an engineer can paste into a shell. Secrets
// are never included: credentials become a ${SIGHTLINE_TOKEN} placeholder the user fills in.

#include "network/HttpExchange.h"

#include <QString>

namespace sightline {

class CurlCommand {
public:
    static QString fromExchange(const HttpExchange& exchange);
    static QString shellQuote(const QString& argument);
};

} // namespace sightline
