#include "imaging/MultipartReader.h"
#include "support/ArrivingBytes.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sightline;

using test::ArrivingBytes;

// The streaming multipart reader: identical parts whatever the fragment sizes, the boundary
// forms servers send, preamble/epilogue/padding, and truncated or malformed bodies.
class TestMultipartReader : public QObject {
    Q_OBJECT

    static QByteArray body(const QList<QByteArray>& parts, const QByteArray& boundary,
                           bool closed = true) {
        QByteArray out = "preamble that readers ignore\r\n";
        for (int i = 0; i < parts.size(); ++i) {
            out += "--" + boundary + (i % 2 ? " \t" : "") + "\r\n"; // padding on odd parts
            out += "Content-Type: application/dicom; transfer-syntax=1.2.840.10008.1.2.1\r\n";
            out += "Content-Location: /instances/" + QByteArray::number(i) + "\r\n\r\n";
            out += parts[i] + "\r\n";
        }
        if (closed)
            out += "--" + boundary + "--\r\nepilogue";
        return out;
    }

    static QList<QByteArray> randomParts(QRandomGenerator& random, int count) {
        QList<QByteArray> parts;
        for (int i = 0; i < count; ++i) {
            QByteArray part(random.bounded(0, 20000), Qt::Uninitialized);
            for (char& c : part)
                c = char(random.bounded(256));
            // Near-misses of the delimiter inside the data.
            part.insert(part.size() / 2, "\r\n--sightline-boundar");
            part.append("\r\n-");
            parts << part;
        }
        return parts;
    }

    enum class Through { Bytes, Device };
    static Result<QList<MultipartPart>> read(const QByteArray& data, const QByteArray& boundary,
                                             QRandomGenerator* fragments,
                                             Through through = Through::Bytes) {
        QList<MultipartPart> parts;
        MultipartReader reader(boundary, [&](MultipartPart&& p) {
            parts.append(std::move(p));
            return Status(Done{});
        });
        if (through == Through::Device) {
            ArrivingBytes device(data);
            while (!device.allArrived()) {
                device.arrive(fragments ? fragments->bounded(1, 200000) : data.size());
                if (const Status s = reader.feed(device); !s)
                    return s.error();
                if (device.bytesAvailable() != 0)
                    return Error::make(Error::Kind::None, QStringLiteral("bytes left unread"));
            }
            if (const Status s = reader.finish(); !s)
                return s.error();
            return parts;
        }
        qsizetype at = 0;
        while (at < data.size()) {
            const qsizetype n =
                fragments ? std::min<qsizetype>(fragments->bounded(1, 5000), data.size() - at)
                          : data.size();
            if (const Status s = reader.feed(QByteArrayView(data).sliced(at, n)); !s)
                return s.error();
            at += n;
        }
        if (const Status s = reader.finish(); !s)
            return s.error();
        return parts;
    }

