#include "imaging/ImageRetriever.h"

#include "common/LogCategories.h"

namespace sightline {

void ImageRetriever::comparePatientOnce(const RetrieveRequest& request, const DicomHeader& header,
                                        bool& checked, RetrieveOutcome& outcome) {
    if (checked)
        return;
    checked = true;
    outcome.mismatch = PatientMatch::compare(request.expectedPatient, header);
    if (!outcome.mismatch.isMismatch())
        return;
    qCWarning(lcImaging) << "Patient mismatch in study" << request.studyUid << ":"
                         << outcome.mismatch.differences.join(QStringLiteral("; "));
    emit mismatchFound(outcome.mismatch);
}

} // namespace sightline
