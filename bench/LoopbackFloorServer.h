#pragma once
// The least any HTTP server can do: answer every request on 127.0.0.1 with one fixed body from
// memory, in plain send() calls, with no parsing beyond the end of the request head. What `curl`
// takes to fetch a body from it is the floor under any server on this machine — the loopback
// copies and curl's own work — so a benchmark can say how near that floor a server comes.

#include <QByteArray>

#include <atomic>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sightline::bench {

class LoopbackFloorServer {
public:
    LoopbackFloorServer(QByteArray contentType, QByteArray body)
        : m_head("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n")
        , m_body(std::move(body)) {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0 ||
            ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(m_listener, 8) != 0 ||
            ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }

    ~LoopbackFloorServer() {
        m_stopping = true;
        ::shutdown(m_listener, SHUT_RDWR); // wakes accept()
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_listener);
    }

    LoopbackFloorServer(const LoopbackFloorServer&) = delete;
    LoopbackFloorServer& operator=(const LoopbackFloorServer&) = delete;

    int port() const { return m_port; } // 0 when it could not listen

private:
    void serve() {
        while (!m_stopping) {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                continue;
            // The request head (curl sends it in one segment); its content does not matter.
            QByteArray request;
            char buffer[4096];
            while (!request.contains("\r\n\r\n")) {
                const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                request.append(buffer, n);
            }
            if (sendAll(client, m_head))
                sendAll(client, m_body);
            ::close(client);
        }
    }

    static bool sendAll(int socket, const QByteArray& bytes) {
        for (qsizetype sent = 0; sent < bytes.size();) {
            const ssize_t n =
                ::send(socket, bytes.constData() + sent,
                       size_t(std::min<qsizetype>(bytes.size() - sent, 4 << 20)), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    QByteArray m_head;
    QByteArray m_body;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace sightline::bench
