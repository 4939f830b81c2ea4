#pragma once
// Settles the image cache (CacheDurability) moments after instances were indexed, on a thread
// of its own with its own connection: the files of everything that arrived in that while made
// durable at once, off every retrieval's path. A retrieval that goes on keeps asking; the settler
// settles at most once per delay, and after a failure ten times less often. Destroyed, it settles
// what is left before it returns (on the destroying thread's time: at exit, the application's),
// so a Sightline that exits normally leaves nothing to check. Thread-safe.

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace sightline {

class CacheSettler {
public:
    static constexpr std::chrono::milliseconds kDelay{1000};

    explicit CacheSettler(QString root, std::chrono::milliseconds delay = kDelay);
    ~CacheSettler();
    CacheSettler(const CacheSettler&) = delete;
    CacheSettler& operator=(const CacheSettler&) = delete;

    // A settle within the delay (the thread starts on the first request).
    void request();
    // How many settles have run (for tests and logs).
    int settles() const;

private:
    void run();

    const QString m_root;
    const std::chrono::milliseconds m_delay;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false; // guarded by m_mutex
    bool m_stopping = false;  // guarded by m_mutex
    int m_settles = 0;        // guarded by m_mutex
    std::thread m_thread;     // started by the first request(), under m_mutex
};

} // namespace sightline
