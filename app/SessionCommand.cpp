#include "SessionCommand.h"

#include "AppServices.h"
#include "ServerResolver.h"
#include "audit/AuditTrail.h"
#include "audit/FhirAuditor.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "smart/SessionManager.h"
#include "smart/SigningKey.h"
#include "smart/SmartSession.h"
#include "smart/TokenVault.h"

#include <QCoreApplication>
#include <QFileInfo>
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

QList<CommandSpec> SessionCommand::commands() {
    const CommandArgument server{QStringLiteral("SERVER"), tr("the server (a SMART profile)")};
    const CommandOption json{QStringLiteral("json"), {}, tr("print the session as JSON")};
    const CommandOption noBrowser{QStringLiteral("no-browser"),
                                  {},
                                  tr("print the login address (to open elsewhere) instead of "
                                     "opening the browser")};
    CommandSpec launch;
    launch.name = QStringLiteral("launch");
    launch.summary = tr("EHR launch: open Sightline and log in to the EHR's server with its "
                        "context.");
    launch.details = tr("What an EHR's sightline://launch?iss=…&launch=… link does.");
    launch.options = {
        {QStringLiteral("iss"), QStringLiteral("URL"), tr("the EHR's FHIR server"), true},
        {QStringLiteral("launch"), QStringLiteral("ID"), tr("the EHR's launch value"), true},
        noBrowser};
    launch.runs = [](const CommandArguments&) { return CommandSpec::Runs::Window; };

    CommandSpec login;
    login.name = QStringLiteral("login");
    login.summary = tr("Log in (SMART standalone launch); the session is kept in the OS "
                       "keychain.");
    login.arguments = {server};
    login.options = {noBrowser, json};
    login.run = &SessionCommand::run;

    CommandSpec session;
    session.name = QStringLiteral("session");
    session.summary = tr("Show the kept session: user, patient, scopes, expiry.");
    session.arguments = {server};
    session.options = {json};
    session.run = &SessionCommand::run;

    CommandSpec logout;
    logout.name = QStringLiteral("logout");
    logout.summary = tr("Revoke the session and remove it from the keychain.");
    logout.arguments = {server};
    logout.options = {json};
    logout.run = &SessionCommand::run;

    CommandSpec keygen;
    keygen.name = QStringLiteral("keygen");
    keygen.summary = tr("Make a Backend Services key pair: the private key goes to FILE (readable "
                        "by you only), the public JWKS to the screen.");
    keygen.options = {{QStringLiteral("alg"), QStringLiteral("ES384|RS384"),
                       tr("the signing algorithm (default ES384)")},
                      {QStringLiteral("out"), QStringLiteral("FILE"),
                       tr("where the private key goes; never overwritten"), true}};
    keygen.run = &SessionCommand::keygen;
    return {launch, login, session, logout, keygen};
}

int SessionCommand::keygen(const CommandArguments& args) {
    const QString out = args.value(QStringLiteral("out"));
    const QString algorithm = args.isSet(QStringLiteral("alg")) ? args.value(QStringLiteral("alg"))
                                                                : QStringLiteral("ES384");
    if (algorithm != QLatin1String("ES384") && algorithm != QLatin1String("RS384"))
        return args.usageError(tr("--alg is ES384 or RS384"));
    if (QFileInfo::exists(out)) {
        QTextStream(stderr) << tr("%1 exists already; Sightline does not overwrite keys").arg(out)
                            << '\n';
        return 1;
    }
    const auto key =
        SigningKey::generate(algorithm == QLatin1String("RS384") ? SigningKey::Algorithm::RS384
                                                                 : SigningKey::Algorithm::ES384);
    if (!key) {
        QTextStream(stderr) << key.error().toString() << '\n';
        return 2;
    }
    if (const Status written = key->writePrivateKey(out); !written) {
        QTextStream(stderr) << written.error().toString() << '\n';
        return 2;
    }
    QTextStream(stdout)
        << QJsonDocument(SigningKey::jwks({key.value()})).toJson(QJsonDocument::Indented);
    QTextStream(stderr) << tr("Private key written to %1 (readable by you only). Register the "
                              "JWKS above with the server; set the key file as the server "
                              "profile's key file.")
                               .arg(out)
                        << '\n';
    return 0;
}

int SessionCommand::run(const CommandArguments& args) {
    const bool useBrowser = !args.isSet(QStringLiteral("no-browser"));
    const QString serverText = args.argument(0);
    AppServices services([useBrowser](const QUrl& url) { return openLoginPage(url, useBrowser); });
    ServerStore& servers = services.servers;
    const auto resolved = ServerResolver::resolve(serverText, servers);
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
    const bool asJson = args.isSet(QStringLiteral("json"));
    const bool loggingOut = args.is(QStringLiteral("logout"));
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
                    << QObject::tr("Not logged in; run: sightline login %1").arg(serverText)
                    << '\n';
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

    if (args.is(QStringLiteral("login")))
        sessions.login(profile);
    else
        sessions.resume(profile);
    audit.flush();
    QCoreApplication::exec();
    audit.flush();
    return code;
}

} // namespace sightline
