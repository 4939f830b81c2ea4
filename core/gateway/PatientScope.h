#pragma once
// What a patient's viewer may see through the gateway: that patient's studies only. A path
// naming another study is refused, and so is a series or instance search across studies that
// does not name the patient's; a study search is answered with the patient's studies alone.

#include "gateway/DicomWebPath.h"
#include "gateway/GatewaySources.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sightline {

class PatientScope {
public:
    // Why the source's viewer may not make this request; empty when it may. `studyParameters`:
    // every value the request gives StudyInstanceUID (by keyword or tag).
    static QString refusal(const GatewaySource& source, const DicomWebPath& path,
                           const QStringList& studyParameters);
    // A study search's answer (a DICOM JSON array) with the source's studies only.
    static QByteArray onlyStudiesOf(const GatewaySource& source, const QByteArray& json);
    static bool isStudySearch(const DicomWebPath& path);
};

} // namespace sightline
