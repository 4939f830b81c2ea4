#include "exporting/DicomStudyExport.h"

#include "cache/CacheConnections.h"
#include "deidentify/DicomDeidentifier.h"
#include "dicom/DicomDirWriter.h"
#include "exporting/StudyArchive.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sightline {

namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

QString fileId(int series, int instance) {
    return QStringLiteral("DICOM/ST000001/SE%1/IM%2")
        .arg(series, 6, 10, QLatin1Char('0'))
        .arg(instance, 6, 10, QLatin1Char('0'));
}

Error cancelledError() {
    return Error::make(Error::Kind::Cancelled, DicomStudyExport::tr("The export was cancelled."));
}

} // namespace

QJsonObject DicomExportRequest::toJson() const {
    return {{key("study"), studyInstanceUid},
            {key("format"), format == Format::Zip ? key("zip") : key("folder")},
            {key("output"), output},
            {key("deidentify"), deidentify},
            {key("pseudonym"), pseudonym},
            {key("keyFile"), keyFile}};
}

DicomExportRequest DicomExportRequest::fromJson(const QJsonObject& json) {
    DicomExportRequest request;
    request.studyInstanceUid = json.value(key("study")).toString();
    request.format =
        json.value(key("format")).toString() == key("zip") ? Format::Zip : Format::Folder;
    request.output = json.value(key("output")).toString();
    request.deidentify = json.value(key("deidentify")).toBool();
    request.pseudonym = json.value(key("pseudonym")).toString();
    request.keyFile = json.value(key("keyFile")).toString();
    return request;
}

QString DicomExportRequest::describe() const {
    const QString what = deidentify ? DicomStudyExport::tr("De-identified study %1")
                                    : DicomStudyExport::tr("Study %1");
    return what.arg(studyInstanceUid) + (format == Format::Zip
                                             ? DicomStudyExport::tr(" as ZIP")
                                             : DicomStudyExport::tr(" to a DICOMDIR folder"));
}

QJsonObject DicomExportSummary::toJson() const {
    return {{key("output"), output},
            {key("instances"), instances},
            {key("series"), series},
            {key("bytes"), double(bytes)},
            {key("deidentified"), deidentified},
            {key("studyComplete"), studyComplete},
            {key("studyInstanceUid"), studyInstanceUid},
            {key("patientId"), patientId},
            {key("attributesRemoved"), attributesRemoved},
            {key("valuesReplaced"), valuesReplaced},
            {key("uidsReplaced"), uidsReplaced},
            {key("burnedInWarnings"), QJsonArray::fromStringList(burnedInWarnings)}};
}

DicomStudyExport::DicomStudyExport(CacheConnections cache, DicomExportRequest request)
    : m_cache(std::move(cache))
    , m_request(std::move(request)) {}

QString DicomStudyExport::stagingFolder(const QString& output) {
    const QFileInfo info(output);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() +
                                       QStringLiteral(".sightline-part"));
}

