#include "audit/AuditEventBuilder.h"
#include "audit/AuditForwarder.h"
#include "audit/AuditTrail.h"
#include "fhir/FhirClient.h"
#include "fhir/FhirSearchPager.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// Store-and-forward against the sandbox FHIR server: the target is down while events happen,
// comes up later, and then holds every event exactly once — also after a forced resend.
class TestAuditForwarderSandbox : public QObject {
    Q_OBJECT

    QSet<QString> forwardedTags(const QUrl& base) {
        QNetworkAccessManager network;
        FhirClient client(&network, nullptr, base);
        FhirSearchPager pager(&client, QStringLiteral("AuditEvent"),
                              {{QStringLiteral("_count"), QStringLiteral("100")}});
        QSet<QString> tags;
        int total = 0;
        connect(&pager, &FhirSearchPager::pageReady, this, [&](const QJsonObject& bundle) {
            for (const auto& entry : bundle.value(QLatin1String("entry")).toArray()) {
                ++total;
                for (const auto& tag : entry.toObject()
                                           .value(QLatin1String("resource"))
                                           .toObject()
                                           .value(QLatin1String("meta"))
                                           .toObject()
                                           .value(QLatin1String("tag"))
                                           .toArray())
                    if (tag.toObject().value(QLatin1String("system")).toString() ==
                        AuditForwarder::kTagSystem)
                        tags.insert(tag.toObject().value(QLatin1String("code")).toString());
            }
        });
        bool done = false;
        connect(&pager, &FhirSearchPager::finished, this, [&](const auto&) { done = true; });
        pager.start();
        QTest::qWaitFor([&] { return done; }, 20000);
        return total == tags.size() ? tags : QSet<QString>{}; // empty signals duplicates
    }

private slots:
    void downThenUpArrivesOnce() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        QTemporaryDir dir;
        ServerStore servers(dir.filePath(QStringLiteral("servers.ini")));
        ServerProfile repository;
        repository.name = QStringLiteral("Audit repository");
        repository.fhirBase = QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port));
        repository.forwardAudit = true;
        repository = servers.save(repository);

        QNetworkAccessManager network;
        auto trail = std::make_unique<AuditTrail>(dir.filePath(QStringLiteral("journal.db")));
        auto forwarder = std::make_unique<AuditForwarder>(trail.get(), &servers, &network, nullptr);
        forwarder->setBackoff(200, 1000);
        forwarder->start(100);
        for (int i = 0; i < 130; ++i) {
            trail->record(
                AuditEventBuilder::rest(QStringLiteral("read"), AuditEventBuilder::Action::Read)
                    .application(QStringLiteral("test-host"))
                    .patient(QStringLiteral("Patient/p%1").arg(i))
                    .build());
        }
        QVERIFY(trail->flush().ok());

        // Down: nothing listens; everything stays pending with a clear error.
        QTRY_VERIFY_WITH_TIMEOUT(forwarder->states().value(repository.id).failures >= 1, 10000);
        QCOMPARE(forwarder->states().value(repository.id).pending, 130);
        QVERIFY2(
            forwarder->states().value(repository.id).lastError.contains(QLatin1String("refused")),
            qPrintable(forwarder->states().value(repository.id).lastError));

        // Restart Sightline's side while the target is down: progress lives in the journal.
        forwarder.reset();
        trail = std::make_unique<AuditTrail>(dir.filePath(QStringLiteral("journal.db")));
        forwarder = std::make_unique<AuditForwarder>(trail.get(), &servers, &network, nullptr);
        forwarder->setBackoff(200, 1000);

        // Up: the sandbox FHIR server starts on that port.
        test::SandboxFixture sandbox;
        const QString error = sandbox.start({QStringLiteral("--fhir-port"), QString::number(port)});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        forwarder->start(100);
        QTRY_VERIFY_WITH_TIMEOUT(forwarder->states().value(repository.id).pending == 0 &&
                                     !forwarder->states().value(repository.id).busy &&
                                     forwarder->states().value(repository.id).failures == 0,
                                 30000);
        QCOMPARE(forwardedTags(repository.fhirBase).size(), 130);

        // A forced resend of everything (as after a crash before confirmation) adds nothing.
        trail->confirmForwarded(repository.id, 0);
        QVERIFY(trail->flush().ok());
        forwarder->forwardNow();
        QTRY_VERIFY_WITH_TIMEOUT(forwarder->states().value(repository.id).pending == 0 &&
                                     !forwarder->states().value(repository.id).busy,
                                 30000);
        QCOMPARE(forwardedTags(repository.fhirBase).size(), 130);
    }
};

QTEST_GUILESS_MAIN(TestAuditForwarderSandbox)
#include "TestAuditForwarderSandbox.moc"
