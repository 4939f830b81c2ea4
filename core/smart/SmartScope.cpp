#include "smart/SmartScope.h"

#include <QRegularExpression>

namespace sightline {

std::optional<SmartScope> SmartScope::parse(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(patient|user|system)/([A-Za-z]+|\*)\.(read|write|\*|c?r?u?d?s?)(\?(.+))?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || m.captured(3).isEmpty())
        return std::nullopt;
    SmartScope s;
    s.raw = text;
    const QString context = m.captured(1);
    s.context = context == QLatin1String("patient") ? Context::Patient
                : context == QLatin1String("user")  ? Context::User
                                                    : Context::System;
    s.resourceType = m.captured(2);
    const QString perms = m.captured(3);
    if (perms == QLatin1String("read")) {
        s.v1 = true;
        s.permissions = Read | Search;
    } else if (perms == QLatin1String("write")) {
        s.v1 = true;
        s.permissions = Create | Update | Delete;
    } else if (perms == QLatin1String("*")) {
        s.v1 = true;
        s.permissions = Create | Read | Update | Delete | Search;
    } else {
        for (QChar c : perms) {
            s.permissions |= c == QLatin1Char('c')   ? Create
                             : c == QLatin1Char('r') ? Read
                             : c == QLatin1Char('u') ? Update
                             : c == QLatin1Char('d') ? Delete
                                                     : Search;
        }
    }
    if (!m.captured(5).isEmpty())
        s.qualifiers = QUrlQuery(m.captured(5)).queryItems(QUrl::FullyDecoded);
    return s;
}

QString SmartScope::contextName(Context context) {
    switch (context) {
    case Context::Patient:
        return QStringLiteral("patient");
    case Context::User:
        return QStringLiteral("user");
    case Context::System:
        return QStringLiteral("system");
    }
    return {};
}

bool SmartScope::allows(Context wanted, const QString& type, int permission) const {
    return context == wanted && (resourceType == QLatin1String("*") || resourceType == type) &&
           (permissions & permission) == permission;
}

SmartScopeSet SmartScopeSet::parse(const QString& spaceSeparated) {
    SmartScopeSet set;
    for (const QString& token : spaceSeparated.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        set.m_all << token;
        if (const auto scope = SmartScope::parse(token))
            set.m_resources << *scope;
        else
            set.m_other << token;
    }
    return set;
}

QStringList SmartScopeSet::all() const {
    return m_all;
}

bool SmartScopeSet::covers(const QString& type, int permission) const {
    for (const SmartScope& s : m_resources) {
        // A qualified scope (`?category=…`) only covers part of the type: not the whole request.
        if (s.qualifiers.isEmpty() && (s.allows(SmartScope::Context::Patient, type, permission) ||
                                       s.allows(SmartScope::Context::User, type, permission) ||
                                       s.allows(SmartScope::Context::System, type, permission)))
            return true;
    }
    return false;
}

QStringList SmartScopeSet::missingFrom(const SmartScopeSet& requested) const {
    QStringList missing;
    for (const QString& scope : requested.m_all) {
        if (!m_all.contains(scope))
            missing << scope;
    }
    return missing;
}

} // namespace sightline
