#pragma once
// For imaging tests: what a user does with a study of a server — find it, then retrieve it
// into the image cache — waited for, with the outcome (and the study as found, for tests that
// open it afterwards).

#include "imaging/ImagingService.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace sightline::test {

// The study as the server's search finds it (and, in `identity`, whom it shows); an empty
// record when it is not found.
inline ImagingStudyRecord findStudy(ImagingService& imaging, const ServerProfile& server,
                                    const QString& studyUid, PatientIdentity* identity = nullptr) {
    std::optional<Result<PatientStudies>> found;
    QObject context;
    imaging.findStudy(server, studyUid, &context,
                      [&](const Result<PatientStudies>& r) { found = r; });
    if (!QTest::qWaitFor([&] { return found.has_value(); }, 30000) || !found->ok() ||
        found->value().studies.isEmpty())
        return {};
    if (identity)
        *identity = found->value().identity;
    return found->value().studies.first();
}

inline RetrieveOutcome findAndRetrieve(ImagingService& imaging, const ServerProfile& server,
                                       const QString& studyUid, const QStringList& series = {},
                                       const PatientIdentity& patient = {},
                                       bool cancelAtOnce = false,
                                       ImagingStudyRecord* foundStudy = nullptr) {
    std::optional<Result<PatientStudies>> found;
    QObject context;
    imaging.findStudy(server, studyUid, &context,
                      [&](const Result<PatientStudies>& r) { found = r; });
    RetrieveOutcome outcome;
    if (!QTest::qWaitFor([&] { return found.has_value(); }, 30000) || !found->ok() ||
        found->value().studies.isEmpty()) {
        outcome.errors << (found && !found->ok()
                               ? found->error()
                               : Error::make(Error::Kind::Timeout, QStringLiteral("not found")));
        return outcome;
    }
    if (foundStudy)
        *foundStudy = found->value().studies.first();
    Retrieval* retrieval =
        imaging.retrieve(server, found->value().studies.first(),
                         patient.isEmpty() ? found->value().identity : patient, series);
    if (!retrieval) {
        outcome.errors << Error::make(Error::Kind::None, QStringLiteral("not retrievable"));
        return outcome;
    }
    bool done = false;
    QObject::connect(retrieval, &Retrieval::finished, &context, [&](const RetrieveOutcome& o) {
        outcome = o;
        done = true;
    });
    if (cancelAtOnce)
        retrieval->cancel();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        outcome.errors << Error::make(Error::Kind::Timeout, QStringLiteral("no outcome"));
    return outcome;
}

} // namespace sightline::test
