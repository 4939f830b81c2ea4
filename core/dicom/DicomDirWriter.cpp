#include "dicom/DicomDirWriter.h"

#include <dcmtk/dcmdata/dcddirif.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sightline {

bool DicomDirWriter::isValidComponent(const QString& component) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9_]{1,8}$"));
    return pattern.match(component).hasMatch();
}

Status DicomDirWriter::write(const QString& root, const QStringList& files,
                             const QString& fileSetId) {
    for (const QString& file : files) {
        const QStringList parts = file.split(QLatin1Char('/'));
        if (parts.size() > 8 || !std::all_of(parts.begin(), parts.end(), isValidComponent))
            return Error::make(Error::Kind::InvalidInput,
                               tr("%1 is not a valid DICOM file ID.").arg(file));
    }
    DicomDirInterface directory;
    // DCMTK's disable…() calls take the check's new state: no argument turns it off.
    directory.enableInventMode(OFTrue);
    directory.disableTransferSyntaxCheck(); // compressed images are welcome
    directory.disableBackupMode();
    const QByteArray rootName = QFile::encodeName(QDir::toNativeSeparators(root));
    const QByteArray dicomdir = QFile::encodeName(QDir(root).filePath(QStringLiteral("DICOMDIR")));
    OFCondition status = directory.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose,
                                                     OFFilename(dicomdir.constData()),
                                                     OFString(fileSetId.toLatin1().constData()));
    for (int i = 0; status.good() && i < files.size(); ++i) {
        // DCMTK wants the file ID with the platform's separator, relative to the root.
        const QByteArray name = QFile::encodeName(QDir::toNativeSeparators(files[i]));
        status =
            directory.addDicomFile(OFFilename(name.constData()), OFFilename(rootName.constData()));
        if (status.bad())
            return Error::make(Error::Kind::MalformedData,
                               tr("%1 could not be listed in the DICOMDIR.").arg(files[i]),
                               QString::fromLatin1(status.text()));
    }
    if (status.good())
        status = directory.writeDicomDir();
    if (status.bad())
        return Error::make(Error::Kind::Storage,
                           tr("Could not write the DICOMDIR in %1.").arg(root),
                           QString::fromLatin1(status.text()));
    return Done{};
}

} // namespace sightline
