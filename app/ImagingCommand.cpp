#include "ImagingCommand.h"

#include "AppServices.h"

#include "ServerResolver.h"
#include "audit/AuditTrail.h"
#include "audit/FhirAuditor.h"
#include "cache/ImageCache.h"
#include "fhir/PatientSummary.h"
#include "imaging/ImagingService.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <unistd.h>

namespace sightline {

namespace {

QJsonObject studyJson(const ImagingStudyRecord& s, qint64 cached) {
    QJsonArray series;
    for (const ImagingSeriesRecord& r : s.series)
        series.append(QJsonObject{{QStringLiteral("uid"), r.uid},
                                  {QStringLiteral("number"), r.number},
                                  {QStringLiteral("modality"), r.modality},
                                  {QStringLiteral("description"), r.description},
                                  {QStringLiteral("instances"), r.numberOfInstances}});
    QJsonObject json{{QStringLiteral("studyUid"), s.studyUid},
                     {QStringLiteral("started"), s.started.toString(Qt::ISODate)},
                     {QStringLiteral("modalities"), QJsonArray::fromStringList(s.modalities)},
                     {QStringLiteral("description"), s.description},
                     {QStringLiteral("accession"), s.accession},
                     {QStringLiteral("instances"), s.numberOfInstances},
                     {QStringLiteral("cachedInstances"), cached},
                     {QStringLiteral("series"), series}};
    if (s.endpoint) // where the images are: a DICOMweb service, or a DICOM node (dicom://)
        json.insert(s.endpoint->isDicomWeb() ? QStringLiteral("dicomWeb")
                                             : QStringLiteral("dicomNode"),
                    s.endpoint->serviceBase.toString());
    if (!s.problem.isEmpty())
        json.insert(QStringLiteral("problem"), s.problem);
    return json;
}

} // namespace

QList<CommandSpec> ImagingCommand::commands() {
    const CommandArgument server{
        QStringLiteral("SERVER"),
        tr("a FHIR server, a PACS without FHIR (DICOMweb), or a DICOM node")};
    const CommandOption json{QStringLiteral("json"), {}, tr("print the answer as JSON")};
    CommandSpec studies;
    studies.name = QStringLiteral("studies");
    studies.summary = tr("A patient's imaging studies, and how much of each is cached.");
    studies.arguments = {server};
    studies.options = {{QStringLiteral("patient"), QStringLiteral("ID"),
                        tr("the patient: a FHIR Patient id (Patient/ID), or the DICOM PatientID "
                           "on a PACS without FHIR or a DICOM node"),
                        true},
                       json};
    studies.run = &ImagingCommand::studies;

    CommandSpec retrieve;
    retrieve.name = QStringLiteral("retrieve");
    retrieve.summary = tr("Retrieve a study (or some of its series) into the image cache: by "
                          "DICOMweb, or from a DICOM node by C-GET.");
    retrieve.arguments = {server,
                          {QStringLiteral("STUDY_UID"), tr("the study's Study Instance UID")}};
    retrieve.options = {
        {QStringLiteral("series"), QStringLiteral("UID"), tr("only this series"), false, true},
        {QStringLiteral("get"), {}, tr("from a DICOM node: by C-GET (whatever its settings say)")},
        {QStringLiteral("move"),
         {},
         tr("from a DICOM node: by C-MOVE to Sightline's receiving node, started for it")},
        {QStringLiteral("accept-remote"),
         {},
         tr("with --move: the receiving node accepts the node's connection from another "
            "computer")}};
    retrieve.run = &ImagingCommand::retrieve;

    CommandSpec stats;
    stats.name = QStringLiteral("cache stats");
    stats.summary = tr("What the image cache holds, and its budget.");
    stats.options = {json};
    stats.run = &ImagingCommand::cache;

    CommandSpec verify;
    verify.name = QStringLiteral("cache verify");
    verify.summary = tr("Check every cached image against its checksum.");
    verify.options = {{QStringLiteral("repair"),
                       {},
                       tr("remove missing, changed and stray files from the cache")}};
    verify.run = &ImagingCommand::cache;

    CommandSpec purge;
    purge.name = QStringLiteral("cache purge");
    purge.summary = tr("Remove a study, or everything, from the image cache.");
    purge.arguments = {{QStringLiteral("STUDY_UID"), tr("the study to remove"), false}};
    purge.options = {{QStringLiteral("all"), {}, tr("remove every study")}};
    purge.run = &ImagingCommand::cache;
    return {studies, retrieve, stats, verify, purge};
}

int ImagingCommand::studies(const CommandArguments& args) {
    AppServices s;
    const auto resolved = ServerResolver::resolve(args.argument(0), s.servers);
    if (!resolved) {
        QTextStream(stderr) << resolved.error().toString() << '\n';
        return 1;
    }
    if (const Status in = s.signIn(resolved->profile); !in) {
        QTextStream(stderr) << in.error().toString() << '\n';
        return 2;
    }
    int code = 2;
    const QString patientId = args.value(QStringLiteral("patient")).section(QLatin1Char('/'), -1);
    s.imaging.findStudies(
        resolved->profile, patientId, &s.imaging, [&](const Result<PatientStudies>& found) {
            QTextStream out(stdout);
            if (!found) {
                QTextStream(stderr) << found.error().toString() << '\n';
                return QCoreApplication::exit(2);
            }
            const ImageCache& cache = s.imaging.cache().forThisThread();
            const PatientSummary patient = PatientSummary::fromJson(found->patient);
            if (args.isSet(QStringLiteral("json"))) {
                QJsonArray studies;
                for (const ImagingStudyRecord& study : found->studies)
                    studies.append(studyJson(study, cache.cachedInstanceCount(study.studyUid)));
                out << QJsonDocument(QJsonObject{{QStringLiteral("patient"), patient.name},
                                                 {QStringLiteral("identifier"), patient.identifier},
                                                 {QStringLiteral("studies"), studies}})
                           .toJson(QJsonDocument::Indented);
            } else {
                out << patient.name << "  " << patient.identifier << "  "
                    << patient.birthDate.toString(Qt::ISODate) << '\n';
                for (const ImagingStudyRecord& study : found->studies) {
                    out << study.started.toUTC().toString(QStringLiteral("yyyy-MM-dd")) << "  "
                        << qSetFieldWidth(5) << Qt::left << study.modalities.join(QLatin1Char('/'))
                        << qSetFieldWidth(34) << study.description << qSetFieldWidth(0) << "  "
                        << QObject::tr("%1 series, %2 cached of %3")
                               .arg(study.numberOfSeries)
                               .arg(cache.cachedInstanceCount(study.studyUid))
                               .arg(study.numberOfInstances)
                        << "  " << study.studyUid;
                    if (!study.problem.isEmpty())
                        out << "  (" << study.problem << ')';
                    out << '\n';
                }
            }
            code = 0;
            QCoreApplication::exit(0);
        });
    QCoreApplication::exec();
    s.audit.flush();
    return code;
}

int ImagingCommand::retrieve(const CommandArguments& args) {
    AppServices s;
    const auto resolved = ServerResolver::resolve(args.argument(0), s.servers);
    const QString studyUid = args.argument(1);
    if (!resolved) {
        QTextStream(stderr) << resolved.error().toString() << '\n';
        return 1;
    }
    if (const Status in = s.signIn(resolved->profile); !in) {
        QTextStream(stderr) << in.error().toString() << '\n';
        return 2;
    }
    if (!ImageCache::isValidUid(studyUid)) {
        QTextStream(stderr) << QObject::tr("Not a DICOM UID: %1").arg(studyUid) << '\n';
        return 1;
    }
    ServerProfile server = resolved->profile;
    if (args.isSet(QStringLiteral("get")) && args.isSet(QStringLiteral("move")))
        return args.usageError(tr("--get and --move exclude each other"));
    if (args.isSet(QStringLiteral("move")))
        server.dicomNode.retrieve = DicomNodeAddress::Retrieve::Move;
    if (args.isSet(QStringLiteral("accept-remote"))) {
        StorageScpSettings receiving = s.receivingNode.settings();
        receiving.acceptRemote = true;
        if (const Status started = s.receivingNode.start(receiving); !started) {
            QTextStream(stderr) << started.error().toString() << '\n';
            return 2;
        }
    } else if (args.isSet(QStringLiteral("get")))
        server.dicomNode.retrieve = DicomNodeAddress::Retrieve::Get;
    int code = 2;
    QTextStream err(stderr);
    bool mismatch = false;
    const auto showProgress = [&err](const RetrieveProgress& p) {
        const QString size = QLocale().formattedDataSize(p.bytes);
        // The total is known once the PACS has listed the study.
        err << '\r'
            << (p.instancesTotal > 0
                    ? QObject::tr("Retrieving: %1 of %2 images, %3")
                          .arg(p.instancesDone)
                          .arg(p.instancesTotal)
                          .arg(size)
                    : QObject::tr("Retrieving: %n image(s), %1", nullptr, int(p.instancesDone))
                          .arg(size))
            << "\x1b[K" << Qt::flush;
    };
    const auto warnMismatch = [&err, &mismatch](const PatientMismatch& m) {
        mismatch = true;
        err << '\n'
            << QObject::tr("WARNING: PATIENT MISMATCH: %1")
                   .arg(m.differences.join(QStringLiteral("; ")))
            << '\n';
    };
    const auto report = [&](const RetrieveOutcome& o) {
        err << '\n'
            << QObject::tr("%1 stored, %2 were cached, %3 missing, in %4 s")
                   .arg(o.stored)
                   .arg(o.alreadyCached)
                   .arg(o.missing)
                   .arg(o.elapsedMs / 1000.0, 0, 'f', 1)
            << '\n';
        for (const Error& e : o.errors)
            err << "  " << e.toString() << '\n';
        for (const QString& note : o.notes)
            err << "  " << QObject::tr("Note: %1").arg(note) << '\n';
        for (const QString& shown : o.notDisplayable)
            err << "  " << QObject::tr("Cannot be shown: %1").arg(shown) << '\n';
        code = !o.complete() ? 2 : mismatch ? 3 : 0;
        QCoreApplication::exit(code);
    };
    s.imaging.findStudy(server, studyUid, &s.imaging, [&](const Result<PatientStudies>& found) {
        if (!found) {
            err << found.error().toString() << '\n';
            return QCoreApplication::exit(2);
        }
        const ImagingStudyRecord& study = found->studies.first();
        if (!study.retrievable()) {
            err << study.problem << '\n';
            return QCoreApplication::exit(2);
        }
        err << QObject::tr("%1 (%2) for %3")
                   .arg(study.description, study.studyUid,
                        PatientSummary::fromJson(found->patient).name)
            << '\n';
        Retrieval* retrieval = s.imaging.retrieve(server, study, found->identity,
                                                  args.values(QStringLiteral("series")));
        // A progress line rewritten in place on a terminal; logs and pipes
        // get only the outcome.
        if (::isatty(STDERR_FILENO))
            QObject::connect(retrieval, &Retrieval::progress, retrieval, showProgress);
        QObject::connect(retrieval, &Retrieval::mismatchFound, retrieval, warnMismatch);
        QObject::connect(retrieval, &Retrieval::finished, retrieval, report);
    });
    QCoreApplication::exec();
    s.audit.flush();
    return code;
}

int ImagingCommand::cache(const CommandArguments& args) {
    const bool all = args.isSet(QStringLiteral("all"));
    const QString studyUid = args.argument(0);
    if (args.is(QStringLiteral("cache purge")) && all == !studyUid.isEmpty()) // both, or neither
        return args.usageError(tr("cache purge takes a Study Instance UID or --all"));
    AppServices s;
    ImageCache& cache = s.imaging.cache().forThisThread();
    QTextStream out(stdout);
    if (!cache.openError().isEmpty()) {
        QTextStream(stderr)
            << QObject::tr("The image cache cannot be opened: %1").arg(cache.openError()) << '\n';
        return 2;
    }
    if (args.is(QStringLiteral("cache stats"))) {
        const CacheStats st = cache.stats();
        if (args.isSet(QStringLiteral("json"))) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("root"), cache.root()},
                                             {QStringLiteral("patients"), st.patients},
                                             {QStringLiteral("studies"), st.studies},
                                             {QStringLiteral("series"), st.series},
                                             {QStringLiteral("instances"), st.instances},
                                             {QStringLiteral("bytes"), st.bytes},
                                             {QStringLiteral("budgetBytes"), st.budgetBytes}})
                       .toJson(QJsonDocument::Indented);
        } else {
            const QLocale locale;
            out << QObject::tr(
                       "Image cache %1\n%2 patients, %3 studies, %4 series, %5 images\n%6 of "
                       "%7 used")
                       .arg(cache.root())
                       .arg(st.patients)
                       .arg(st.studies)
                       .arg(st.series)
                       .arg(st.instances)
                       .arg(locale.formattedDataSize(st.bytes),
                            locale.formattedDataSize(st.budgetBytes))
                << '\n';
        }
        return 0;
    }
    if (args.is(QStringLiteral("cache verify"))) {
        const CacheVerifyReport report = cache.verify(args.isSet(QStringLiteral("repair")));
        out << QObject::tr("%1 images checked: %2 missing, %3 changed, %4 stray files%5")
                   .arg(report.checked)
                   .arg(report.missing.size())
                   .arg(report.corrupt.size())
                   .arg(report.orphans.size())
                   .arg(report.repaired && !report.ok() ? QObject::tr(" — repaired") : QString())
            << '\n';
        return report.ok() || report.repaired ? 0 : 2;
    }
    const Status purged = all ? cache.purgeAll() : cache.purgeStudy(studyUid);
    if (!purged) {
        QTextStream(stderr) << purged.error().toString() << '\n';
        return 2;
    }
    out << (all ? QObject::tr("The image cache is empty")
                : QObject::tr("Study %1 removed from the cache").arg(studyUid))
        << '\n';
    return 0;
}

} // namespace sightline