Result<DicomExportSummary> DicomStudyExport::run(const ProgressCallback& progress,
                                                 const std::atomic_bool* cancelled) {
    const DicomExportRequest& request = m_request;
    if (!ImageCache::isValidUid(request.studyInstanceUid))
        return Error::make(Error::Kind::InvalidInput,
                           tr("\"%1\" is not a Study Instance UID.").arg(request.studyInstanceUid));
    if (request.output.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("Choose where to export to."));
    const QFileInfo target(request.output);
    if (request.format == DicomExportRequest::Format::Zip
            ? target.exists()
            : (target.exists() && !QDir(request.output).isEmpty()))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("%1 already exists; Sightline does not overwrite exports.").arg(request.output));

    const auto opened = m_cache.open();
    const ImageCache& cache = *opened;
    if (!cache.openError().isEmpty())
        return Error::make(Error::Kind::Storage, cache.openError());
    const QList<CachedInstance> instances = cache.instancesOf(request.studyInstanceUid);
    if (instances.isEmpty())
        return Error::make(Error::Kind::NotFound,
                           tr("Study %1 is not in the image cache: open it once to retrieve it.")
                               .arg(request.studyInstanceUid));

    const QString staging = stagingFolder(request.output);
    QDir(staging).removeRecursively(); // an earlier attempt's leftovers
    if (!QDir().mkpath(staging))
        return Error::make(Error::Kind::Storage, tr("Could not create %1.").arg(staging));
    auto abandon = [&staging](Error error) {
        QDir(staging).removeRecursively();
        return error;
    };

    const Result<QByteArray> keyBytes = Pseudonymizer::keyFromFile(request.keyFile);
    if (!keyBytes)
        return abandon(keyBytes.error());
    const DicomDeidentifier deidentifier{Pseudonymizer(keyBytes.value()), request.pseudonym};

    DicomExportSummary summary;
    summary.output = request.output;
    summary.deidentified = request.deidentify;
    summary.studyInstanceUid = request.studyInstanceUid;
    summary.studyComplete = cache.isStudyComplete(request.studyInstanceUid);
    QHash<QString, int> seriesNumbers;
    QHash<QString, QStringList> warnings; // warning → file IDs
    QStringList files;
    DicomExportProgress state{0, int(instances.size()), 0};
    for (const CachedInstance& instance : instances) {
        if (cancelled && cancelled->load())
            return abandon(cancelledError());
        const int series = seriesNumbers.value(instance.seriesUid, int(seriesNumbers.size()) + 1);
        seriesNumbers.insert(instance.seriesUid, series);
        const QString id = fileId(series, state.done + 1);
        const QString path = QDir(staging).filePath(id);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (request.deidentify) {
            const Result<DicomDeidentifyResult> written =
                deidentifier.deidentifyFile(instance.path, path);
            if (!written)
                return abandon(written.error());
            summary.studyInstanceUid = written->studyInstanceUid;
            summary.patientId = written->patientId;
            summary.attributesRemoved += written->removed;
            summary.valuesReplaced += written->replaced;
            summary.uidsReplaced += written->uidsReplaced;
            if (!written->burnedInWarning.isEmpty())
                warnings[written->burnedInWarning].append(id);
        } else if (!QFile::copy(instance.path, path)) {
            return abandon(
                Error::make(Error::Kind::Storage,
                            tr("Could not copy %1 from the image cache.").arg(instance.sopUid)));
        }
        files.append(id);
        ++state.done;
        state.bytes += QFileInfo(path).size();
        if (progress)
            progress(state);
    }
    summary.instances = state.done;
    summary.series = int(seriesNumbers.size());
    summary.bytes = state.bytes;
    for (auto it = warnings.cbegin(); it != warnings.cend(); ++it)
        summary.burnedInWarnings.append(
            tr("%1 (%n file(s), first %2)", nullptr, int(it->size())).arg(it.key(), it->first()));

    if (const Status directory = DicomDirWriter::write(staging, files); !directory)
        return abandon(directory.error());
    const QByteArray summaryJson = QJsonDocument(summary.toJson()).toJson();
    {
        QSaveFile file(QDir(staging).filePath(QStringLiteral("sightline-export.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(summaryJson) != summaryJson.size() ||
            !file.commit())
            return abandon(
                Error::make(Error::Kind::Storage, tr("Could not write the export summary.")));
    }
    if (cancelled && cancelled->load())
        return abandon(cancelledError());
    const Status placed = request.format == DicomExportRequest::Format::Zip
                              ? writeZip(staging, files)
                              : moveIntoPlace(staging);
    if (!placed)
        return abandon(placed.error());
    if (request.format == DicomExportRequest::Format::Zip)
        summary.bytes = QFileInfo(request.output).size();
    return summary;
}

Status DicomStudyExport::writeZip(const QString& staging, const QStringList& files) const {
    QList<StudyArchive::Entry> entries;
    QStringList names = files;
    names.prepend(QStringLiteral("sightline-export.json"));
    names.prepend(QStringLiteral("DICOMDIR"));
    for (const QString& name : std::as_const(names)) {
        const QString path = QDir(staging).filePath(name);
        entries.append({name, path, QFileInfo(path).size()});
    }
    std::optional<StudyArchive> archive = StudyArchive::create(entries);
    if (!archive)
        return Error::make(Error::Kind::Unsupported,
                           tr("The study is too large for a ZIP file (over 4 GiB); export it to "
                              "a folder instead."));
    QSaveFile zip(m_request.output);
    if (!zip.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage, tr("Could not write %1.").arg(m_request.output),
                           zip.errorString());
    const bool written = archive->write(
        0, archive->size(), [&zip](const char* data, qint64 n) { return zip.write(data, n) == n; });
    if (!written || !zip.commit())
        return Error::make(Error::Kind::Storage, tr("Could not write %1.").arg(m_request.output),
                           zip.errorString());
    QDir(staging).removeRecursively();
    return Done{};
}

Status DicomStudyExport::moveIntoPlace(const QString& staging) const {
    if (QFileInfo::exists(m_request.output) && !QDir().rmdir(m_request.output))
        return Error::make(
            Error::Kind::Storage,
            tr("%1 already exists; Sightline does not overwrite exports.").arg(m_request.output));
    if (!QDir().rename(staging, m_request.output))
        return Error::make(Error::Kind::Storage,
                           tr("Could not move the export into %1.").arg(m_request.output));
    return Done{};
}

} // namespace sightline
