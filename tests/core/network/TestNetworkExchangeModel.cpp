#include "network/NetworkExchangeModel.h"
#include "network/NetworkRecorder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace sightline;

// The Network panel's model over the recorder: rows as exchanges are recorded (also from other
// threads), what each column says of answered and failed requests, the recorder's bound kept,
// and a cleared recorder emptying it. Checked by QAbstractItemModelTester throughout.
class TestNetworkExchangeModel : public QObject {
    Q_OBJECT

    static HttpExchange exchange(const QString& method, int status, const QString& error = {}) {
        HttpExchange e;
        e.method = method;
        e.url = QUrl("https://fhir.example/r4/Patient?name=garcia");
        e.status = status;
        e.error = error;
        e.startedUtc = QDateTime::currentDateTimeUtc();
        e.elapsedMs = 42;
        e.bytesReceived = 2048;
        e.note = status == 0 ? QString() : QStringLiteral("redirect to other origin");
        return e;
    }

private slots:
    void rowsFollowTheRecorder() {
        NetworkRecorder recorder(3);
        recorder.record(exchange("GET", 200));
        NetworkExchangeModel model(&recorder);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 1); // what was recorded before the model existed

        recorder.record(exchange("POST", 0, "Connection refused"));
        QTRY_COMPARE(model.rowCount(), 2);
        const auto text = [&](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        QCOMPARE(text(0, NetworkExchangeModel::Status), QStringLiteral("200"));
        QCOMPARE(text(1, NetworkExchangeModel::Status), QStringLiteral("failed"));
        QCOMPARE(text(1, NetworkExchangeModel::Method), QStringLiteral("POST"));
        QCOMPARE(text(0, NetworkExchangeModel::Duration), QStringLiteral("42 ms"));
        QCOMPARE(text(0, NetworkExchangeModel::Size), QStringLiteral("2.0 kB"));
        QCOMPARE(text(0, NetworkExchangeModel::Url),
                 QStringLiteral("https://fhir.example/r4/Patient?name=garcia"));
        QVERIFY(model.data(model.index(0, NetworkExchangeModel::Url), Qt::ToolTipRole)
                    .toString()
                    .endsWith(QLatin1String("\nredirect to other origin")));
        QCOMPARE(model.data(model.index(1, 0), Qt::UserRole).value<HttpExchange>().error,
                 QStringLiteral("Connection refused"));
        QCOMPARE(model.headerData(NetworkExchangeModel::Size, Qt::Horizontal).toString(),
                 QStringLiteral("Received"));

        // From another thread, as network calls on worker threads record.
        std::thread worker([&recorder] { recorder.record(exchange("GET", 404)); });
        worker.join();
        QTRY_COMPARE(model.rowCount(), 3);

        // The recorder's bound: the oldest row goes.
        const QString oldest = text(0, NetworkExchangeModel::Id);
        recorder.record(exchange("DELETE", 204));
        QTRY_COMPARE(text(2, NetworkExchangeModel::Method), QStringLiteral("DELETE"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(text(0, NetworkExchangeModel::Id) != oldest);

        recorder.clear();
        QTRY_COMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNetworkExchangeModel)
#include "TestNetworkExchangeModel.moc"
