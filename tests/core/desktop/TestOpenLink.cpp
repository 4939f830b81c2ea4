#include "desktop/OpenLink.h"

#include <QTest>

using sightline::OpenLink;

// sightline://open links: what they name, and every way one can be wrong.
class TestOpenLink : public QObject {
    Q_OBJECT
private slots:
    void valid_data() {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("study");
        QTest::addColumn<QString>("viewer");
        QTest::newRow("server and study") << "sightline://open?server=PACS&study=1.2.840.1"
                                          << "PACS"
                                          << "1.2.840.1"
                                          << "";
        QTest::newRow("with a viewer") << "sightline://open?server=pacs-1&study=1.2.3&viewer=ohif"
                                       << "pacs-1"
                                       << "1.2.3"
                                       << "ohif";
        QTest::newRow("encoded name") << "sightline://open?server=St%20Mary%27s%20PACS&study=2.25.7"
                                      << "St Mary's PACS"
                                      << "2.25.7"
                                      << "";
        QTest::newRow("path form") << "sightline:open?study=1.2&server=x"
                                   << "x"
                                   << "1.2"
                                   << "";
    }
    void valid() {
        QFETCH(QString, link);
        QFETCH(QString, server);
        QFETCH(QString, study);
        QFETCH(QString, viewer);
        const auto parsed = OpenLink::fromUrl(QUrl(link));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->server, server);
        QCOMPARE(parsed->studyUid, study);
        QCOMPARE(parsed->viewerId, viewer);
    }

    void invalid_data() {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("reason");
        QTest::newRow("launch link") << "sightline://launch?iss=https://ehr/fhir&launch=x"
                                     << "Not a Sightline open link";
        QTest::newRow("other scheme") << "https://open?server=a&study=1.2"
                                      << "Not a Sightline open link";
        QTest::newRow("no server") << "sightline://open?study=1.2.3"
                                   << "names no server";
        QTest::newRow("no study") << "sightline://open?server=a"
                                  << "no valid study UID";
        QTest::newRow("path in study") << "sightline://open?server=a&study=../../etc"
                                       << "no valid study UID";
        QTest::newRow("shell in study") << "sightline://open?server=a&study=1.2;rm%20-rf"
                                        << "no valid study UID";
        QTest::newRow("letters in study") << "sightline://open?server=a&study=1.2.abc"
                                          << "no valid study UID";
        QTest::newRow("hostile viewer") << "sightline://open?server=a&study=1.2&viewer=%24(id)"
                                        << "no valid viewer";
    }
    void invalid() {
        QFETCH(QString, link);
        QFETCH(QString, reason);
        const auto parsed = OpenLink::fromUrl(QUrl(link));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestOpenLink)
#include "TestOpenLink.moc"
