#include "fhir/PatientSearch.h"

#include "common/NameFolding.h"
#include "fhir/FhirSearchPager.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace sightline {

namespace {

QList<QJsonObject> patientsIn(const QJsonObject& bundle) {
    QList<QJsonObject> out;
    for (const QJsonValue& e : bundle.value(QLatin1String("entry")).toArray()) {
        const QJsonObject entry = e.toObject();
        const QString mode =
            entry.value(QLatin1String("search")).toObject().value(QLatin1String("mode")).toString();
        const QJsonObject resource = entry.value(QLatin1String("resource")).toObject();
        if (mode != QLatin1String("include") && mode != QLatin1String("outcome") &&
            resource.value(QLatin1String("resourceType")).toString() == QLatin1String("Patient"))
            out << resource;
    }
    return out;
}

// Every word of every name a patient has (official, usual, maiden …), folded.
QStringList nameWordsOf(const QJsonObject& patient) {
    QStringList words;
    for (const QJsonValue& n : patient.value(QLatin1String("name")).toArray()) {
        const QJsonObject name = n.toObject();
        words << names::foldedWords(name.value(QLatin1String("text")).toString());
        words << names::foldedWords(name.value(QLatin1String("family")).toString());
        for (const QJsonValue& given : name.value(QLatin1String("given")).toArray())
            words << names::foldedWords(given.toString());
    }
    return words;
}

// Every combination of the letters' spellings, "ga", "gá", …
QStringList combinations(const QList<QStringList>& letters) {
    QStringList out{QString()};
    for (const QStringList& spellings : letters) {
        QStringList next;
        for (const QString& prefix : out) {
            for (const QString& s : spellings)
                next << prefix + s;
        }
        out = next;
    }
    return out;
}

struct SecondPass {
    QString text;
    PatientSearch::Found found;
};

void searchIgnoringAccents(FhirClient* client, const QString& text, QObject* context,
                           const PatientSearch::Callback& callback) {
    const QStringList spellings = PatientSearch::spellingsFor(text);
    if (spellings.isEmpty())
        return callback(PatientSearch::Found{});
    auto pass = std::make_shared<SecondPass>();
    pass->text = text;
    pass->found.ignoringAccents = true;
    pass->found.prefix = names::fold(spellings.first());
    auto* pager = new FhirSearchPager(
        client, QStringLiteral("Patient"),
        {{QStringLiteral("name"), spellings.join(QLatin1Char(','))},
         {QStringLiteral("_count"), QString::number(PatientSearch::kSecondPassPageSize)}},
        PatientSearch::kSecondPassPages, context);
    QObject::connect(
        pager, &FhirSearchPager::pageReady, context, [pass](const QJsonObject& bundle, int page) {
            pass->found.patients << PatientSearch::matching(patientsIn(bundle), pass->text);
            if (page >= PatientSearch::kSecondPassPages && !FhirClient::nextLink(bundle).isEmpty())
                pass->found.incomplete = true;
        });
    QObject::connect(pager, &FhirSearchPager::finished, context,
                     [pass, pager, callback](const Result<int>& done) {
                         pager->deleteLater();
                         if (!done)
                             return callback(done.error());
                         callback(pass->found);
                     });
    pager->start();
}

} // namespace

PatientSearch::Criterion PatientSearch::criterionFor(const QString& text) {
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression digit(QStringLiteral("\\d"));
    const QString t = text.trimmed();
    if (date.match(t).hasMatch())
        return Criterion::BirthDate;
    if (t.contains(digit) || t.startsWith(QLatin1String("pat-")))
        return Criterion::Identifier;
    return Criterion::Name;
}

QStringList PatientSearch::spellingsFor(const QString& text) {
    const QStringList words = names::foldedWords(text);
    if (words.isEmpty())
        return {};
    QList<QStringList> letters;
    for (const QChar c : words.first().left(2)) {
        const QStringList s = names::spellingsOf(c);
        if (s.isEmpty())
            break;
        letters << s;
    }
    if (letters.isEmpty())
        return {};
    QStringList out = combinations(letters);
    if (letters.size() == 2) {
        // A name written with an apostrophe after its first letter (O'Connor, D'Angelo) and
        // typed without one: the server's prefix "oc" does not match "O'C".
        for (const QString& first : letters.first()) {
            out << first + QLatin1Char('\'') + letters.last().first()
                << first + QChar(0x2019) + letters.last().first();
        }
    }
    if (out.size() > kMaxSpellings)
        out = combinations({letters.first()});
    return out;
}

QList<QJsonObject> PatientSearch::matching(const QList<QJsonObject>& patients,
                                           const QString& text) {
    const QStringList typed = names::foldedWords(text);
    QList<QJsonObject> out;
    for (const QJsonObject& patient : patients) {
        if (names::matchesTyped(nameWordsOf(patient), typed))
            out << patient;
    }
    return out;
}

void PatientSearch::find(FhirClient* client, const QString& typed, QObject* context,
                         Callback callback) {
    const QString text = typed.trimmed();
    const Criterion criterion = criterionFor(text);
    const QString parameter = criterion == Criterion::BirthDate    ? QStringLiteral("birthdate")
                              : criterion == Criterion::Identifier ? QStringLiteral("identifier")
                                                                   : QStringLiteral("name");
    client->search(QStringLiteral("Patient"), {{parameter, text}}, FhirClient::SearchMethod::Get,
                   context,
                   [client, text, criterion, context, callback](const Result<FhirReply>& reply) {
                       if (!reply)
                           return callback(reply.error());
                       Found found;
                       found.patients = patientsIn(reply->resource);
                       if (!found.patients.isEmpty() || criterion == Criterion::BirthDate)
                           return callback(found);
                       if (criterion == Criterion::Name)
                           return searchIgnoringAccents(client, text, context, callback);
                       // An identifier that matches nobody may have been the patient's FHIR id.
                       client->search(QStringLiteral("Patient"), {{QStringLiteral("_id"), text}},
                                      FhirClient::SearchMethod::Get, context,
                                      [callback](const Result<FhirReply>& byId) {
                                          if (!byId)
                                              return callback(byId.error());
                                          callback(Found{patientsIn(byId->resource)});
                                      });
                   });
}

} // namespace sightline
