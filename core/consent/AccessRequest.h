#pragma once
// One question put to the consent engine: who asks (actor, roles), why (purposes of use), to do
// what (actions), about which data (type, codes, labels, date, references), when, and with what
// clearance. describe() fills the data part from a FHIR resource. Pure value; thread-safe.

#include "consent/Coding.h"

#include <QJsonObject>
#include <QStringList>

#include <limits>

namespace sightline {

struct AccessRequest {
    static constexpr qint64 noDate = std::numeric_limits<qint64>::min();

    QString actorReference; // "Organization/radiology"
    QList<Coding> actorRoles;
    QList<Coding> actions;

    QString resourceType;
    QString resourceReference; // "Observation/obs-1"
    QList<Coding> codes;       // code, category, type, modality … of the resource
    QList<Coding> securityLabels;
    qint64 resourceDateMs = noDate;
    QStringList references;   // what the resource refers to
    QStringList referencedBy; // what refers to the resource
    QStringList authors;
    QString patient;

    // What a what-if question left open. A provision's condition on an open field is not
    // checked (it cannot decide either way) and the explanation says so; describe() closes the
    // data fields it fills from a real resource.
    enum Open : quint8 {
        OpenNothing = 0,
        OpenActor = 1,
        OpenPurpose = 2,
        OpenAction = 4,
        OpenCode = 8,
        OpenDataDate = 16,
    };
    quint8 open = OpenNothing;
    bool isOpen(Open field) const { return (open & field) != 0; }

    qint64 atMs = 0;    // when access happens
    int clearance = -1; // confidentiality rank the user is cleared for; -1 = not checked

    // Purposes as asked, and with every ancestor added (ETREAT brings TREAT) for matching.
    void setPurposes(const QList<Coding>& purposes);
    const QList<Coding>& purposes() const { return m_purposes; }
    const QList<Coding>& purposeClosure() const { return m_purposeClosure; }

    // Fills the data part (type, reference, codes, labels, date, references, authors, patient).
    void describe(const QJsonObject& resource);
    // "Type/id" from a relative or absolute reference ("https://x/fhir/Patient/1/_history/2").
    static QString localReference(const QString& reference);
    // The clinically relevant date of a resource (effective, issued, authoredOn, started …).
    static qint64 clinicalDate(const QJsonObject& resource);

private:
    QList<Coding> m_purposes;
    QList<Coding> m_purposeClosure;
};

} // namespace sightline
