#pragma once
// What a Bulk Data $export asks for: the level (system, all patients, a Group), the kick-off
// parameters (_type, _since, _typeFilter, _elements, _outputFormat, includeAssociatedData) and
// how to send them (GET query or POST Parameters; Prefer: handling=lenient). Pure value.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace sightline {

struct BulkExportRequest {
    Q_DECLARE_TR_FUNCTIONS(BulkExportRequest)

public:
    enum class Level { System, Patient, Group };

    Level level = Level::System;
    QString groupId;
    QStringList types;
    QDateTime since; // invalid = everything
    QStringList typeFilters;
    QStringList elements;
    QString outputFormat = QStringLiteral("application/fhir+ndjson");
    QStringList includeAssociatedData;
    bool lenient = false;
    bool usePost = false;
    // Sightline's side, not the server's: also write de-identified copies of the files to
    // "deidentified/" (FhirDeidentifier), keyed by `keyFile` or a fresh random key.
    bool deidentify = false;
    QString keyFile;
    // Server-specific kick-off parameters, passed as given (GET query or Parameters strings).
    QList<QPair<QString, QString>> extraParameters;

    // The kick-off URL under `fhirBase` (with the parameters in the query for GET).
    QUrl kickoffUrl(const QUrl& fhirBase) const;
    // The Parameters resource for a POST kick-off.
    QJsonObject parameters() const;
    QUrlQuery query() const;
    QString describe() const; // "Group/export-cohort: Patient, Observation since …"
    // As stored with a job, and back.
    QJsonObject toJson() const;
    static BulkExportRequest fromJson(const QJsonObject& json);
};

} // namespace sightline
