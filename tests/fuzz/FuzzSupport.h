#pragma once
// What every fuzz target shares: Qt set up once (an application object, so the SQL and image
// plugins load as they do in Sightline), Qt's messages silenced so libFuzzer's own report stays
// readable (qFatal still aborts), ways to cut one input into several, and FUZZ_CHECK, which turns
// a broken invariant into a crash that libFuzzer records with the input that caused it.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "Invariant broken: %s (%s:%d)\n", #condition, __FILE__,           \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace sightline::fuzz {

inline void setUp() {
    static int argc = 1;
    static char name[] = "sightline-fuzz";
    static char* argv[] = {name, nullptr};
    // Never destroyed: libFuzzer leaves through exit(), and the application must outlive every
    // static that still uses Qt then.
    static auto* app = new QCoreApplication(argc, argv);
    (void)app;
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The input cut at NUL bytes into exactly `count` pieces (missing ones empty, the last one
// keeps any further NULs), so one input can carry a document and what is asked of it.
inline QList<QByteArray> pieces(const QByteArray& input, int count) {
    QList<QByteArray> out;
    qsizetype from = 0;
    for (int i = 0; i < count - 1; ++i) {
        const qsizetype nul = input.indexOf('\0', from);
        if (nul < 0)
            break;
        out.append(input.mid(from, nul - from));
        from = nul + 1;
    }
    out.append(input.mid(from));
    while (out.size() < count)
        out.append(QByteArray());
    return out;
}

inline QJsonObject jsonObject(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace sightline::fuzz

// Every target sets Qt up before its first input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    sightline::fuzz::setUp();
    return 0;
}
