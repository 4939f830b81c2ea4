#pragma once
// Small Part-10 images made with DCMTK for tests that need real DICOM bytes of a given study,
// series, instance and patient (2×2 pixels, 8 bit, Secondary Capture). Link DCMTK::dcmdata.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <dcmtk/dcmdata/dctk.h>

namespace sightline::test {

struct SyntheticPatient {
    const char* id = "SL-7";
    const char* name = "Scripted^Pat";
    const char* birthDate = "19700301";
};

// Written under `dir` (DCMTK writes files) and read back.
inline QByteArray syntheticImage(const QString& study, const QString& series, const QString& sop,
                                 const QString& dir, const SyntheticPatient& patient = {}) {
    DcmFileFormat file;
    DcmDataset* data = file.getDataset();
    data->putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    data->putAndInsertString(DCM_SOPInstanceUID, sop.toLatin1().constData());
    data->putAndInsertString(DCM_StudyInstanceUID, study.toLatin1().constData());
    data->putAndInsertString(DCM_SeriesInstanceUID, series.toLatin1().constData());
    data->putAndInsertString(DCM_PatientID, patient.id);
    data->putAndInsertString(DCM_PatientName, patient.name);
    data->putAndInsertString(DCM_PatientBirthDate, patient.birthDate);
    data->putAndInsertString(DCM_Modality, "OT");
    data->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    data->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    data->putAndInsertUint16(DCM_Rows, 2);
    data->putAndInsertUint16(DCM_Columns, 2);
    data->putAndInsertUint16(DCM_BitsAllocated, 8);
    data->putAndInsertUint16(DCM_BitsStored, 8);
    data->putAndInsertUint16(DCM_HighBit, 7);
    data->putAndInsertUint16(DCM_PixelRepresentation, 0);
    const Uint8 pixels[4] = {0, 80, 160, 240};
    data->putAndInsertUint8Array(DCM_PixelData, pixels, 4);
    const QString path = dir + u'/' + sop + QStringLiteral(".dcm");
    if (file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).bad())
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sightline::test
