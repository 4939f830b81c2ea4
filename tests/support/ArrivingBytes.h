#pragma once
// A sequential device whose bytes become readable a piece at a time, as a network reply's do:
// arrive(n) releases the next n bytes; bytesAvailable() counts only those released and not read.

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace sightline::test {

class ArrivingBytes : public QIODevice {
public:
    explicit ArrivingBytes(QByteArray data)
        : m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }
    void arrive(qsizetype count) {
        m_arrived = std::min(m_data.size(), m_arrived + std::max<qsizetype>(count, 0));
    }
    bool allArrived() const { return m_arrived == m_data.size(); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override {
        return m_arrived - m_taken + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* into, qint64 max) override {
        const qint64 n = std::min<qint64>(max, m_arrived - m_taken);
        if (n > 0)
            std::memcpy(into, m_data.constData() + m_taken, size_t(n));
        m_taken += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_arrived = 0;
    qsizetype m_taken = 0;
};

} // namespace sightline::test
