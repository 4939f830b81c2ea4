#include "network/NetworkSettings.h"

#include "common/SettingsFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>

namespace sightline {

namespace {

std::unique_ptr<QSettings> open(const QString& iniPath) {
    return openSettingsFile(iniPath, QStringLiteral("network"));
}

QString proxyName(NetworkSettings::Proxy proxy) {
    switch (proxy) {
    case NetworkSettings::Proxy::None:
        return QStringLiteral("none");
    case NetworkSettings::Proxy::Manual:
        return QStringLiteral("manual");
    case NetworkSettings::Proxy::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

NetworkSettings NetworkSettings::load(const QString& iniPath) {
    const auto settings = open(iniPath);
    NetworkSettings s;
    const QString proxy = settings->value(QStringLiteral("proxy/mode")).toString();
    s.proxy = proxy == QLatin1String("none")     ? Proxy::None
              : proxy == QLatin1String("manual") ? Proxy::Manual
                                                 : Proxy::System;
    s.proxyHost = settings->value(QStringLiteral("proxy/host")).toString();
    s.proxyPort = settings->value(QStringLiteral("proxy/port"), 0).toInt();
    s.caBundle = settings->value(QStringLiteral("tls/caBundle")).toString();
    return s;
}

Status NetworkSettings::save(const QString& iniPath) const {
    const auto settings = open(iniPath);
    settings->setValue(QStringLiteral("proxy/mode"), proxyName(proxy));
    settings->setValue(QStringLiteral("proxy/host"), proxyHost);
    settings->setValue(QStringLiteral("proxy/port"), proxyPort);
    settings->setValue(QStringLiteral("tls/caBundle"), caBundle);
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return Error::make(
            Error::Kind::Storage,
            tr("The network settings could not be saved to %1").arg(settings->fileName()));
    return Done{};
}

QString NetworkSettings::problem() const {
    if (proxy == Proxy::Manual) {
        if (proxyHost.trimmed().isEmpty() || proxyHost.contains(QLatin1Char('/')) ||
            proxyHost.contains(QLatin1Char(' ')))
            return tr("Give the proxy's host name, without http:// or a path.");
        if (proxyPort < 1 || proxyPort > 65535)
            return tr("Give the proxy's port (1 to 65535).");
    }
    if (!caBundle.isEmpty()) {
        if (!QFileInfo(caBundle).isFile())
            return tr("The CA bundle %1 does not exist.").arg(caBundle);
        if (QSslCertificate::fromPath(caBundle, QSsl::Pem).isEmpty())
            return tr("The CA bundle %1 holds no PEM certificate.").arg(caBundle);
    }
    return {};
}

Status NetworkSettings::apply() const {
    if (const QString why = problem(); !why.isEmpty())
        return Error::make(Error::Kind::InvalidInput, why);
    switch (proxy) {
    case Proxy::System:
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case Proxy::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        break;
    case Proxy::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost.trimmed(), quint16(proxyPort)));
        break;
    }
    if (!caBundle.isEmpty()) {
        // Added to the system's certificates (not instead of them); verification stays on.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(caBundle, QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(tls);
    }
    return Done{};
}

QString NetworkSettings::describe() const {
    QString text = QStringLiteral("proxy=") + proxyName(proxy);
    if (proxy == Proxy::Manual)
        text += QStringLiteral(" %1:%2").arg(proxyHost).arg(proxyPort);
    if (!caBundle.isEmpty())
        text += QStringLiteral("; extra CA bundle=") + caBundle;
    return text;
}

} // namespace sightline
