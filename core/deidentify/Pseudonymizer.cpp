#include "deidentify/Pseudonymizer.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace sightline {

Pseudonymizer::Pseudonymizer(QByteArray key)
    : m_key(std::move(key)) {}

QByteArray Pseudonymizer::randomKey() {
    QByteArray key(keyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(key.data()),
                                         reinterpret_cast<quint32*>(key.data() + key.size()));
    return key;
}

Result<QByteArray> Pseudonymizer::keyFromFile(const QString& path) {
    if (path.isEmpty())
        return randomKey();
    QFile file(path);
    QByteArray key;
    if (!file.open(QIODevice::ReadOnly) || (key = file.read(4096)).size() < 16)
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The key file %1 cannot be read or holds fewer than 16 bytes.").arg(path));
    return key;
}

QByteArray Pseudonymizer::mac(const QByteArray& domain, const QString& value) const {
    // The domain separates the uses, so a patient ID and a UID that happen to be equal
    // strings still map to unrelated outputs.
    return QMessageAuthenticationCode::hash(domain + '\0' + value.toUtf8(), m_key,
                                            QCryptographicHash::Sha256);
}

QString Pseudonymizer::uid(const QString& originalUid) const {
    const QByteArray digest = mac(QByteArrayLiteral("uid"), originalUid);
    // The first 128 bits as a big-endian number, written in decimal by long division.
    quint8 number[16];
    for (int i = 0; i < 16; ++i)
        number[i] = static_cast<quint8>(digest.at(i));
    char digits[40];
    int count = 0;
    bool zero = false;
    while (!zero) {
        unsigned remainder = 0;
        zero = true;
        for (quint8& byte : number) {
            const unsigned value = (remainder << 8) | byte;
            byte = static_cast<quint8>(value / 10);
            remainder = value % 10;
            zero = zero && byte == 0;
        }
        digits[count++] = char('0' + remainder);
    }
    QString result = QStringLiteral("2.25.");
    result.reserve(5 + count);
    while (count > 0)
        result.append(QLatin1Char(digits[--count]));
    return result;
}

QString Pseudonymizer::patientId(const QString& originalPatientKey) const {
    return QStringLiteral("SL-") +
           QString::fromLatin1(
               mac(QByteArrayLiteral("patient"), originalPatientKey).left(6).toHex().toUpper());
}

QString Pseudonymizer::resourceId(const QString& resourceType, const QString& originalId) const {
    return QString::fromLatin1(
        mac(QByteArrayLiteral("resource"), resourceType + QLatin1Char('/') + originalId)
            .left(8)
            .toHex());
}

int Pseudonymizer::dayShift(const QString& originalPatientKey) const {
    const QByteArray digest = mac(QByteArrayLiteral("date-shift"), originalPatientKey);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(digest.at(i));
    return 1 + int(value % maxShiftDays);
}

} // namespace sightline
