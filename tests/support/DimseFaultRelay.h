#pragma once
// A relay between Sightline and a real DICOM node (dcmqrscp, Orthanc) on a free loopback port,
// that misbehaves on the node's side once a given number of bytes has gone from the node to
// Sightline: it sends an A-ABORT (as a node gives up mid-transfer), closes the connection (a
// node that dies), or stops passing anything on (a node that hangs). Faults happen between two
// PDUs, as a node would cause them. Lives on the test's thread, whose event loop must turn
// (QTest::qWaitFor) while Sightline's association runs on a thread of its own.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

#include <memory>

namespace sightline::test {

class DimseFaultRelay : public QObject {
public:
    enum class Fault { None, Abort, Close, Stall };

    DimseFaultRelay(quint16 nodePort, Fault fault, qint64 afterBytes)
        : m_nodePort(nodePort)
        , m_fault(fault)
        , m_afterBytes(afterBytes) {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, &DimseFaultRelay::accept);
    }

    // The sockets go quietly: none of the handlers may see one half destroyed.
    ~DimseFaultRelay() override {
        for (const auto& pair : std::as_const(m_pairs)) {
            for (QTcpSocket* socket : {pair->client.data(), pair->node.data()}) {
                if (socket) {
                    socket->disconnect();
                    socket->abort();
                }
            }
        }
    }

    quint16 port() const { return m_server.serverPort(); }
    // Whether the fault has happened (on some connection).
    bool faulted() const { return m_faulted; }
    // What the relay does from now on (new and open connections).
    void setFault(Fault fault) { m_fault = fault; }

private:
    struct Pair {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> node;
        QByteArray pending; // from the node, not yet a whole PDU
        qint64 passed = 0;  // bytes passed from the node to the client
        bool stalled = false;
    };

    void accept() {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            // Shared by the connections' handlers: whichever runs last frees it.
            auto pair = std::make_shared<Pair>();
            pair->client = client;
            pair->node = new QTcpSocket(this);
            pair->node->connectToHost(QHostAddress::LocalHost, m_nodePort);
            connect(client, &QTcpSocket::readyRead, this, [pair] {
                if (pair->node && pair->client)
                    pair->node->write(pair->client->readAll());
            });
            // What the client sent before the node's side was up waits in its buffer.
            connect(pair->node, &QTcpSocket::connected, this, [pair] {
                if (pair->node && pair->client)
                    pair->node->write(pair->client->readAll());
            });
            connect(pair->node, &QTcpSocket::readyRead, this, [this, pair] {
                if (pair->node && pair->client)
                    fromNode(*pair);
            });
            connect(pair->node, &QTcpSocket::disconnected, this, [pair] {
                if (pair->client && !pair->stalled)
                    pair->client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, this, [pair] {
                if (pair->node)
                    pair->node->abort();
            });
            m_pairs.append(pair);
        }
    }

    // Whole PDUs (type, reserved, 32-bit length, body) go on until the fault is due.
    void fromNode(Pair& pair) {
        pair.pending += pair.node->readAll();
        while (!pair.stalled && pair.pending.size() >= 6) {
            const qint64 length = qFromBigEndian<quint32>(
                reinterpret_cast<const uchar*>(pair.pending.constData() + 2));
            if (pair.pending.size() < 6 + length)
                return;
            if (m_fault != Fault::None && pair.passed >= m_afterBytes) {
                misbehave(pair);
                return;
            }
            pair.client->write(pair.pending.left(6 + length));
            pair.passed += 6 + length;
            pair.pending.remove(0, 6 + length);
        }
    }

    void misbehave(Pair& pair) {
        m_faulted = true;
        switch (m_fault) {
        case Fault::Abort: {
            // A-ABORT-RQ: type 7, length 4, source 2 (service provider), reason 0 (unspecified)
            static const char abort[] = {0x07, 0x00, 0x00, 0x00, 0x00,
                                         0x04, 0x00, 0x00, 0x02, 0x00};
            pair.client->write(abort, sizeof abort);
            pair.client->flush();
            pair.node->abort();
            pair.client->disconnectFromHost();
            break;
        }
        case Fault::Close:
            pair.node->abort();
            pair.client->abort();
            break;
        case Fault::Stall:
            pair.stalled = true; // nothing more reaches the client; the connection stays open
            break;
        case Fault::None:
            break;
        }
    }

    QTcpServer m_server;
    QList<std::shared_ptr<Pair>> m_pairs; // sockets are the relay's children: gone with it
    quint16 m_nodePort;
    Fault m_fault;
    qint64 m_afterBytes;
    bool m_faulted = false;
};

} // namespace sightline::test
