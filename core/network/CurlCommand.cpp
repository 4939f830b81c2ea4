#include "network/CurlCommand.h"

#include "network/Redactor.h"

#include <QStringList>

namespace sightline {

QString CurlCommand::shellQuote(const QString& argument) {
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlCommand::fromExchange(const HttpExchange& exchange) {
    QStringList parts{QStringLiteral("curl")};
    if (exchange.method != QLatin1String("GET"))
        parts << QStringLiteral("-X") << exchange.method;
    for (const auto& [name, value] : exchange.requestHeaders) {
        if (Redactor::isSensitiveName(name)) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
                const int space = value.indexOf(' ');
                const QString scheme =
                    space > 0 ? QString::fromLatin1(value.left(space)) : QStringLiteral("Bearer");
                // Double quotes so the shell expands the placeholder the user exports.
                parts << QStringLiteral("-H")
                      << QStringLiteral("\"Authorization: %1 ${SIGHTLINE_TOKEN}\"").arg(scheme);
            }
            continue;
        }
        parts << QStringLiteral("-H")
              << shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") +
                            QString::fromUtf8(value));
    }
    if (!exchange.requestBody.isEmpty() && !exchange.requestBody.startsWith('['))
        parts << QStringLiteral("--data-binary")
              << shellQuote(QString::fromUtf8(exchange.requestBody));
    parts << shellQuote(exchange.url.toString(QUrl::FullyEncoded));
    return parts.join(QLatin1Char(' '));
}

} // namespace sightline
