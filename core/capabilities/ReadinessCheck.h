#pragma once
// Answers "can this server do what Sightline needs?": one item per need, each with a verdict and
// the reason in words. Pure function of a ServerCapabilities; thread-safe.

#include "capabilities/ServerCapabilities.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

namespace sightline {

struct ReadinessItem {
    enum class State { Ready, Partial, Missing, Unknown };

    QString id;    // stable key, e.g. "imaging-search"
    QString title; // "Search ImagingStudy by patient"
    QString area;  // "Imaging", "SMART", …
    State state = State::Unknown;
    QString reason;         // why, citing what the server declared
    bool essential = false; // Sightline's core workflow needs it

    static QString stateSymbol(State state);
    static QString stateName(State state);
};

class ReadinessCheck {
    Q_DECLARE_TR_FUNCTIONS(ReadinessCheck)

public:
    static QList<ReadinessItem> evaluate(const ServerCapabilities& capabilities);
    // "Ready for Sightline", "Usable with limits: …" or "Not usable: …".
    static QString verdict(const QList<ReadinessItem>& items);
};

} // namespace sightline
