#pragma once
// Comparing secrets (OAuth state, the gateway's session prefix) without leaking through timing
// how much of a guess was right.

#include <QByteArrayView>

namespace sightline {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace sightline
