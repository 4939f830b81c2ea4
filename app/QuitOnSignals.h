#pragma once
// Commands that run until stopped (`open`, `receive`): Ctrl+C and SIGTERM end the event loop
// cleanly, so what they hold open (a gateway, a receiving node) is closed and audited.

namespace sightline {

void quitOnSignals();

} // namespace sightline