    // Handlers: one that keeps every part's body, one that refuses every part (counting them).
    static MultipartReader::PartHandler collectingBodies(QList<QByteArray>& bodies) {
        return [&bodies](MultipartPart&& part) {
            bodies << part.body;
            return Status(Done{});
        };
    }
    static MultipartReader::PartHandler refusingEveryPart(int& seen) {
        return [&seen](MultipartPart&&) {
            ++seen;
            return Status(Error::make(Error::Kind::MalformedData, QStringLiteral("not DICOM")));
        };
    }

private slots:
    void boundaryForms_data() {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("boundary");
        QTest::newRow("unquoted") << QByteArray("multipart/related; type=application/dicom; "
                                                "boundary=abc123")
                                  << QByteArray("abc123");
        QTest::newRow("quoted") << QByteArray("multipart/related; type=\"application/dicom\"; "
                                              "boundary=\"a b:c\"")
                                << QByteArray("a b:c");
        QTest::newRow("first, upper-case name")
            << QByteArray("Multipart/Related;BOUNDARY=xyz;type=application/dicom")
            << QByteArray("xyz");
    }
    void boundaryForms() {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, boundary);
        QCOMPARE(MultipartReader::boundaryOf(contentType).value(), boundary);
    }

    void notMultipartOrNoBoundary() {
        QVERIFY(!MultipartReader::boundaryOf("application/dicom").ok());
        QVERIFY(!MultipartReader::boundaryOf("multipart/related; type=application/dicom").ok());
    }

    // The parts of a body read whole and read in random fragments are the parts it was made of.
    static void readsIdentically(const QList<QByteArray>& expected, QRandomGenerator& random) {
        const QByteArray boundary = "sightline-boundary-7f3a";
        const QByteArray data = body(expected, boundary);
        const auto whole = read(data, boundary, nullptr);
        const auto pieces = read(data, boundary, &random);
        // Read straight from a device as the network delivers: pieces of up to 200 kB.
        const auto arriving = read(data, boundary, &random, Through::Device);
        QVERIFY2(whole.ok(), qPrintable(whole.error().toString()));
        QVERIFY2(pieces.ok(), qPrintable(pieces.error().toString()));
        QVERIFY2(arriving.ok(), qPrintable(arriving.error().toString()));
        QCOMPARE(whole->size(), expected.size());
        QCOMPARE(pieces->size(), expected.size());
        QCOMPARE(arriving->size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(whole->at(i).body, expected[i]);
            QCOMPARE(pieces->at(i).body, expected[i]);
            QCOMPARE(arriving->at(i).body, expected[i]);
            QCOMPARE(arriving->at(i).header("content-location"),
                     "/instances/" + QByteArray::number(i));
            QCOMPARE(pieces->at(i).mediaType(), QByteArray("application/dicom"));
            QCOMPARE(pieces->at(i).header("content-location"),
                     "/instances/" + QByteArray::number(i));
        }
    }

    void randomFragmentsGiveIdenticalParts() {
        QRandomGenerator random(20261123);
        for (int round = 0; round < 30 && !QTest::currentTestFailed(); ++round)
            readsIdentically(randomParts(random, random.bounded(1, 8)), random);
    }

    void manyLargePartsInOneChunk() {
        // The network hands over megabytes at once when the reader falls behind; the reader takes
        // them a slice at a time, so part bodies, headers and delimiters straddle slice edges.
        QRandomGenerator random(20261124);
        QList<QByteArray> expected;
        for (int i = 0; i < 12; ++i) {
            QByteArray part(random.bounded(40000, 300000), Qt::Uninitialized);
            for (char& c : part)
                c = char(random.bounded(256));
            part.insert(random.bounded(part.size()),
                        "\r\n--sightline-boundary-7f3X"); // a near miss
            expected << part;
        }
        readsIdentically(expected, random);
    }

    void handlerErrorStopsReadingWithinALargeChunk() {
        int seen = 0;
        MultipartReader reader("b", refusingEveryPart(seen));
        const QByteArray part(200000, 'x');
        const QByteArray data = "--b\r\n\r\n" + part + "\r\n--b\r\n\r\n" + part +
                                "\r\n--b\r\n\r\n" + part + "\r\n--b--";
        const Status s = reader.feed(data);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("not DICOM"));
        QCOMPARE(seen, 1);
        QVERIFY(!reader.finish().ok());
    }

    void aDeviceIsReadToItsEnd() {
        // Everything available is taken, the epilogue after the closing delimiter too (it is
        // ignored), so the network is never left holding bytes it will not offer again.
        QList<QByteArray> seen;
        MultipartReader reader("b", collectingBodies(seen));
        ArrivingBytes device("--b\r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--\r\nan epilogue");
        device.arrive(16); // the first part and the delimiter after it
        QVERIFY(reader.feed(device).ok());
        QCOMPARE(device.bytesAvailable(), 0);
        QCOMPARE(seen, QList<QByteArray>{"one"});
        device.arrive(1000);
        QVERIFY(reader.feed(device).ok());
        QCOMPARE(device.bytesAvailable(), 0);
        QCOMPARE(seen, (QList<QByteArray>{"one", "two"}));
        QVERIFY(reader.finish().ok());
    }

    void aHandlerErrorStopsReadingTheDevice() {
        int seen = 0;
        MultipartReader reader("b", refusingEveryPart(seen));
        const QByteArray part(200000, 'x');
        ArrivingBytes device("--b\r\n\r\n" + part + "\r\n--b\r\n\r\n" + part + "\r\n--b--");
        device.arrive(1 << 20);
        const Status s = reader.feed(device);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("not DICOM"));
        QCOMPARE(seen, 1);
        QVERIFY(device.bytesAvailable() > 0); // the rest is not read
        QVERIFY(!reader.finish().ok());
    }

    void byteAtATime() {
        const QByteArray data = body({"one", QByteArray(), "three\r\n"}, "b");
        QList<QByteArray> bodies;
        MultipartReader reader("b", collectingBodies(bodies));
        for (char c : data)
            QVERIFY(reader.feed(QByteArrayView(&c, 1)).ok());
        QVERIFY(reader.finish().ok());
        QCOMPARE(bodies, (QList<QByteArray>{"one", QByteArray(), "three\r\n"}));
    }

    void noPreambleNoHeaders() {
        const QByteArray data = "--b\r\n\r\nfirst\r\n--b\r\n\r\nsecond\r\n--b--";
        const auto parts = read(data, "b", nullptr);
        QVERIFY(parts.ok());
        QCOMPARE(parts->size(), 2);
        QCOMPARE(parts->at(1).body, QByteArray("second"));
        QVERIFY(parts->at(0).headers.isEmpty());
    }

    // "--boundary" opens the body only at its very start; later it must follow CRLF, however
    // the network cut the bytes (the reader once took it for the opening delimiter after a
    // chunk boundary; found by FuzzMultipartReader).
    void dashBoundaryInsideThePreambleIsNoDelimiter() {
        QByteArray withNul = "preamble";
        withNul += '\0'; // anything but CRLF before the dashes
        withNul += "--b\r\n\r\nnot a part\r\n--b\r\n\r\nreal\r\n--b--";
        for (const qsizetype chunk : {qsizetype(1), qsizetype(5), qsizetype(9), withNul.size()}) {
            QList<QByteArray> bodies;
            MultipartReader reader("b", collectingBodies(bodies));
            for (qsizetype at = 0; at < withNul.size(); at += chunk)
                QVERIFY(
                    reader
                        .feed(QByteArrayView(withNul).sliced(at, qMin(chunk, withNul.size() - at)))
                        .ok());
            QVERIFY(reader.finish().ok());
            QCOMPARE(bodies, QList<QByteArray>{"real"});
        }
    }

    void truncatedBodyKeepsCompleteParts() {
        const QByteArray data = body({"complete", "cut short here"}, "b", false);
        QList<QByteArray> bodies;
        MultipartReader reader("b", collectingBodies(bodies));
        QVERIFY(reader.feed(data.left(data.size() - 6)).ok());
        const Status end = reader.finish();
        QVERIFY(!end.ok());
        QCOMPARE(end.error().kind, Error::Kind::MalformedData);
        QVERIFY(end.error().message.contains(QLatin1String("cut short")));
        QCOMPARE(bodies, QList<QByteArray>{"complete"});
    }

    void malformed_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("no boundary at all") << QByteArray("just some bytes");
        QTest::newRow("text after boundary") << QByteArray("--b junk\r\n\r\nx\r\n--b--");
        QTest::newRow("header without colon")
            << QByteArray("--b\r\nnot a header\r\n\r\nx\r\n--b--");
        QTest::newRow("empty") << QByteArray();
    }
    void malformed() {
        QFETCH(QByteArray, data);
        const auto parts = read(data, "b", nullptr);
        QVERIFY(!parts.ok());
        QCOMPARE(parts.error().kind, Error::Kind::MalformedData);
    }

    void handlerErrorStopsReading() {
        int seen = 0;
        MultipartReader reader("b", refusingEveryPart(seen));
        const Status s = reader.feed("--b\r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("not DICOM"));
        QCOMPARE(seen, 1);
        QVERIFY(!reader.feed("more").ok());
    }
};

QTEST_GUILESS_MAIN(TestMultipartReader)
#include "TestMultipartReader.moc"
