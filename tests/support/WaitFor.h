#pragma once
// Runs the event loop until `done()` holds or `ms` pass; returns whether it held. For waits on
// conditions that may block briefly themselves (QTRY_* misbehaves with those).

#include <QElapsedTimer>
#include <QTest>

#include <functional>

namespace sightline::test {

inline bool waitFor(const std::function<bool()>& done, int ms = 30000) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

} // namespace sightline::test
