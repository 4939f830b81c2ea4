#pragma once
// One background job as stored: what it is (kind, title, target server, parameters), where it
// stands (state, progress, error, attempts, next attempt) and what it needs to continue after a
// restart (output folder, server status URL). Pure value; thread-safe.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sightline {

struct JobRecord {
    enum class State { Queued, Running, Paused, Failed, Cancelled, Completed };

    qint64 id = 0;
    QString kind; // "bulk-export"
    QString title;
    QString target; // the server it talks to; one running job per target
    State state = State::Queued;
    QJsonObject parameters;
    QJsonObject progress; // phase, percent, bytes, resources, files …
    QString error;
    int attempts = 0;
    QString outputDir;
    QString statusUrl;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDateTime nextAttemptUtc; // invalid = now

    bool isFinished() const {
        return state == State::Failed || state == State::Cancelled || state == State::Completed;
    }
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
};

} // namespace sightline

Q_DECLARE_METATYPE(sightline::JobRecord)
