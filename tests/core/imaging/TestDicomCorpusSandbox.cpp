#include "cache/ImageCache.h"
#include "dicom/DicomParser.h"
#include "gateway/DicomWebGateway.h"
#include "imaging/MultipartReader.h"
#include "imaging/StudyRetriever.h"
#include "support/MultipartBodies.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// DICOM Sightline was not written beside: the public test files of pydicom (Debian's
// python3-pydicom: every transfer syntax, character sets, multi-frame, SR, RT, ECG, broken
// files), loaded into Orthanc by the sandbox. Every study is retrieved into the cache: it ends
// complete or with a named reason, every series that has a picture gets a thumbnail or says why
// not, and the cache checks clean. Then Orthanc is the oracle for the gateway: for every cached
// instance, the gateway's metadata from the cache must equal Orthanc's own answer tag by tag
// (BulkDataURI values may differ, and binary values may be inline on one side), and its frames
// must be Orthanc's bytes. No expected value is written by hand.
class TestDicomCorpusSandbox : public QObject {
    Q_OBJECT

    static constexpr auto kCorpus = "/usr/lib/python3/dist-packages/pydicom/data";

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QStringList m_studies;
    QHash<QString, RetrieveOutcome> m_outcomes;

    struct Reply {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };
    Reply get(const QUrl& url, const QByteArray& accept) {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", accept);
        QNetworkReply* reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
            return {};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
    }
    static QList<QByteArray> parts(const Reply& reply) {
        return test::multipartBodies(reply.contentType, reply.body);
    }
    QUrl orthanc(const QString& path) const {
        QUrl url = m_sandbox.dicomWeb();
        url.setPath(url.path() + path.section('?', 0, 0));
        if (path.contains('?'))
            url.setQuery(path.section('?', 1));
        return url;
    }
    QString cacheRoot() const { return m_dir.filePath("cache"); }

