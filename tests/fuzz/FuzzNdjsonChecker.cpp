// Bulk Data NDJSON as the export job checks it while it downloads (expected resourceType, NUL,
// file content): the counts and problems do not depend on where the network cut the stream, and
// no line that a full JSON parse accepts is reported (the quick structural check may let a
// broken line with the right resourceType pass, by design; it never raises a false alarm).

#include "FuzzSupport.h"

#include "exporting/NdjsonChecker.h"

using namespace sightline;

namespace {

struct Counts {
    qint64 lines = 0;
    qint64 malformed = 0;
    QStringList problems;
    bool operator==(const Counts&) const = default;
};

Counts check(const QString& type, const QByteArray& content, qsizetype chunk) {
    NdjsonChecker checker(type);
    for (qsizetype from = 0; from < content.size(); from += chunk)
        checker.feed(content.mid(from, chunk));
    checker.finish();
    FUZZ_CHECK(checker.problems().size() <= 20);
    FUZZ_CHECK(checker.malformed() <= checker.lines());
    return {checker.lines(), checker.malformed(), checker.problems()};
}

// What the checker must conclude, line by line, from Qt's full parser.
qint64 malformedByFullParse(const QString& type, const QByteArray& content) {
    qint64 malformed = 0;
    for (const QByteArray& raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        const bool good =
            error.error == QJsonParseError::NoError && document.isObject() &&
            (type.isEmpty() ||
             document.object().value(QLatin1String("resourceType")).toString() == type);
        malformed += good ? 0 : 1;
    }
    return malformed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytesOf(data, size), 2);
    const QString type = QString::fromUtf8(parts[0]);
    const QByteArray& content = parts[1];
    const Counts whole = check(type, content, qMax<qsizetype>(content.size(), 1));
    const qsizetype chunk = content.isEmpty() ? 1 : 1 + uchar(content.back()) % 13;
    FUZZ_CHECK(check(type, content, chunk) == whole);
    FUZZ_CHECK(whole.malformed <= malformedByFullParse(type, content));
    return 0;
}
