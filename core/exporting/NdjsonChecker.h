#pragma once
// Checks NDJSON as it streams past: counts lines, and reports lines that are not a JSON object
// or not of the expected resourceType (line number and why, the first few kept). Chunks may
// split lines anywhere. A line is checked structurally first (one balanced object whose
// resourceType is the expected one) so gigabytes pass quickly; one failing that is parsed in
// full for a precise report. Not thread-safe; one checker per file.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sightline {

class NdjsonChecker {
public:
    explicit NdjsonChecker(QString expectedType = {})
        : m_expectedType(std::move(expectedType)) {}

    void feed(const QByteArray& chunk);
    // Checks a trailing line without a newline; call once at the end.
    void finish();

    // Bytes fed up to and including the last newline: where a cut-off file can be resumed
    // without its broken last line. Meaningful before finish().
    qint64 bytesThroughLastNewline() const { return m_fed - m_pending.size(); }
    // Whether finish() found a last line without a newline that is not a whole object: the
    // mark of a transfer cut short.
    bool endedMidLine() const { return m_endedMidLine; }
    qint64 lines() const { return m_lines; }
    qint64 malformed() const { return m_malformed; }
    QStringList problems() const { return m_problems; } // at most 20

private:
    void checkLine(const QByteArray& line);

    QString m_expectedType;
    QByteArray m_pending;
    qint64 m_fed = 0;
    bool m_endedMidLine = false;
    qint64 m_lines = 0;
    qint64 m_malformed = 0;
    QStringList m_problems;
};

} // namespace sightline
