#include "gateway/GatewaySources.h"

#include <QCryptographicHash>

namespace sightline {

QString GatewaySources::idFor(const QUrl& base) {
    const QByteArray key = base.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                               .toString(QUrl::FullyEncoded)
                               .toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(12));
}

QString GatewaySources::add(const QUrl& base, const QString& label, const QByteArray& authorization,
                            const std::optional<DicomNodeAddress>& node) {
    const QString id = idFor(base);
    std::lock_guard lock(m_mutex);
    m_sources.insert(
        id, {id, base.adjusted(QUrl::StripTrailingSlash), authorization, label, {}, {}, node});
    return id;
}

QString GatewaySources::addForPatient(const QUrl& base, const QString& label,
                                      const QByteArray& authorization, const QString& patient,
                                      const QSet<QString>& studyUids,
                                      const std::optional<DicomNodeAddress>& node) {
    // One id per upstream and patient: two patients' viewers never share what they may see.
    QStringList studies(studyUids.begin(), studyUids.end());
    studies.sort();
    const QString id =
        idFor(base) + QLatin1Char('-') +
        QString::fromLatin1(
            QCryptographicHash::hash(
                (patient + QLatin1Char('|') + studies.join(QLatin1Char(','))).toUtf8(),
                QCryptographicHash::Sha256)
                .toHex()
                .left(12));
    std::lock_guard lock(m_mutex);
    m_sources.insert(id, {id, base.adjusted(QUrl::StripTrailingSlash), authorization, label,
                          patient, studyUids, node});
    return id;
}

void GatewaySources::setAuthorization(const QString& id, const QByteArray& authorization) {
    std::lock_guard lock(m_mutex);
    if (auto it = m_sources.find(id); it != m_sources.end())
        it->authorization = authorization;
}

std::optional<GatewaySource> GatewaySources::find(const QString& id) const {
    std::lock_guard lock(m_mutex);
    if (auto it = m_sources.constFind(id); it != m_sources.cend())
        return *it;
    return std::nullopt;
}

QList<GatewaySource> GatewaySources::all() const {
    std::lock_guard lock(m_mutex);
    return m_sources.values();
}

} // namespace sightline
