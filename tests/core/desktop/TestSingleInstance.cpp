#include "desktop/SingleInstance.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using sightline::SingleInstance;

// One Sightline per user: the first start listens, a later one hands its arguments over and is
// acknowledged, a socket left by a crash is replaced, strangers' bytes are dropped, and the
// socket is the user's alone.
class TestSingleInstance : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(name); }

    // A later start runs in its own thread: its calls block, and the primary answers from this
    // thread's event loop.
    static QFuture<QString> handOverFromAnotherStart(const QString& socket,
                                                     const QStringList& arguments) {
        return QtConcurrent::run([socket, arguments] {
            SingleInstance later(socket);
            const auto role = later.claim();
            if (!role)
                return role.error().toString();
            if (role.value() != SingleInstance::Role::Secondary)
                return QString("became primary");
            const auto handed = later.handOver(arguments);
            return handed ? QString() : handed.error().toString();
        });
    }

private slots:
    void laterStartHandsItsArgumentsOver() {
        SingleInstance first(path("a"));
        const auto role = first.claim();
        QVERIFY2(role, qPrintable(role ? QString() : role.error().toString()));
        QCOMPARE(role.value(), SingleInstance::Role::Primary);
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);

        const QStringList arguments{"sightline", "sightline://open?server=PACS&study=1.2.3",
                                    "--server", "Name with spaces and \"quotes\" and ü"};
        QFuture<QString> later = handOverFromAnotherStart(path("a"), arguments);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QCOMPARE(received.at(0).at(0).toStringList(), arguments);
        QTRY_VERIFY(later.isFinished());
        QCOMPARE(later.result(), QString()); // acknowledged
    }

    void socketIsTheUsersAlone() {
        SingleInstance first(path("b"));
        QVERIFY(first.claim());
        const QFileInfo info(path("b"));
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
    }

    void socketLeftByACrashIsReplaced() {
        // What a killed Sightline leaves: a socket file nobody listens on (here a plain file,
        // which refuses connections the same way).
        QFile stale(path("c"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance next(path("c"));
        const auto role = next.claim();
        QVERIFY2(role, qPrintable(role ? QString() : role.error().toString()));
        QCOMPARE(role.value(), SingleInstance::Role::Primary);
    }

    void closingFreesTheSocket() {
        {
            SingleInstance first(path("d"));
            QCOMPARE(first.claim().value(), SingleInstance::Role::Primary);
        }
        QVERIFY(!QFile::exists(path("d")));
        SingleInstance second(path("d"));
        QCOMPARE(second.claim().value(), SingleInstance::Role::Primary);
    }

    void strangersBytesAreDropped() {
        SingleInstance first(path("e"));
        QVERIFY(first.claim());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        for (const QByteArray& junk :
             {QByteArray("not json\n"), QByteArray("{\"arguments\": \"sightline\"}\n"),
              QByteArray("{\"arguments\": []}\n"), QByteArray(70 * 1024, 'x')}) {
            QLocalSocket socket;
            socket.connectToServer(path("e"));
            QVERIFY(socket.waitForConnected(2000));
            socket.write(junk);
            QVERIFY(socket.waitForBytesWritten(2000) ||
                    socket.state() != QLocalSocket::ConnectedState);
            // The primary closes the connection without an acknowledgement.
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
            QVERIFY(!socket.readAll().contains("ok"));
        }
        QCOMPARE(received.size(), 0);
        // And it still serves a real Sightline afterwards.
        QFuture<QString> later = handOverFromAnotherStart(path("e"), {"sightline"});
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QTRY_VERIFY(later.isFinished());
        QCOMPARE(later.result(), QString());
    }

    void handOverWithoutAPrimaryFails() {
        SingleInstance lone(path("f"));
        QVERIFY(!lone.handOver({"sightline"}));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
