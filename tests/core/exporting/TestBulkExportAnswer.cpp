#include "exporting/BulkExportAnswer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

// How a Bulk Data export reads a server's answers: which failures are worth another try, when
// the server says the export itself failed, and the words shown for them.
class TestBulkExportAnswer : public QObject {
    Q_OBJECT

    static QByteArray outcome(const char* code, const char* diagnostics) {
        return QByteArray("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                          "\"error\",\"code\":\"") +
               code + "\",\"diagnostics\":\"" + diagnostics + "\"}]}";
    }

private slots:
    void theServerSaysTheExportFailed() {
        QVERIFY(BulkExportAnswer::exportFailed(500, outcome("processing", "out of disk")));
        QVERIFY(!BulkExportAnswer::exportFailed(503, outcome("transient", "busy")));
        QVERIFY(!BulkExportAnswer::exportFailed(500, outcome("throttled", "later")));
        QVERIFY(!BulkExportAnswer::exportFailed(500, "<html>oops</html>")); // no verdict
        QVERIFY(!BulkExportAnswer::exportFailed(404, outcome("processing", "gone")));
    }

    void whatMayPassWhenAskedAgain() {
        HttpResponse busy;
        busy.status = 429;
        QVERIFY(BulkExportAnswer::isTransient(Result<HttpResponse>(busy)));
        busy.status = 404;
        QVERIFY(!BulkExportAnswer::isTransient(Result<HttpResponse>(busy)));
        QVERIFY(BulkExportAnswer::isTransient(
            Result<HttpResponse>(Error::make(Error::Kind::Timeout, QStringLiteral("slow")))));
        QVERIFY(!BulkExportAnswer::isTransient(
            Result<HttpResponse>(Error::make(Error::Kind::Tls, QStringLiteral("bad cert")))));
        QVERIFY(BulkExportAnswer::isTransient(200, QNetworkReply::RemoteHostClosedError));
        QVERIFY(!BulkExportAnswer::isTransient(200, QNetworkReply::OperationCanceledError));
        QVERIFY(!BulkExportAnswer::isTransient(0, QNetworkReply::SslHandshakeFailedError));
    }

    void theServersOwnWords() {
        QVERIFY(BulkExportAnswer::httpText(500, "Internal", outcome("processing", "out of disk"))
                    .contains("out of disk"));
        QCOMPARE(BulkExportAnswer::httpText(502, "Bad Gateway", "<html/>"),
                 QString("HTTP 502 Bad Gateway"));
        QTemporaryDir dir;
        QFile errors(dir.filePath("errors.ndjson"));
        QVERIFY(errors.open(QIODevice::WriteOnly));
        errors.write(outcome("not-found", "Patient/9 is gone") + "\n" +
                     outcome("processing", "second"));
        errors.close();
        QCOMPARE(BulkExportAnswer::firstIssue(errors.fileName()), QString("Patient/9 is gone"));
        QVERIFY(BulkExportAnswer::firstIssue(dir.filePath("missing.ndjson")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkExportAnswer)
#include "TestBulkExportAnswer.moc"
