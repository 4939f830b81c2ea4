#include "gateway/CachedDicomWeb.h"
#include "gateway/DicomWebPath.h"
#include "gateway/LaunchTickets.h"
#include "gateway/LoopbackPeer.h"
#include "gateway/MultipartBody.h"
#include "gateway/OhifSite.h"
#include "gateway/PartHeaderFilter.h"
#include "gateway/UpstreamPipe.h"
#include "imaging/MultipartReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace sightline;

// The gateway's parts that need no server: DICOMweb paths, Accept matching, multipart bodies
// read in arbitrary pieces, the bounded upstream pipe, and the OHIF site's file rules.
class TestGatewayParts : public QObject {
    Q_OBJECT

private slots:
    void paths_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("resource");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("detail"); // study|series|instance|frames|bulk

        using R = DicomWebPath::Resource;
        using L = DicomWebPath::Level;
        QTest::newRow("studies") << "/studies" << true << int(R::Search) << int(L::None) << "||||";
        QTest::newRow("study") << "/studies/1.2" << true << int(R::Retrieve) << int(L::Study)
                               << "1.2||||";
        QTest::newRow("series search")
            << "/studies/1.2/series" << true << int(R::Search) << int(L::Study) << "1.2||||";
        QTest::newRow("study instances")
            << "/studies/1.2/instances" << true << int(R::Search) << int(L::Study) << "1.2||||";
        QTest::newRow("series metadata") << "/studies/1.2/series/3.4/metadata" << true
                                         << int(R::Metadata) << int(L::Series) << "1.2|3.4|||";
        QTest::newRow("instance") << "/studies/1.2/series/3.4/instances/5.6" << true
                                  << int(R::Retrieve) << int(L::Instance) << "1.2|3.4|5.6||";
        QTest::newRow("frames") << "/studies/1.2/series/3.4/instances/5.6/frames/1,3" << true
                                << int(R::Frames) << int(L::Instance) << "1.2|3.4|5.6|1,3|";
        QTest::newRow("rendered frame")
            << "/studies/1.2/series/3.4/instances/5.6/frames/2/rendered" << true << int(R::Rendered)
            << int(L::Instance) << "1.2|3.4|5.6|2|";
        QTest::newRow("bulk") << "/studies/1.2/series/3.4/instances/5.6/bulk/7fe00010" << true
                              << int(R::Bulk) << int(L::Instance) << "1.2|3.4|5.6||7FE00010";
        QTest::newRow("nested bulk")
            << "/studies/1.2/series/3.4/instances/5.6/bulk/54000100/1/54001010" << true
            << int(R::Bulk) << int(L::Instance) << "1.2|3.4|5.6||54000100/1/54001010";
        QTest::newRow("bulk path ending in a sequence")
            << "/studies/1.2/series/3.4/instances/5.6/bulk/54000100/1" << false << 0 << 0 << "";
        QTest::newRow("study rendered")
            << "/studies/1.2/rendered" << true << int(R::Rendered) << int(L::Study) << "1.2||||";
        QTest::newRow("all series")
            << "/series" << true << int(R::Search) << int(L::None) << "||||";
        QTest::newRow("not a uid") << "/studies/1.2.x" << false << 0 << 0 << "";
        QTest::newRow("leading zero") << "/studies/1.02.0000217/metadata" << true
                                      << int(R::Metadata) << int(L::Study) << "1.02.0000217||||";
        QTest::newRow("empty component") << "/studies/1..2" << false << 0 << 0 << "";
        QTest::newRow("traversal") << "/studies/../../etc/passwd" << false << 0 << 0 << "";
        QTest::newRow("frame zero")
            << "/studies/1.2/series/3.4/instances/5.6/frames/0" << false << 0 << 0 << "";
        QTest::newRow("frames of a series")
            << "/studies/1.2/series/3.4/frames/1" << false << 0 << 0 << "";
        QTest::newRow("bad bulk tag")
            << "/studies/1.2/series/3.4/instances/5.6/bulk/7fe0" << false << 0 << 0 << "";
        QTest::newRow("trailing junk") << "/studies/1.2/metadata/x" << false << 0 << 0 << "";
        QTest::newRow("other") << "/patients" << false << 0 << 0 << "";
        QTest::newRow("instance under study")
            << "/studies/1.2/instances/5.6" << false << 0 << 0 << "";
    }

    void paths() {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        const auto parsed = DicomWebPath::parse(path);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, resource);
        QFETCH(int, level);
        QFETCH(QString, detail);
        QCOMPARE(int(parsed->resource), resource);
        QCOMPARE(int(parsed->level), level);
        QStringList frames;
        for (int f : parsed->frames)
            frames << QString::number(f);
        QCOMPARE(QStringList({parsed->study, parsed->series, parsed->instance, frames.join(','),
                              parsed->bulkPath})
                     .join('|'),
                 detail);
        QCOMPARE(parsed->normalised, path);
    }

    void accepts_data() {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QString>("syntax");
        QTest::addColumn<bool>("accepted");
        const QString jpeg = "1.2.840.10008.1.2.4.50", ele = "1.2.840.10008.1.2.1";
        QTest::newRow("any syntax") << QByteArray("multipart/related; type=\"application/dicom\"; "
                                                  "transfer-syntax=*")
                                    << "application/dicom" << jpeg << true;
        QTest::newRow("default syntax only")
            << QByteArray("multipart/related; type=\"application/dicom\"") << "application/dicom"
            << jpeg << false;
        QTest::newRow("default syntax ok")
            << QByteArray("multipart/related; type=application/dicom") << "application/dicom" << ele
            << true;
        QTest::newRow("octets, unquoted, any")
            << QByteArray("multipart/related; type=application/octet-stream; transfer-syntax=*")
            << "image/jpeg" << jpeg << false;
        QTest::newRow("octets for native")
            << QByteArray("multipart/related; type=application/octet-stream; transfer-syntax=*")
            << "application/octet-stream" << ele << true;
        QTest::newRow("jpeg asked")
            << QByteArray("multipart/related; type=\"image/jpeg\"") << "image/jpeg" << jpeg << true;
        QTest::newRow("explicit other syntax")
            << QByteArray("multipart/related; type=\"application/dicom\"; "
                          "transfer-syntax=1.2.840.10008.1.2.4.80")
            << "application/dicom" << jpeg << false;
        QTest::newRow("list") << QByteArray("application/json, multipart/related; "
                                            "type=\"application/dicom\"; transfer-syntax=*")
                              << "application/dicom" << jpeg << true;
        QTest::newRow("anything") << QByteArray("*/*") << "image/jls"
                                  << "1.2.840.10008.1.2.4.80" << true;
        QTest::newRow("no accept header, native")
            << QByteArray() << "application/octet-stream" << ele << true;
    }

    void accepts() {
        QFETCH(QByteArray, accept);
        QFETCH(QString, mediaType);
        QFETCH(QString, syntax);
        QFETCH(bool, accepted);
        QCOMPARE(CachedDicomWeb::accepts(accept, mediaType, syntax), accepted);
    }

    void multipartBodyReadsBackInAnyPieces() {
        QTemporaryDir dir;
        QByteArray fileBytes(300000, '\0');
        for (int i = 0; i < fileBytes.size(); ++i)
            fileBytes[i] = char(i * 7);
        QFile file(dir.filePath("a.dcm"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileBytes);
        file.close();
        for (const qint64 piece : {1LL, 7LL, 4096LL, 1LL << 20}) {
            MultipartBody body("application/dicom");
            body.addFile("application/dicom", file.fileName(), fileBytes.size());
            body.addBytes("application/dicom", "small part\r\n--not a boundary");
            QByteArray all;
            while (all.size() < body.size()) {
                const QByteArray chunk = body.read(all.size(), piece);
                QVERIFY(!chunk.isEmpty());
                all += chunk;
            }
            QCOMPARE(all.size(), body.size());
            // The copy-free path gives the same bytes, piece by piece.
            QByteArray written;
            for (qint64 at = 0; at < body.size(); at += piece)
                QVERIFY(body.write(at, piece, [&](const char* data, qint64 size) {
                    written.append(data, qsizetype(size));
                    return true;
                }));
            QCOMPARE(written, all);
            QList<QByteArray> parts;
            MultipartReader reader(MultipartReader::boundaryOf(body.contentType()).value(),
                                   [&](MultipartPart&& part) -> Status {
                                       parts << part.body;
                                       return Done{};
                                   });
            QVERIFY(reader.feed(all));
            QVERIFY(reader.finish());
            QCOMPARE(parts, QList<QByteArray>({fileBytes, "small part\r\n--not a boundary"}));
        }
    }

    void multipartBodyFailsWhenAFileChanged() {
        QTemporaryDir dir;
        QFile file(dir.filePath("b.dcm"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("12345");
        file.close();
        MultipartBody body("application/dicom");
        body.addFile("application/dicom", file.fileName(), 10); // the index says 10 bytes
        QVERIFY(body.read(0, body.size()).isEmpty());
    }

    void pipePushesBackWhenFull() {
        UpstreamPipe pipe(100);
        int drained = 0;
        pipe.setOnDrained([&] { ++drained; });
        pipe.setHead({200, {{"Content-Type", "application/octet-stream"}}});
        pipe.push(QByteArray(60, 'a'));
        QVERIFY(pipe.hasRoom());
        pipe.push(QByteArray(60, 'b'));
        QVERIFY(!pipe.hasRoom()); // the producer stops reading here
        QByteArray chunk;
        QCOMPARE(pipe.read(&chunk, std::chrono::milliseconds(10)), UpstreamPipe::Read::Data);
        QCOMPARE(chunk, QByteArray(60, 'a'));
        QCOMPARE(drained, 1); // and is told to go on
        QCOMPARE(pipe.read(&chunk, std::chrono::milliseconds(10)), UpstreamPipe::Read::Data);
        QCOMPARE(pipe.read(&chunk, std::chrono::milliseconds(10)), UpstreamPipe::Read::TimedOut);
        pipe.fail("reset", true);
        QCOMPARE(pipe.read(&chunk, std::chrono::milliseconds(10)), UpstreamPipe::Read::Failed);
    }

    void pipeHandsOverAcrossThreads() {
        UpstreamPipe pipe(1 << 16);
        std::thread producer([&] {
            pipe.setHead({200, {}});
            for (int i = 0; i < 1000; ++i) {
                while (!pipe.hasRoom())
                    std::this_thread::yield();
                pipe.push(QByteArray(1000, char('a' + i % 26)));
            }
            pipe.finish();
        });
        UpstreamPipe::Failure failure;
        QVERIFY(pipe.waitHead(std::chrono::seconds(5), &failure));
        QByteArray all;
        QCOMPARE(pipe.readAll(&all, std::chrono::seconds(5), 10 << 20), UpstreamPipe::Read::End);
        producer.join();
        QCOMPARE(all.size(), 1000000);
        QCOMPARE(all.at(999999), 'a' + 999 % 26);
    }

    void cancelReachesTheProducer() {
        UpstreamPipe pipe;
        bool cancelled = false;
        pipe.setOnCancelled([&] { cancelled = true; });
        pipe.cancel();
        QVERIFY(cancelled);
        QVERIFY(pipe.isCancelled());
        UpstreamPipe::Failure failure;
        UpstreamPipe never;
        never.fail("Connection refused", true);
        QVERIFY(!never.waitHead(std::chrono::milliseconds(50), &failure));
        QCOMPARE(failure.reason, QString("Connection refused"));
        QVERIFY(failure.transport);
    }

    void ohifSiteServesOnlyItsOwnPublicFiles() {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath("site/assets");
        const QString site = dir.filePath("site");
        for (const char* name : {"index.html", "app-config.js", "app.bundle.js", "assets/a.png"}) {
            QFile f(site + '/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(name == QByteArray("index.html") ? "<script src=\"/app-config.js\"></script>"
                                                     : "x");
        }
        QFile secret(dir.filePath("secret.txt"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(secret.fileName(), site + "/link.txt"));
        const OhifSite ohif(site);
        QVERIFY(ohif.isAvailable());
        QVERIFY(ohif.staticFile("app.bundle.js"));
        QVERIFY(ohif.staticFile("assets/a.png"));
        QVERIFY(!ohif.staticFile("index.html"));    // generated per session
        QVERIFY(!ohif.staticFile("app-config.js")); // generated per session
        QVERIFY(!ohif.staticFile("../secret.txt"));
        QVERIFY(!ohif.staticFile("link.txt")); // a link out of the build
        QVERIFY(!ohif.staticFile("assets"));
        QVERIFY(!ohif.staticFile("missing.js"));
        QCOMPARE(ohif.indexHtml("/PREFIX/ohif/app-config.js"),
                 QByteArray("<script src=\"/PREFIX/ohif/app-config.js\"></script>"));
        QCOMPARE(OhifSite::mimeType("x.wasm"), QByteArray("application/wasm"));
        QCOMPARE(OhifSite::mimeType("x.js"), QByteArray("text/javascript; charset=utf-8"));
    }

    // The owner of a loopback peer, from the kernel's socket table: the peer's socket has its
    // port as the local end and the gateway's as the remote one.
    void loopbackPeerOwnerFromTheSocketTable() {
        const QByteArray table =
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
            "timeout inode\n"
            "   0: 0100007F:A3E1 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0   "
            "     0 1087 1 0000000000000000 100 0 0 10 0\n"
            "   1: 0100007F:A3E1 0100007F:D431 01 00000000:00000000 00:00000000 00000000     0   "
            "     0 2001 1 0000000000000000 20 4 30 10 -1\n"
            "   2: 0100007F:D431 0100007F:A3E1 01 00000000:00000000 00:00000000 00000000  1001   "
            "     0 2002 1 0000000000000000 20 4 30 10 -1\n";
        // The gateway listens on 0xA3E1; a peer connected from 0xD431 belongs to uid 1001.
        QCOMPARE(LoopbackPeer::ownerIn(table, 0xD431, 0xA3E1), std::optional<uint>(1001));
        QCOMPARE(LoopbackPeer::ownerIn(table, 0xA3E1, 0xD431), std::optional<uint>(0));
        QCOMPARE(LoopbackPeer::ownerIn(table, 0x1234, 0xA3E1), std::nullopt);
        QCOMPARE(LoopbackPeer::ownerIn("garbage\n: : :", 1, 2), std::nullopt);
        // Not taken on ports alone: another address, or a second row with the same ports.
        const QByteArray otherAddress =
            "   3: 0200007F:D432 0100007F:A3E1 01 00000000:00000000 00:00000000 00000000  1002\n"
            "   4: 0A00000A:D433 0100007F:A3E1 01 00000000:00000000 00:00000000 00000000  1003\n";
        QCOMPARE(LoopbackPeer::ownerIn(otherAddress, 0xD433, 0xA3E1), std::nullopt);
        QCOMPARE(LoopbackPeer::ownerIn(table + table.mid(table.indexOf("   2:")), 0xD431, 0xA3E1),
                 std::nullopt);
    }

    // A multipart body from a PACS whose parts carry their own addresses (Content-Location):
    // streamed through the filter in pieces of any size, every part header names the gateway
    // instead, and every part body arrives byte for byte, even a body that happens to contain
    // the same words.
    void partHeadersNameTheGatewayNotThePacs() {
        const QUrl pacs("http://pacs.example:8042/dicom-web");
        const QString gateway = "http://127.0.0.1:5000/s1/dicom-web";
        const QByteArray body = QByteArrayLiteral(
            "--b1\r\nContent-Type: application/dicom\r\n"
            "Content-Location: http://pacs.example:8042/dicom-web/studies/1/series/2/instances/3"
            "\r\n\r\nDICM\x00\x01"
            "Content-Location: http://pacs.example:8042/x\r\n\r\n--b2"
            "\r\n--b1\r\nContent-Type: application/dicom\r\n"
            "X-Origin: pacs.example:8042\r\n\r\nsecond part\r\n--b1--\r\nepilogue");
        const QByteArray expected = QByteArrayLiteral(
            "--b1\r\nContent-Type: application/dicom\r\n"
            "Content-Location: http://127.0.0.1:5000/s1/dicom-web/studies/1/series/2/instances/3"
            "\r\n\r\nDICM\x00\x01"
            "Content-Location: http://pacs.example:8042/x\r\n\r\n--b2"
            "\r\n--b1\r\nContent-Type: application/dicom\r\n"
            "\r\nsecond part\r\n--b1--\r\nepilogue");
        for (const int piece : {1, 2, 3, 7, 64, 100000}) {
            PartHeaderFilter filter("b1", pacs, gateway);
            QByteArray out;
            for (qsizetype at = 0; at < body.size(); at += piece)
                out += filter.feed(body.mid(at, piece));
            out += filter.finish();
            QVERIFY(!filter.failed());
            QCOMPARE(out, expected);
        }
        // A header block without end: not the multipart body it claims to be.
        PartHeaderFilter endless("b1", pacs, gateway);
        (void)endless.feed("--b1\r\nX: " + QByteArray(PartHeaderFilter::kMaxHeaderBlock + 10, 'a'));
        QVERIFY(endless.failed());
    }

    // A launch ticket leads to its address once, within its time; never again, never after.
    void launchTicketsAnswerOnce() {
        LaunchTickets tickets;
        const QString ticket = tickets.issue("/PREFIX/ohif/viewer?StudyInstanceUIDs=1.2.3");
        QVERIFY(ticket.size() >= 32);
        const GatewayAnswer first = tickets.redeem(ticket);
        QCOMPARE(first.status, 303);
        QVERIFY(first.headers.contains(qMakePair(
            QByteArray("Location"), QByteArray("/PREFIX/ohif/viewer?StudyInstanceUIDs=1.2.3"))));
        QCOMPARE(tickets.redeem(ticket).status, 410);
        QCOMPARE(tickets.redeem("no-such-ticket").status, 410);
        const QString shortLived =
            tickets.issue("/PREFIX/archive/1.2.3.zip", std::chrono::milliseconds(50));
        QTest::qWait(120);
        QCOMPARE(tickets.redeem(shortLived).status, 410);
        QVERIFY(tickets.issue("/a") != tickets.issue("/a"));
    }

    void ohifConfigPointsAtTheGateway() {
        const QByteArray config = OhifSite::appConfig(
            "/PREFIX/ohif", {{"abc", "Sandbox PACS", "http://127.0.0.1:1234/PREFIX/dicomweb/abc"}});
        QVERIFY(config.startsWith("// Generated by Sightline"));
        QVERIFY(config.contains("window.config = {"));
        QVERIFY(config.contains("\"routerBasename\": \"/PREFIX/ohif\""));
        QVERIFY(config.contains("\"qidoRoot\": \"http://127.0.0.1:1234/PREFIX/dicomweb/abc\""));
        QVERIFY(config.contains("\"defaultDataSourceName\": \"abc\""));
        QVERIFY(!config.contains("cloudfront"));
        // No study list of the whole archive: a viewer stays with the patient in context.
        QVERIFY(config.contains("\"showStudyList\": false"));
        // No onboarding tour: an empty tour list replaces OHIF's.
        const qsizetype tours = config.indexOf("\"ohif.tours\"");
        QVERIFY(tours > 0);
        QVERIFY(config.indexOf("\"$set\": [\n", tours) > tours);
    }
};

QTEST_GUILESS_MAIN(TestGatewayParts)
#include "TestGatewayParts.moc"
