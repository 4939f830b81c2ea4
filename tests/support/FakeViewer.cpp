// A stand-in viewer program for launch tests: writes the arguments it was started with, one JSON
// array per start, to the file named by SIGHTLINE_FAKE_VIEWER_LOG. Started without a shell, it
// receives exactly the argument list Sightline built.
#include <fstream>
#include <iostream>
#include <string>

static std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (const unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

int main(int argc, char** argv) {
    const char* log = std::getenv("SIGHTLINE_FAKE_VIEWER_LOG");
    if (!log)
        return 2;
    std::ofstream out(log, std::ios::app);
    out << "[";
    for (int i = 1; i < argc; ++i)
        out << (i > 1 ? "," : "") << jsonString(argv[i]);
    out << "]\n";
    return 0;
}
