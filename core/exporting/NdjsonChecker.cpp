#include "exporting/NdjsonChecker.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sightline {

void NdjsonChecker::feed(const QByteArray& chunk) {
    m_fed += chunk.size();
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = chunk.indexOf('\n', start);
        if (newline < 0)
            break;
        if (m_pending.isEmpty()) {
            checkLine(chunk.mid(start, newline - start));
        } else {
            m_pending += chunk.mid(start, newline - start);
            checkLine(m_pending);
            m_pending.clear();
        }
        start = newline + 1;
    }
    m_pending += chunk.mid(start);
}

void NdjsonChecker::finish() {
    if (!m_pending.trimmed().isEmpty()) {
        const qint64 malformedBefore = m_malformed;
        checkLine(m_pending);
        m_endedMidLine = m_malformed > malformedBefore;
    }
    m_pending.clear();
}

void NdjsonChecker::checkLine(const QByteArray& line) {
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return; // blank lines (a trailing newline) are not resources
    ++m_lines;
    // Fast path for the common case: one object whose resourceType is the expected one. Only a
    // line that fails it is parsed in full, to say precisely what is wrong.
    if (trimmed.startsWith('{') && trimmed.endsWith('}') && !m_expectedType.isEmpty()) {
        const qsizetype key = trimmed.indexOf("\"resourceType\"");
        if (key > 0) {
            qsizetype at = key + 14;
            while (at < trimmed.size() && (trimmed.at(at) == ' ' || trimmed.at(at) == ':'))
                ++at;
            if (at < trimmed.size() && trimmed.at(at) == '"') {
                const qsizetype end = trimmed.indexOf('"', at + 1);
                if (end > at &&
                    QLatin1String(trimmed.constData() + at + 1, end - at - 1) == m_expectedType &&
                    trimmed.count('{') == trimmed.count('}'))
                    return;
            }
        }
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    QString problem;
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        problem =
            QStringLiteral("line %1: not a JSON object (%2)").arg(m_lines).arg(error.errorString());
    else if (!m_expectedType.isEmpty() &&
             doc.object().value(QLatin1String("resourceType")).toString() != m_expectedType)
        problem =
            QStringLiteral("line %1: resourceType %2, expected %3")
                .arg(m_lines)
                .arg(doc.object().value(QLatin1String("resourceType")).toString(), m_expectedType);
    if (problem.isEmpty())
        return;
    ++m_malformed;
    if (m_problems.size() < 20)
        m_problems << problem;
}

} // namespace sightline
