#include "viewers/IidUrl.h"
#include "viewers/ViewerLauncher.h"
#include "viewers/ViewerRegistry.h"
#include "viewers/ViewerTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// Launch forms written out in full: IHE IID URLs, the vendor schemes, user templates, and the
// argument list a program receives (recorded by a fake viewer) — including hostile values.
class TestViewerLaunch : public QObject {
    Q_OBJECT

    static LaunchValues values() {
        LaunchValues v;
        v.studyUid = "1.2.840.113619.2.55.3";
        v.seriesUid = "1.2.840.113619.2.55.3.4";
        v.patientId = "MRN-0042";
        v.patientName = "Doe^Jane";
        v.accessionNumber = "ACC 7/1";
        v.dicomwebRoot = "http://127.0.0.1:40123/PREFIX/dicomweb/abc";
        v.studyFolder = "/home/user/.cache/Sightline/images/instances/1.2.840.113619.2.55.3";
        v.ohifViewerUrl =
            "http://127.0.0.1:40123/PREFIX/ohif/viewer?StudyInstanceUIDs=1.2.840.113619.2.55.3";
        v.studyArchiveUrl = "http://127.0.0.1:40123/PREFIX/archive/1.2.840.113619.2.55.3.zip";
        return v;
    }

    static ViewerProfile builtIn(const QString& id) {
        for (const ViewerProfile& p : ViewerProfile::builtIns()) {
            if (p.id == id)
                return p;
        }
        return {};
    }

private slots:
    void iidUrls_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("studies");
        QTest::addColumn<QString>("accession");
        QTest::addColumn<QString>("patientId");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>(
            "extra"); // name|birth|lower|upper|recent|modalities|viewer|dq|key
        QTest::addColumn<QString>("expected");
        const QString base = "http://iid.example/viewer/IHEInvokeImageDisplay?";
        QTest::newRow("one study") << 0 << QStringList{"1.2.3"} << ""
                                   << ""
                                   << ""
                                   << "||||||||" << base + "requestType=STUDY&studyUID=1.2.3";
        QTest::newRow("study list and display")
            << 0 << QStringList{"1.2.3", "1.2.4"} << ""
            << ""
            << ""
            << "||||||IHE_BIR|true|false"
            << base + "requestType=STUDY&studyUID=1.2.3,1.2.4&viewerType=IHE_BIR"
                      "&diagnosticQuality=true&keyImagesOnly=false";
        QTest::newRow("accession")
            << 0 << QStringList{} << "ACC 7/1&x"
            << ""
            << ""
            << "||||||||" << base + "requestType=STUDY&accessionNumber=ACC%207%2F1%26x";
        QTest::newRow("patient CX")
            << 1 << QStringList{} << ""
            << "MRN-0042"
            << "HOSP&1.2.3&ISO"
            << "||||||||"
            << base + "requestType=PATIENT&patientID=MRN-0042%5E%5E%5EHOSP%261.2.3%26ISO";
        QTest::newRow("patient all")
            << 1 << QStringList{} << ""
            << "42"
            << ""
            << "Doe^Jane|1970-03-01|2025-01-01T00:00:00|2026-01-01T12:30:00|3|CT,MR|IHE_BIR|false|"
               "true"
            << base + "requestType=PATIENT&patientID=42&patientName=Doe%5EJane"
                      "&patientBirthDate=19700301&lowerDateTime=2025-01-01T00%3A00%3A00"
                      "&upperDateTime=2026-01-01T12%3A30%3A00&mostRecentResults=3"
                      "&modalitiesInStudy=CT,MR&viewerType=IHE_BIR&diagnosticQuality=false"
                      "&keyImagesOnly=true";
        QTest::newRow("caret in id is escaped")
            << 1 << QStringList{} << ""
            << "A^B"
            << ""
            << "||||||||" << base + "requestType=PATIENT&patientID=A%5CS%5CB";
        QTest::newRow("bad uid") << 0 << QStringList{"1.2.x"} << ""
                                 << ""
                                 << ""
                                 << "||||||||"
                                 << "";
        QTest::newRow("uid and accession") << 0 << QStringList{"1.2"} << "A"
                                           << ""
                                           << ""
                                           << "||||||||"
                                           << "";
        QTest::newRow("nothing") << 0 << QStringList{} << ""
                                 << ""
                                 << ""
                                 << "||||||||"
                                 << "";
        QTest::newRow("patient without id") << 1 << QStringList{} << ""
                                            << ""
                                            << ""
                                            << "||||||||"
                                            << "";
        QTest::newRow("bad modality") << 1 << QStringList{} << ""
                                      << "42"
                                      << ""
                                      << "|||||CT;rm -rf|||"
                                      << "";
    }

    void iidUrls() {
        QFETCH(int, type);
        QFETCH(QStringList, studies);
        QFETCH(QString, accession);
        QFETCH(QString, patientId);
        QFETCH(QString, authority);
        QFETCH(QString, extra);
        QFETCH(QString, expected);
        const QStringList e = extra.split('|');
        IidRequest r;
        r.type = type == 0 ? IidRequest::Type::Study : IidRequest::Type::Patient;
        r.studyUids = studies;
        r.accessionNumber = accession;
        r.patientId = patientId;
        r.assigningAuthority = authority;
        r.patientName = e[0];
        r.patientBirthDate = QDate::fromString(e[1], Qt::ISODate);
        r.lowerDateTime = QDateTime::fromString(e[2], Qt::ISODate);
        r.upperDateTime = QDateTime::fromString(e[3], Qt::ISODate);
        r.mostRecentResults = e[4].toInt();
        if (!e[5].isEmpty())
            r.modalitiesInStudy = e[5].split(',');
        r.viewerType = e[6];
        if (!e[7].isEmpty())
            r.diagnosticQuality = e[7] == "true";
        if (!e[8].isEmpty())
            r.keyImagesOnly = e[8] == "true";
        const auto url = IidUrl::build(QUrl("http://iid.example/viewer/"), r);
        if (expected.isEmpty()) {
            QVERIFY(!url);
            return;
        }
        QVERIFY2(url, url ? "" : qPrintable(url.error().message));
        QCOMPARE(QString::fromLatin1(url.value().toEncoded()), expected);
    }

    void vendorForms_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ohif") << "ohif" << values().ohifViewerUrl;
        QTest::newRow("weasis")
            << "weasis"
            << "weasis://"
               "?%24dicom%3Ars%20--url%20%22http%3A%2F%2F127.0.0.1%3A40123%2FPREFIX%2Fdicomweb"
               "%2Fabc%22%20-r%20%22studyUID%3D1.2.840.113619.2.55.3%22";
        QTest::newRow("horos download")
            << "horos"
            << "osirix://?methodName=DownloadURL&Display=YES&URL='http%3A%2F%2F127.0.0.1%3A40123"
               "%2FPREFIX%2Farchive%2F1.2.840.113619.2.55.3.zip'";
        QTest::newRow("horos display") << "horos-display"
                                       << "osirix://?methodName=DisplayStudy&PatientID=MRN-0042"
                                          "&StudyInstanceUID=1.2.840.113619.2.55.3";
        QTest::newRow("slicer")
            << "slicer"
            << "slicer://viewer/?studyUID=1.2.840.113619.2.55.3&dicomweb_endpoint=http%3A%2F%2F"
               "127.0.0.1%3A40123%2FPREFIX%2Fdicomweb%2Fabc";
    }

    void vendorForms() {
        QFETCH(QString, profile);
        QFETCH(QString, expected);
        const auto plan = ViewerLauncher::plan(builtIn(profile), values());
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(QString::fromLatin1(plan.value().url.toEncoded()), expected);
    }

    void downloadNeedsTheStudyCached() {
        LaunchValues v = values();
        v.studyArchiveUrl.clear(); // not (completely) in the cache
        const auto plan = ViewerLauncher::plan(builtIn("horos"), v);
        QVERIFY(!plan);
        QVERIFY(plan.error().message.contains("cache"));
    }

    void iidProfile() {
        ViewerProfile iid;
        iid.id = "pacs-iid";
        iid.name = "Hospital viewer";
        iid.kind = ViewerProfile::Kind::Iid;
        iid.iidBase = "https://viewer.hospital.example/iid";
        iid.viewerType = "IHE_BIR";
        const auto plan = ViewerLauncher::plan(iid, values());
        QVERIFY(plan);
        QCOMPARE(plan.value().url.toEncoded(),
                 QByteArray("https://viewer.hospital.example/iid/IHEInvokeImageDisplay?"
                            "requestType=STUDY&studyUID=1.2.840.113619.2.55.3&viewerType=IHE_BIR"));
        QCOMPARE(plan.value().how, LaunchPlan::How::Desktop);
    }

    void templatesAreCheckedWhenSaved() {
        QTemporaryDir dir;
        ViewerRegistry registry(dir.filePath("viewers.json"));
        ViewerProfile p;
        p.id = "mine";
        p.name = "My viewer";
        p.urlTemplate = "https://v.example/?s={studyUid}"; // wrong case: unknown
        QVERIFY(!registry.save(p));
        p.urlTemplate = "https://v.example/?s={studyUID";
        QVERIFY(!registry.save(p));
        p.urlTemplate = "https://v.example/?s={studyUID}&t={accessToken}";
        QVERIFY(!registry.save(p)); // the token needs the user's permission
        p.allowToken = true;
        QVERIFY(registry.save(p));
        p.embedded = true;
        QVERIFY(registry.save(p));
        QVERIFY(registry.setDefaultViewer("mine"));
        ViewerRegistry again(dir.filePath("viewers.json"));
        QCOMPARE(again.defaultViewer(), QString("mine"));
        QCOMPARE(again.find("mine")->urlTemplate, p.urlTemplate);
        QVERIFY(again.find("mine")->embedded);
        QCOMPARE(again.profiles().size(), ViewerProfile::builtIns().size() + 1);
        QVERIFY(again.remove("mine"));
        QCOMPARE(again.defaultViewer(), QString("ohif"));
    }

    void tokenGoesIntoAUrlOnlyWhenAllowed() {
        ViewerProfile p;
        p.id = "t";
        p.name = "Token viewer";
        p.urlTemplate = "https://v.example/?s={studyUID}&t={accessToken}";
        p.allowToken = true;
        LaunchValues v = values();
        v.accessToken = "eyJ.secret";
        QCOMPARE(ViewerLauncher::plan(p, v).value().url.toEncoded(),
                 QByteArray("https://v.example/?s=1.2.840.113619.2.55.3&t=eyJ.secret"));
        p.allowToken = false;
        QVERIFY(!ViewerLauncher::plan(p, v));
    }

    void hostileValuesAreRefused_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("uid with shell") << "studyUID"
                                        << "1.2.3; rm -rf ~";
        QTest::newRow("uid with quote") << "studyUID"
                                        << "1.2.3\" --evil \"";
        QTest::newRow("uid not a uid") << "studyUID"
                                       << "../../etc";
        QTest::newRow("newline in patient") << "patientID"
                                            << "42\n--exec=evil";
        QTest::newRow("option-like patient") << "patientID"
                                             << "--exec=evil";
        QTest::newRow("missing value") << "patientID"
                                       << "";
    }

    void hostileValuesAreRefused() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        ViewerProfile p;
        p.id = "prog";
        p.name = "Program";
        p.kind = ViewerProfile::Kind::Program;
        p.program = QCoreApplication::applicationFilePath();
        p.arguments = {"--study", "{studyUID}", "{patientID}"};
        LaunchValues v = values();
        (field == "studyUID" ? v.studyUid : v.patientId) = value;
        QVERIFY(!ViewerLauncher::plan(p, v));
    }

    // A value that starts an argument may not start with "-", whatever follows it in the
    // template: "{patientID}.txt" with "--exec=evil" would be an option (found by
    // FuzzViewerLaunch). Inside an argument it is harmless.
    void optionLikeValueStartingAnArgumentIsRefused() {
        LaunchValues v = values();
        v.patientId = "--exec=evil";
        QVERIFY(!ViewerTemplate::expand("{patientID}.txt", v, ViewerTemplate::Context::Argument));
        const auto inside =
            ViewerTemplate::expand("--patient={patientID}", v, ViewerTemplate::Context::Argument);
        QVERIFY(inside.ok());
        QCOMPARE(inside.value(), QString("--patient=--exec=evil"));
    }

    void mismatchNeedsConfirmation() {
        LaunchRequestOptions options;
        options.patientMismatch = true;
        QVERIFY(!ViewerLauncher::plan(builtIn("horos-display"), values(), options));
        options.mismatchConfirmed = true;
        QVERIFY(ViewerLauncher::plan(builtIn("horos-display"), values(), options));
    }

    void missingProgramIsAClearError() {
        ViewerProfile p;
        p.id = "gone";
        p.name = "Gone";
        p.kind = ViewerProfile::Kind::Program;
        p.program = "sightline-no-such-viewer";
        const auto plan = ViewerLauncher::plan(p, values());
        QVERIFY(!plan);
        QVERIFY(plan.error().message.contains("sightline-no-such-viewer"));
    }

    void programGetsExactlyItsArguments() {
        QTemporaryDir dir;
        const QString log = dir.filePath("argv.jsonl");
        qputenv("SIGHTLINE_FAKE_VIEWER_LOG", log.toLocal8Bit());
        ViewerProfile p;
        p.id = "fake";
        p.name = "Fake viewer";
        p.kind = ViewerProfile::Kind::Program;
        p.program = SIGHTLINE_FAKE_VIEWER;
        p.arguments = {"--folder={studyFolder}", "{patientName}", "$(echo pwned)",
                       "{accessionNumber}", "a b;c|d&e"};
        LaunchValues v = values();
        v.patientName = "O'Brien \"Jr\" $HOME `id` ; ls";
        v.studyFolder = "/tmp/with space/and'quote";
        const auto plan = ViewerLauncher::launch(p, v, {}, nullptr);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QVERIFY(QTest::qWaitFor([&] { return QFile(log).size() > 0; }, 10000));
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray argv = QJsonDocument::fromJson(file.readLine()).array();
        QCOMPARE(argv.toVariantList(), QVariantList({"--folder=/tmp/with space/and'quote",
                                                     "O'Brien \"Jr\" $HOME `id` ; ls",
                                                     "$(echo pwned)", "ACC 7/1", "a b;c|d&e"}));
    }
};

QTEST_GUILESS_MAIN(TestViewerLaunch)
#include "TestViewerLaunch.moc"
