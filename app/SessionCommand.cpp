#include "SessionCommand.h"

#include "AppServices.h"
#include "ServerResolver.h"
#include "audit/AuditTrail.h"
#include "audit/FhirAuditor.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "smart/SessionManager.h"
#include "smart/SmartSession.h"
#include "smart/TokenVault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTextStream>

namespace sightline {

namespace {

QString stateName(SessionManager::State state) {
    switch (state) {
    case SessionManager::State::LoggedIn:
        return QStringLiteral("logged-in");
    case SessionManager::State::LoginRequired:
        return QStringLiteral("login-required");
    case SessionManager::State::LoggingIn:
        return QStringLiteral("logging-in");
    case SessionManager::State::LoggedOut:
        break;
    }
    return QStringLiteral("logged-out");
}

// What may be shown of a session: identities and context, never a token.
QJsonObject describe(const ServerProfile& profile, SessionManager& sessions) {
    QJsonObject json{{QStringLiteral("server"), profile.name},
                     {QStringLiteral("fhirBase"), profile.fhirBase.toString()},
                     {QStringLiteral("state"), stateName(sessions.state(profile.id))}};
    if (const QString error = sessions.lastError(profile.id); !error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (const QString notice = sessions.notice(profile.id); !notice.isEmpty())
        json.insert(QStringLiteral("notice"), notice);
    const SmartSession* session = sessions.session(profile.id);
    if (!session || !session->isActive())
        return json;
    const TokenSet& t = session->tokens();
    json.insert(QStringLiteral("fhirUser"), t.fhirUser);
    if (!t.patient.isEmpty())
        json.insert(QStringLiteral("patient"), QStringLiteral("Patient/") + t.patient);
    if (!t.encounter.isEmpty())
        json.insert(QStringLiteral("encounter"), QStringLiteral("Encounter/") + t.encounter);
    json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(t.scopes.all()));
    json.insert(QStringLiteral("expiresInSeconds"), session->secondsLeft());
    json.insert(QStringLiteral("refreshable"), !t.refreshToken.isEmpty());
    json.insert(QStringLiteral("tokenId"), t.tokenId);
    return json;
}

void print(const QJsonObject& json, bool asJson) {
    QTextStream out(stdout);
    if (asJson) {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return;
    }
    const auto line = [&out, &json](const char* label, const QString& key) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined())
            return;
        QString text = v.isArray()    ? v.toVariant().toStringList().join(QLatin1Char(' '))
                       : v.isDouble() ? QObject::tr("%n second(s)", nullptr, v.toInt())
                       : v.isBool()   ? (v.toBool() ? QObject::tr("yes") : QObject::tr("no"))
                                      : v.toString();
        out << qSetFieldWidth(22) << Qt::left
            << QCoreApplication::translate("SessionCommand", label) << qSetFieldWidth(0) << text
            << '\n';
    };
    line(QT_TRANSLATE_NOOP("SessionCommand", "Server"), QStringLiteral("server"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "FHIR base"), QStringLiteral("fhirBase"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "State"), QStringLiteral("state"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "User"), QStringLiteral("fhirUser"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "Patient in context"), QStringLiteral("patient"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "Encounter"), QStringLiteral("encounter"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "Granted scopes"), QStringLiteral("scopes"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "Token expires in"),
         QStringLiteral("expiresInSeconds"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "Refreshable"), QStringLiteral("refreshable"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "Token identity"), QStringLiteral("tokenId"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "Error"), QStringLiteral("error"));
    line(QT_TRANSLATE_NOOP("SessionCommand", "Note"), QStringLiteral("notice"));
}

// Opens the login page in the desktop's browser without a shell, or prints it for the user to
// open (another machine, a browser in a container …). The address holds no secret.
bool openLoginPage(const QUrl& url, bool useBrowser) {
    QTextStream err(stderr);
    if (useBrowser && QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString()})) {
        err << QObject::tr("Complete the login in your browser…") << Qt::endl;
        return true;
    }
    QTextStream(stdout) << QObject::tr("Open this address in a browser to log in:") << '\n'
                        << url.toString(QUrl::FullyEncoded) << Qt::endl;
    return true;
}

} // namespace

int SessionCommand::run(const CommandLine& cl) {
    const bool useBrowser = !cl.noBrowser;
    AppServices services([useBrowser](const QUrl& url) { return openLoginPage(url, useBrowser); });
    ServerStore& servers = services.servers;
    const auto resolved = ServerResolver::resolve(cl.server, servers);
    if (!resolved) {
        QTextStream(stderr) << resolved.error().toString() << '\n';
        return 1;
    }
    ServerProfile profile = resolved->profile;
    if (profile.authKind != ServerProfile::AuthKind::SmartPublic &&
        profile.authKind != ServerProfile::AuthKind::SmartConfidential &&
        profile.authKind != ServerProfile::AuthKind::BackendServices) {
        QTextStream(stderr) << QObject::tr(
                                   "%1 is not set up for a SMART login (its authentication is %2)")
                                   .arg(profile.name, ServerProfile::authKindName(profile.authKind))
                            << '\n';
        return 1;
    }
    if (resolved->needsSave) // the session is kept under the profile's id: keep that stable
        profile = servers.save(profile);

    SessionManager& sessions = services.sessions;
    AuditTrail& audit = services.audit;

    int code = 2;
    const QString id = profile.id;
    auto finish = [&](int exitCode) {
        code = exitCode;
        QCoreApplication::exit(exitCode);
    };
    const bool asJson = cl.json;
    const bool loggingOut = cl.mode == CommandLine::Mode::Logout;
    bool logoutSent = false;
    auto logoutOnce = [&] {
        if (!logoutSent) {
            logoutSent = true;
            sessions.logout(id); // revokes what is live, forgets the keychain entry
        }
    };
    QObject::connect(
        &sessions, &SessionManager::stateChanged, &sessions, [&](const QString& s) {
            const auto state = sessions.state(id);
            if (s != id || state == SessionManager::State::LoggingIn ||
                state == SessionManager::State::LoggedIn)
                return;
            if (loggingOut)
                return logoutOnce(); // nothing live to revoke: still forget what is stored
            print(describe(profile, sessions), asJson);
            if (state == SessionManager::State::LoggedOut && sessions.lastError(id).isEmpty())
                QTextStream(stderr)
                    << QObject::tr("Not logged in; run: sightline login %1").arg(cl.server) << '\n';
            finish(2);
        });
    QObject::connect(&sessions, &SessionManager::loggedIn, &sessions, [&](const QString& s) {
        if (s == id && loggingOut)
            logoutOnce();
    });
    // A session is reported once the keychain has answered, so a failure to keep it shows.
    QObject::connect(&sessions, &SessionManager::vaultUpdated, &sessions,
                     [&](const QString& s, bool stored) {
                         if (s != id || !stored || loggingOut ||
                             sessions.state(id) != SessionManager::State::LoggedIn)
                             return;
                         print(describe(profile, sessions), asJson);
                         finish(sessions.notice(id).isEmpty() ? 0 : 2);
                     });
    QObject::connect(&sessions, &SessionManager::loggedOut, &sessions, [&](const QString& s) {
        if (s != id || !loggingOut)
            return;
        print(describe(profile, sessions), asJson);
        finish(sessions.notice(id).isEmpty() ? 0 : 2);
    });

    if (cl.mode == CommandLine::Mode::Login)
        sessions.login(profile);
    else
        sessions.resume(profile);
    audit.flush();
    QCoreApplication::exec();
    audit.flush();
    return code;
}

} // namespace sightline