    static bool isBinary(const QJsonObject& element) {
        return element.contains("BulkDataURI") || element.contains("InlineBinary");
    }
    // One value as DICOM means it: strings without their padding, a person name without empty
    // components (a name of carets only is no name).
    static QJsonValue normalised(const QJsonValue& v) {
        if (v.isString())
            return v.toString().trimmed();
        if (v.isObject()) {
            QJsonObject name;
            const QJsonObject groups = v.toObject();
            for (auto it = groups.begin(); it != groups.end(); ++it) {
                const QString text = it.value().toString();
                if (!QString(text).remove('^').trimmed().isEmpty())
                    name.insert(it.key(), text);
            }
            return name;
        }
        return v;
    }
    static bool sameValue(const QJsonValue& a, const QJsonValue& b) {
        // Numbers as numbers ("1.50" is 1.5), and FL values as the float32 they are: DCMTK writes
        // nine significant digits, Orthanc the double the float widens to.
        bool na = false, nb = false;
        const double da = a.isDouble() ? a.toDouble() : a.toString().toDouble(&na);
        const double db = b.isDouble() ? b.toDouble() : b.toString().toDouble(&nb);
        if ((a.isDouble() || na) && (b.isDouble() || nb))
            return qAbs(da - db) <= 1e-6 * std::max({1.0, qAbs(da), qAbs(db)});
        return normalised(a) == normalised(b);
    }
    static QJsonArray values(const QJsonObject& element) {
        QJsonArray out;
        for (const QJsonValue v : element.value("Value").toArray()) {
            const QJsonValue n = normalised(v);
            // An empty value (null, "", a name of carets) is no value; Orthanc leaves empty
            // values of a multi-valued attribute out ("\\ISO 2022 IR 87" has one).
            if (!v.isNull() && !(n.isObject() && n.toObject().isEmpty()) &&
                !(n.isString() && n.toString().isEmpty()))
                out.append(v);
        }
        return out;
    }
    // Where Orthanc 1.10 itself misreads the file, so it cannot referee: in JIS X 0201 (ISO 2022
    // IR 13) it takes the value delimiter 05/12 for a YEN SIGN (PS3.5 6.1.2.5.3 keeps it the
    // delimiter) and loses numbers, and it does not decode JIS X 0208/0212 (IR 87, 159) name
    // groups. Those are checked against the standard's own examples in TestIso2022Text instead.
    static bool orthancMisreadsCharset(const QJsonObject& dataset) {
        for (const QJsonValue v : dataset.value("00080005").toObject().value("Value").toArray()) {
            const QString term = v.toString();
            if (term.contains("IR 13") || term.contains("IR 87") || term.contains("IR 159"))
                return true;
        }
        return false;
    }
    // The top-level tags a file stores with VR UN, as DCMTK's dcmdump lists them unconverted.
    static QSet<QString> unknownVrTags(const QString& path) {
        QProcess dump;
        dump.start("dcmdump", {"-q", path});
        dump.waitForFinished(20000);
        QSet<QString> tags;
        static const QRegularExpression un(R"(^\(([0-9a-f]{4}),([0-9a-f]{4})\) UN )");
        for (const QByteArray& line : dump.readAllStandardOutput().split('\n')) {
            const auto m = un.match(QString::fromLatin1(line));
            if (m.hasMatch())
                tags.insert((m.captured(1) + m.captured(2)).toUpper());
        }
        return tags;
    }
    // The differences between two DICOM JSON datasets, one sentence each.
    static void compare(const QJsonObject& ours, const QJsonObject& theirs, const QString& at,
                        bool misread, const QSet<QString>& storedAsUnknown,
                        QStringList& differences) {
        QStringList keys = ours.keys() + theirs.keys();
        keys.removeDuplicates();
        for (const QString& tag : std::as_const(keys)) {
            const QString where = at + tag;
            if (tag == "7FE00010" && !theirs.contains(tag))
                continue; // Orthanc leaves encapsulated pixel data out of its metadata
            if (!ours.contains(tag) || !theirs.contains(tag)) {
                if (ours.contains(tag) && storedAsUnknown.contains(tag))
                    continue; // the file has it as UN, which Orthanc leaves out
                differences << where + (ours.contains(tag) ? " only in the gateway's answer"
                                                           : " missing from the gateway's answer");
                continue;
            }
            const QJsonObject a = ours.value(tag).toObject();
            const QJsonObject b = theirs.value(tag).toObject();
            if (a.value("vr") != b.value("vr")) {
                differences << where + " VR " + a.value("vr").toString() + " vs " +
                                   b.value("vr").toString();
                continue;
            }
            if (isBinary(a) || isBinary(b)) {
                if (isBinary(a) != isBinary(b))
                    differences << where + " binary on one side only";
                continue;
            }
            const bool sequence = a.value("vr").toString() == "SQ";
            const QJsonArray va = sequence ? a.value("Value").toArray() : values(a);
            const QJsonArray vb = sequence ? b.value("Value").toArray() : values(b);
            if (misread && !sequence) {
                if (a.value("vr").toString() == "PN" && !va.isEmpty() && !vb.isEmpty() &&
                    va.first().toObject().value("Alphabetic") ==
                        vb.first().toObject().value("Alphabetic"))
                    continue;
                const QString theirText = QJsonDocument(vb).toJson();
                const QString ourText = QJsonDocument(va).toJson();
                const auto ascii = [](const QString& t) {
                    return std::all_of(t.cbegin(), t.cend(),
                                       [](QChar c) { return c.unicode() < 0x80; });
                };
                if (vb.isEmpty() || theirText.contains(u'¥') || a.value("vr").toString() == "PN" ||
                    (ascii(theirText) && !ascii(ourText))) // left undecoded by Orthanc
                    continue;
            }
            if (va.size() != vb.size()) {
                differences << where +
                                   QString(" has %1 values vs %2: ").arg(va.size()).arg(vb.size()) +
                                   QJsonDocument(va).toJson(QJsonDocument::Compact) + " vs " +
                                   QJsonDocument(vb).toJson(QJsonDocument::Compact);
                continue;
            }
            for (qsizetype i = 0; i < va.size(); ++i) {
                if (sequence)
                    compare(va.at(i).toObject(), vb.at(i).toObject(),
                            where + QString("/%1/").arg(i + 1), misread, storedAsUnknown,
                            differences);
                else if (!sameValue(va.at(i), vb.at(i)))
                    differences
                        << where + " value " +
                               QJsonDocument(QJsonArray{va.at(i)}).toJson(QJsonDocument::Compact) +
                               " vs " +
                               QJsonDocument(QJsonArray{vb.at(i)}).toJson(QJsonDocument::Compact);
            }
        }
    }

private slots:
    void initTestCase() {
        if (!QFileInfo::exists(kCorpus))
            QSKIP("Debian's python3-pydicom is not installed (the corpus)");
        QVERIFY(m_dir.isValid());
        const QString error = m_sandbox.start({"--corpus", kCorpus, "--quiet"}, 300000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int stored = 0;
        for (const QJsonValue f : m_sandbox.state().value("corpus").toArray()) {
            if (f.toObject().value("stored").toBool())
                ++stored;
            else
                qInfo().noquote() << "Orthanc refused" << f.toObject().value("file").toString()
                                  << ":" << f.toObject().value("orthanc").toString();
        }
        QVERIFY2(stored >= 50, qPrintable(QString("only %1 corpus files stored").arg(stored)));
        const Reply studies =
            get(orthanc("/studies?includefield=0020000D"), "application/dicom+json");
        QCOMPARE(studies.status, 200);
        for (const QJsonValue s : QJsonDocument::fromJson(studies.body).array())
            m_studies << s.toObject()
                             .value("0020000D")
                             .toObject()
                             .value("Value")
                             .toArray()
                             .first()
                             .toString();
        m_studies.removeDuplicates(); // a UID the corpus has under two patients is listed twice
        QVERIFY(m_studies.size() >= 50);
    }

    void everyStudyIsRetrievedOrSaysWhyNot() {
        ImageCache cache(cacheRoot());
        int complete = 0;
        for (const QString& study : std::as_const(m_studies)) {
            StudyRetriever retriever(&m_network, nullptr, &cache);
            std::optional<RetrieveOutcome> outcome;
            connect(&retriever, &StudyRetriever::finished, this,
                    [&](const RetrieveOutcome& o) { outcome = o; });
            RetrieveRequest request;
            request.studyUid = study;
            request.serviceBase = m_sandbox.dicomWeb();
            retriever.start(request);
            QVERIFY2(QTest::qWaitFor([&] { return outcome.has_value(); }, 60000),
                     qPrintable("retrieval of " + study + " did not end"));
            m_outcomes.insert(study, *outcome);
            if (outcome->complete()) {
                ++complete;
                continue;
            }
            // Not complete: it says why, naming what it could not take.
            QVERIFY2(!outcome->errors.isEmpty(),
                     qPrintable(study + ": incomplete without a reason"));
            for (const Error& e : outcome->errors)
                qInfo().noquote() << study << ":" << e.toString();
        }
        qInfo() << complete << "of" << m_studies.size() << "studies complete";
        // Every study, but one whose UIDs the corpus has under two patients: Orthanc lists it
        // and answers 404 to it whole, by series and by instance. That is said as such (it
        // once read "does not have these images", which the listing contradicts).
        int underTwoPatients = 0;
        for (const RetrieveOutcome& o : std::as_const(m_outcomes)) {
            if (!o.complete() && o.errors.size() == 1 &&
                o.errors.first().message.contains("under two patients"))
                ++underTwoPatients;
        }
        QVERIFY(underTwoPatients <= 2);
        QCOMPARE(complete + underTwoPatients, int(m_studies.size()));
        const CacheVerifyReport verified = cache.verify(false);
        QVERIFY2(verified.ok(),
                 qPrintable((verified.missing + verified.corrupt + verified.orphans).join(", ")));
    }

    void everySeriesWithAPictureHasAThumbnailOrSaysWhy() {
        ImageCache cache(cacheRoot());
        for (const QString& study : std::as_const(m_studies)) {
            QSet<QString> series;
            for (const CachedInstance& i : cache.instancesOf(study))
                series.insert(i.seriesUid);
            const RetrieveOutcome outcome = m_outcomes.value(study);
            for (const QString& s : std::as_const(series)) {
                const auto header =
                    DicomParser::parseFile(cache.instancesOf(study, s).first().path);
                if (!header || !header->hasPixelData)
                    continue; // a report, a plan, a waveform: no picture to show
                const bool explained = outcome.notDisplayable.join(' ').contains(s);
                QVERIFY2(
                    QFileInfo::exists(ImageCache::thumbnailPath(cacheRoot(), s)) || explained,
                    qPrintable(QString("series %1 of study %2 (%3) has no thumbnail and no reason")
                                   .arg(s, study, header->transferSyntaxUid)));
            }
        }
    }

    void gatewayAnswersAsOrthancDoes() {
        GatewayOptions options;
        options.cache = CacheConnections(cacheRoot());
        DicomWebGateway gateway(options);
        QVERIFY(gateway.start());
        const QString source = gateway.sources().add(m_sandbox.dicomWeb(), "Orthanc");
        const QUrl root = gateway.dicomWebRoot(source);
        ImageCache cache(cacheRoot());
        QStringList differences;
        int instances = 0, frames = 0;
        for (const QString& study : std::as_const(m_studies)) {
            if (!cache.isStudyComplete(study))
                continue;
            for (const CachedInstance& i : cache.instancesOf(study)) {
                ++instances;
                const QString path = QString("/studies/%1/series/%2/instances/%3")
                                         .arg(i.studyUid, i.seriesUid, i.sopUid);
                QUrl ours = root;
                ours.setPath(root.path() + path + "/metadata");
                const Reply mine = get(ours, "application/dicom+json");
                const Reply theirs = get(orthanc(path + "/metadata"), "application/dicom+json");
                QCOMPARE(mine.status, 200);
                QCOMPARE(theirs.status, 200);
                QStringList here;
                const QJsonObject theirDataset =
                    QJsonDocument::fromJson(theirs.body).array().first().toObject();
                compare(QJsonDocument::fromJson(mine.body).array().first().toObject(), theirDataset,
                        {}, orthancMisreadsCharset(theirDataset), unknownVrTags(i.path), here);
                for (const QString& d : std::as_const(here))
                    differences << QFileInfo(i.path).fileName() + " " + i.transferSyntaxUid + ": " +
                                       d;

                // Frame 1 as stored: the same bytes from the cache as from Orthanc.
                const auto header = DicomParser::parseFile(i.path);
                if (!header || !header->hasPixelData)
                    continue;
                const QByteArray accept = "multipart/related; type=\"application/octet-stream\"; "
                                          "transfer-syntax=*";
                QUrl frame = root;
                frame.setPath(root.path() + path + "/frames/1");
                const Reply cached = get(frame, accept);
                const Reply upstream = get(orthanc(path + "/frames/1"), accept);
                if (upstream.status != 200)
                    continue; // Orthanc cannot give this frame as stored either
                QCOMPARE(cached.status, 200);
                const QList<QByteArray> a = parts(cached), b = parts(upstream);
                QVERIFY2(a == b, qPrintable(QString("frame 1 of %1 (%2) differs from Orthanc's")
                                                .arg(i.sopUid, i.transferSyntaxUid)));
                ++frames;
            }
        }
        qInfo() << instances << "instances compared," << frames << "frames identical";
        for (const QString& d : std::as_const(differences))
            qInfo().noquote() << "difference:" << d.left(400);
        QVERIFY(instances >= 50);
        QVERIFY2(differences.isEmpty(),
                 qPrintable(QString("%1 differences:\n").arg(differences.size()) +
                            differences.mid(0, 60).join('\n')));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_GUILESS_MAIN(TestDicomCorpusSandbox)
#include "TestDicomCorpusSandbox.moc"
