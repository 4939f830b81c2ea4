#pragma once
// IHE Invoke Image Display (RAD-106) request URLs: requestType STUDY (study UIDs or an accession
// number) or PATIENT (CX patient id, name, birth date, date range, most recent results,
// modalities), with the display options. Values are percent-encoded exactly: everything but
// RFC 3986's unreserved characters, so "^" in a CX id becomes %5E; the comma that separates
// list values stays literal.

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sightline {

struct IidRequest {
    enum class Type { Study, Patient };
    Type type = Type::Study;
    // STUDY
    QStringList studyUids;
    QString accessionNumber;
    // PATIENT
    QString patientId;          // the id itself …
    QString assigningAuthority; // … and its authority: patientID=id^^^authority
    QString patientName;        // DICOM PN, "Family^Given"
    QDate patientBirthDate;
    QDateTime lowerDateTime;
    QDateTime upperDateTime;
    int mostRecentResults = 0;
    QStringList modalitiesInStudy;
    // Display
    QString viewerType;
    std::optional<bool> diagnosticQuality;
    std::optional<bool> keyImagesOnly;
};

class IidUrl {
public:
    // `viewerBase` is the IID viewer's base; "/IHEInvokeImageDisplay" is appended.
    static Result<QUrl> build(const QUrl& viewerBase, const IidRequest& request);
};

} // namespace sightline
