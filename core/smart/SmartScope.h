#pragma once
// SMART App Launch scopes, v1 and v2: `(patient|user|system)/(Type|*).(cruds|read|write|*)`
// with optional `?param=value` qualifiers, plus the non-resource scopes (openid, launch …).
// The set answers whether a planned request is covered. Pure values; thread-safe.

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace sightline {

struct SmartScope {
    enum class Context { Patient, User, System };
    enum Permission { Create = 1, Read = 2, Update = 4, Delete = 8, Search = 16 };

    QString raw;
    Context context = Context::Patient;
    QString resourceType; // "*" for all
    int permissions = 0;
    QList<QPair<QString, QString>> qualifiers; // v2 `?category=laboratory`
    bool v1 = false;

    // Resource scopes only; nullopt for openid, launch, malformed text …
    static std::optional<SmartScope> parse(const QString& text);
    static QString contextName(Context context);
    bool allows(Context context, const QString& type, int permission) const;
};

class SmartScopeSet {
public:
    static SmartScopeSet parse(const QString& spaceSeparated);

    const QList<SmartScope>& resourceScopes() const { return m_resources; }
    const QStringList& otherScopes() const { return m_other; }
    QStringList all() const;
    bool contains(const QString& scope) const { return m_all.contains(scope); }
    // Whether some scope permits `permission` on `type` in one of the contexts a client may use.
    bool covers(const QString& type, int permission) const;
    // What is in `requested` but not in this (granted) set, for showing narrowed grants.
    QStringList missingFrom(const SmartScopeSet& requested) const;

private:
    QList<SmartScope> m_resources;
    QStringList m_other;
    QStringList m_all;
};

} // namespace sightline
