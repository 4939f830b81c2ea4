#include "smart/Pkce.h"
#include "smart/SmartScope.h"

#include <QSet>
#include <QTest>

using namespace sightline;
using P = SmartScope;

class TestSmartScope : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("resource");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("permissions");
        QTest::addColumn<bool>("v1");
        QTest::newRow("v2-rs") << "patient/Observation.rs" << true << "Observation"
                               << int(P::Read | P::Search) << false;
        QTest::newRow("v2-cruds") << "user/*.cruds" << true << "*"
                                  << int(P::Create | P::Read | P::Update | P::Delete | P::Search)
                                  << false;
        QTest::newRow("v2-c") << "user/AuditEvent.c" << true << "AuditEvent" << int(P::Create)
                              << false;
        QTest::newRow("v1-read") << "patient/*.read" << true << "*" << int(P::Read | P::Search)
                                 << true;
        QTest::newRow("v1-write") << "user/Observation.write" << true << "Observation"
                                  << int(P::Create | P::Update | P::Delete) << true;
        QTest::newRow("v1-star") << "system/Patient.*" << true << "Patient"
                                 << int(P::Create | P::Read | P::Update | P::Delete | P::Search)
                                 << true;
        QTest::newRow("qualified") << "patient/Observation.rs?category=laboratory" << true
                                   << "Observation" << int(P::Read | P::Search) << false;
        QTest::newRow("openid") << "openid" << false << "" << 0 << false;
        QTest::newRow("launch-patient") << "launch/patient" << false << "" << 0 << false;
        QTest::newRow("wrong-order") << "patient/Observation.sr" << false << "" << 0 << false;
        QTest::newRow("bad-context") << "practitioner/Patient.rs" << false << "" << 0 << false;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(bool, resource);
        QFETCH(QString, type);
        QFETCH(int, permissions);
        QFETCH(bool, v1);
        const auto scope = SmartScope::parse(text);
        QCOMPARE(scope.has_value(), resource);
        if (!scope)
            return;
        QCOMPARE(scope->resourceType, type);
        QCOMPARE(scope->permissions, permissions);
        QCOMPARE(scope->v1, v1);
    }

    void coverage() {
        const auto granted = SmartScopeSet::parse(
            QStringLiteral("openid fhirUser launch/patient patient/ImagingStudy.rs "
                           "patient/Observation.rs?category=laboratory user/AuditEvent.c"));
        QVERIFY(granted.covers(QStringLiteral("ImagingStudy"), P::Search));
        QVERIFY(!granted.covers(QStringLiteral("ImagingStudy"), P::Create));
        QVERIFY(!granted.covers(QStringLiteral("Observation"), P::Read)); // only a category of them
        QVERIFY(granted.covers(QStringLiteral("AuditEvent"), P::Create));
        QVERIFY(!granted.covers(QStringLiteral("Consent"), P::Read));
        QCOMPARE(granted.otherScopes(),
                 (QStringList{QStringLiteral("openid"), QStringLiteral("fhirUser"),
                              QStringLiteral("launch/patient")}));
        const auto requested = SmartScopeSet::parse(
            QStringLiteral("openid patient/ImagingStudy.rs patient/Consent.rs offline_access"));
        QCOMPARE(granted.missingFrom(requested), (QStringList{QStringLiteral("patient/Consent.rs"),
                                                              QStringLiteral("offline_access")}));
    }

    void pkceRfc7636Vector() {
        // RFC 7636 Appendix B.
        QCOMPARE(PkcePair::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const PkcePair pair = PkcePair::generate();
        QCOMPARE(pair.verifier.size(), 43);
        QCOMPARE(PkcePair::challengeFor(pair.verifier), pair.challenge);
        QSet<QByteArray> states;
        for (int i = 0; i < 1000; ++i)
            states.insert(OAuthRandom::urlSafe(16));
        QCOMPARE(states.size(), 1000);
        QCOMPARE(OAuthRandom::urlSafe(16).size(), 22); // 128 bits in base64url
    }
};

QTEST_GUILESS_MAIN(TestSmartScope)
#include "TestSmartScope.moc"
