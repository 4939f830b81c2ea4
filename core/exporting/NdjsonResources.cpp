#include "exporting/NdjsonResources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace sightline {

namespace {

constexpr int kProblemsKept = 20;

bool isPatientFile(const QString& path) {
    return QFileInfo(path).fileName().startsWith(QLatin1String("Patient"));
}

} // namespace

QStringList NdjsonResources::filesIn(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QStringList inFolder;
        for (const QFileInfo& info :
             QDir(path).entryInfoList({QStringLiteral("*.ndjson")}, QDir::Files, QDir::Name)) {
            // An export's error files hold the server's OperationOutcomes, not data.
            if (!info.fileName().startsWith(QLatin1String("errors")))
                inFolder << info.absoluteFilePath();
        }
        std::stable_partition(inFolder.begin(), inFolder.end(), isPatientFile);
        files << inFolder;
    }
    return files;
}

Result<NdjsonResources> NdjsonResources::read(const QStringList& paths,
                                              const std::atomic_bool* cancelled) {
    NdjsonResources read;
    const QStringList files = filesIn(paths);
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Storage,
                               tr("%1 cannot be read: %2").arg(path, file.errorString()));
        qint64 lineNumber = 0;
        while (!file.atEnd()) {
            if (cancelled && cancelled->load())
                return Error::make(Error::Kind::Cancelled, tr("Reading was cancelled."));
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isObject() ||
                doc.object().value(QLatin1String("resourceType")).toString().isEmpty()) {
                ++read.malformedLines;
                if (read.problems.size() < kProblemsKept)
                    read.problems << tr("%1 line %2 is not a FHIR resource; it is left out.")
                                         .arg(QFileInfo(path).fileName())
                                         .arg(lineNumber);
                continue;
            }
            read.resources << doc.object();
        }
    }
    if (read.resources.isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            files.isEmpty()
                ? tr("There are no NDJSON files in %1.").arg(paths.join(QStringLiteral(", ")))
                : tr("The NDJSON files hold no resources."));
    return read;
}

} // namespace sightline
