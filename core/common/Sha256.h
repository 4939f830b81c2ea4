#pragma once
// SHA-256 through OpenSSL (hardware-accelerated; several times faster than Qt's portable
// implementation on large DICOM files). Thread-safe.

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

namespace sightline {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(QByteArrayView bytes);
    bool addDevice(QIODevice* device); // reads to the end; false on a read error
    QByteArray hex();                  // finishes the hash

    static QByteArray hexOf(QByteArrayView bytes);

private:
    void* m_context;
};

} // namespace sightline
