#include "common/NameFolding.h"
#include "fhir/PatientSearch.h"
#include "support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace sightline;
using namespace sightline::test;

// Patient search from what a user types, against a scripted FHIR server that matches accents
// exactly (as some do): the criterion chosen, the FHIR-id fallback, and the second pass that
// finds "García" for "garcia".
class TestPatientSearch : public QObject {
    Q_OBJECT

    static QJsonObject patient(const QString& id, const QString& family, const QStringList& given) {
        return QJsonObject{
            {"resourceType", "Patient"},
            {"id", id},
            {"name", QJsonArray{QJsonObject{{"family", family},
                                            {"given", QJsonArray::fromStringList(given)}}}}};
    }
    static ScriptedReply bundle(const QList<QJsonObject>& patients, const QString& next = {}) {
        QJsonArray entries;
        for (const QJsonObject& p : patients)
            entries.append(
                QJsonObject{{"resource", p}, {"search", QJsonObject{{"mode", "match"}}}});
        QJsonObject b{{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", entries}};
        if (!next.isEmpty())
            b.insert("link", QJsonArray{QJsonObject{{"relation", "next"}, {"url", next}}});
        return jsonReply(200, QJsonDocument(b).toJson(QJsonDocument::Compact));
    }
    static QString nameParameter(const RecordedRequest& r) {
        return QUrlQuery(r.url).queryItemValue("name", QUrl::FullyDecoded);
    }

    // Runs a search to its end.
    static Result<PatientSearch::Found> run(FakeNetworkAccessManager& network,
                                            const QString& text) {
        FhirClient client(&network, nullptr, QUrl("https://fhir.example/r4"));
        std::optional<Result<PatientSearch::Found>> result;
        QObject context;
        PatientSearch::find(&client, text, &context,
                            [&](const Result<PatientSearch::Found>& r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result.value_or(Result<PatientSearch::Found>(Error{}));
    }

private slots:
    void foldsNamesAsPeopleReadThem_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("folded");
        QTest::newRow("Spanish") << "García"
                                 << "garcia";
        QTest::newRow("Vietnamese") << "Nguyễn Văn"
                                    << "nguyen van";
        QTest::newRow("Swedish") << "Åsa Björk"
                                 << "asa bjork";
        QTest::newRow("apostrophe") << "O’Connor"
                                    << "oconnor";
        QTest::newRow("Danish") << "Søren Ærø"
                                << "soren aero";
        QTest::newRow("German") << "Straße"
                                << "strasse";
        QTest::newRow("Polish") << "Łukasz Wałęsa"
                                << "lukasz walesa";
        QTest::newRow("Turkish") << "Işık Güneş"
                                 << "isik gunes";
        QTest::newRow("Icelandic") << "Þóra"
                                   << "thora";
    }
    void foldsNamesAsPeopleReadThem() {
        QFETCH(QString, name);
        QFETCH(QString, folded);
        QCOMPARE(names::fold(name), folded);
    }

    void matchesEveryTypedWordToTheStartOfAName() {
        const QStringList garcia = names::foldedWords("García María-José");
        QVERIFY(names::matchesTyped(garcia, names::foldedWords("garcia")));
        QVERIFY(names::matchesTyped(garcia, names::foldedWords("GAR, mar")));
        QVERIFY(names::matchesTyped(garcia, names::foldedWords("jose")));
        QVERIFY(!names::matchesTyped(garcia, names::foldedWords("garcias")));
        QVERIFY(!names::matchesTyped(garcia, names::foldedWords("arcia")));
        QVERIFY(!names::matchesTyped(garcia, names::foldedWords("garcia lopez")));
        QVERIFY(!names::matchesTyped(garcia, {}));
    }

    void spellingsComeFromUnicode() {
        const QStringList n = names::spellingsOf('n');
        QCOMPARE(n.first(), QStringLiteral("n"));
        QVERIFY(n.contains("ñ") && n.contains("ń") && n.contains("ň"));
        const QStringList o = names::spellingsOf('o');
        QVERIFY(o.contains("ø") && o.contains("ő") && o.contains("ơ") && o.contains("ỗ"));
        QVERIFY(!o.contains("O") && !o.contains("a"));
        QVERIFY(names::spellingsOf('d').contains("đ"));
        QVERIFY(names::spellingsOf(QChar(0x0434)).isEmpty()); // Cyrillic д: not a Latin letter
    }

    void theSecondPassAsksForBoundedSpellings() {
        const QStringList ga = PatientSearch::spellingsFor("garcia");
        QVERIFY(ga.contains("ga") && ga.contains("gá") && ga.contains("ğa") && ga.contains("gặ"));
        QVERIFY(ga.size() <= PatientSearch::kMaxSpellings);
        for (const QString& s : ga)
            QCOMPARE(names::fold(s), QStringLiteral("ga")); // apostrophes fold away
        const QStringList oc = PatientSearch::spellingsFor("oconnor");
        QVERIFY(oc.size() <= PatientSearch::kMaxSpellings);
        QVERIFY(oc.contains("oc") && oc.contains("óc") && oc.contains("o'c") && oc.contains("o’c"));
        // Two vowels have too many spellings together: the first letter alone then.
        const QStringList ao = PatientSearch::spellingsFor("aoife");
        QVERIFY(ao.size() <= PatientSearch::kMaxSpellings);
        QVERIFY(ao.contains("a") && ao.contains("å"));
        QVERIFY(PatientSearch::spellingsFor("  ").isEmpty());
        QVERIFY(PatientSearch::spellingsFor("Дмитрий").isEmpty());
    }

    void whatWasTypedDecidesTheCriterion() {
        QCOMPARE(PatientSearch::criterionFor("1958-03-14"), PatientSearch::Criterion::BirthDate);
        QCOMPARE(PatientSearch::criterionFor("SL-1001"), PatientSearch::Criterion::Identifier);
        QCOMPARE(PatientSearch::criterionFor("pat-garcia"), PatientSearch::Criterion::Identifier);
        QCOMPARE(PatientSearch::criterionFor(" García "), PatientSearch::Criterion::Name);
    }

    void aNameFoundAsTypedNeedsNoSecondPass() {
        FakeNetworkAccessManager network;
        network.setHandler(
            [](const RecordedRequest&) { return bundle({patient("p1", "Garcia", {"Ana"})}); });
        const auto found = run(network, "garcia");
        QVERIFY(found);
        QCOMPARE(found->patients.size(), 1);
        QVERIFY(!found->ignoringAccents);
        QCOMPARE(network.requests().size(), 1);
        QCOMPARE(nameParameter(network.requests().first()), QStringLiteral("garcia"));
    }

    void aServerThatMatchesAccentsExactlyStillFindsGarcia() {
        FakeNetworkAccessManager network;
        // The server: names match from their start, ignoring case but not accents.
        const QList<QJsonObject> everyone{
            patient("p1", "García", {"María", "José"}), patient("p2", "Garza", {"Luis"}),
            patient("p3", "Gärtner", {"Anna"}), patient("p4", "Müller", {"Jürgen"})};
        network.setHandler([&](const RecordedRequest& r) {
            QList<QJsonObject> hits;
            for (const QJsonObject& p : everyone) {
                const QJsonObject n = p["name"].toArray().first().toObject();
                for (const QString& wanted : nameParameter(r).split(',')) {
                    if (n["family"].toString().startsWith(wanted, Qt::CaseInsensitive)) {
                        hits << p;
                        break;
                    }
                }
            }
            return bundle(hits);
        });
        const auto found = run(network, "garcia");
        QVERIFY2(found, qPrintable(found.error().toString()));
        QCOMPARE(found->patients.size(), 1);
        QCOMPARE(found->patients.first()["id"].toString(), QStringLiteral("p1"));
        QVERIFY(found->ignoringAccents);
        QVERIFY(!found->incomplete);
        QCOMPARE(found->prefix, QStringLiteral("ga"));
        QCOMPARE(network.requests().size(), 2);
        const QString second = nameParameter(network.requests().at(1));
        QVERIFY(second.split(',').contains("ga") && second.split(',').contains("gä"));
        QCOMPARE(QUrlQuery(network.requests().at(1).url).queryItemValue("_count"),
                 QString::number(PatientSearch::kSecondPassPageSize));

        // What was typed with accents finds the name stored without them, too.
        const auto plain = run(network, "Gärtner");
        QVERIFY(plain);
        QCOMPARE(plain->patients.size(), 1);
        QCOMPARE(plain->patients.first()["id"].toString(), QStringLiteral("p3"));
    }

    void theSecondPassStopsAtItsPageLimitAndSaysSo() {
        FakeNetworkAccessManager network;
        int pages = 0;
        network.setHandler([&](const RecordedRequest& r) {
            if (nameParameter(r) == "gomez")
                return bundle({});
            ++pages;
            return bundle({patient(QString("p%1").arg(pages), "Gómez", {"Ana"})},
                          QString("https://fhir.example/r4/Patient?page=%1").arg(pages + 1));
        });
        const auto found = run(network, "gomez");
        QVERIFY(found);
        QCOMPARE(pages, PatientSearch::kSecondPassPages);
        QCOMPARE(found->patients.size(), PatientSearch::kSecondPassPages);
        QVERIFY(found->incomplete);
    }

    void anIdentifierThatMatchesNobodyIsTriedAsAnId() {
        FakeNetworkAccessManager network;
        network.setHandler([](const RecordedRequest& r) {
            const QUrlQuery q(r.url);
            return q.hasQueryItem("_id") ? bundle({patient("pat-7", "Doe", {"Jo"})}) : bundle({});
        });
        const auto found = run(network, "pat-7");
        QVERIFY(found);
        QCOMPARE(found->patients.size(), 1);
        QCOMPARE(network.requests().size(), 2);
        QVERIFY(QUrlQuery(network.requests().first().url).hasQueryItem("identifier"));
    }

    void aFailedSearchSaysWhy() {
        FakeNetworkAccessManager network;
        network.setHandler([](const RecordedRequest&) {
            return jsonReply(
                400,
                R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"exception","diagnostics":"database down"}]})");
        });
        const auto found = run(network, "1958-03-14");
        QVERIFY(!found);
        QVERIFY(found.error().toString().contains("database down"));
    }
};

QTEST_GUILESS_MAIN(TestPatientSearch)
#include "TestPatientSearch.moc"
