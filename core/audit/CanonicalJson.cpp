#include "audit/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

#include <cmath>
#include <utility>

namespace sightline {

namespace {

class Writer {
public:
    Writer() { m_out.reserve(4096); }

    void value(const QJsonValue& v) {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_out += "null";
            break;
        case QJsonValue::Bool:
            m_out += v.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double:
            number(v.toDouble());
            break;
        case QJsonValue::String:
            string(v.toString());
            break;
        case QJsonValue::Array:
            array(v.toArray());
            break;
        case QJsonValue::Object:
            object(v.toObject());
            break;
        }
    }

    void object(const QJsonObject& o) {
        m_out += '{';
        bool first = true;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!first)
                m_out += ',';
            first = false;
            string(it.key());
            m_out += ':';
            value(it.value());
        }
        m_out += '}';
    }

    void array(const QJsonArray& a) {
        m_out += '[';
        bool first = true;
        for (const QJsonValue& v : a) {
            if (!first)
                m_out += ',';
            first = false;
            value(v);
        }
        m_out += ']';
    }

    void number(double d) {
        if (!std::isfinite(d)) {
            m_out += "null"; // as Qt writes it: JSON has no infinity or NaN
            return;
        }
        const QByteArray text = (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
                                    ? QByteArray::number(qint64(d))
                                    : QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        m_out.append(text);
    }

    // UTF-16 to escaped UTF-8, written through a pointer into room made beforehand (at most six
    // bytes per UTF-16 unit, for "\u00XX").
    void string(QStringView s) {
        const qsizetype start = m_out.size();
        // QByteArray::resize leaves the new bytes uninitialised (no memset per string).
        m_out.resize(start + s.size() * 6 + 2);
        char* p = m_out.data() + start;
        *p++ = '"';
        const char16_t* c = s.utf16();
        const char16_t* const end = c + s.size();
        static constexpr char kHex[] = "0123456789abcdef";
        for (; c < end; ++c) {
            const char16_t u = *c;
            if (u < 0x80) {
                if (u >= 0x20 && u != '"' && u != '\\') {
                    *p++ = char(u);
                    continue;
                }
                *p++ = '\\';
                switch (u) {
                case '"':
                    *p++ = '"';
                    break;
                case '\\':
                    *p++ = '\\';
                    break;
                case '\b':
                    *p++ = 'b';
                    break;
                case '\f':
                    *p++ = 'f';
                    break;
                case '\n':
                    *p++ = 'n';
                    break;
                case '\r':
                    *p++ = 'r';
                    break;
                case '\t':
                    *p++ = 't';
                    break;
                default:
                    *p++ = 'u';
                    *p++ = '0';
                    *p++ = '0';
                    *p++ = kHex[u >> 4];
                    *p++ = kHex[u & 0xf];
                }
            } else if (u < 0x800) {
                *p++ = char(0xc0 | (u >> 6));
                *p++ = char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && c + 1 < end && QChar::isLowSurrogate(c[1])) {
                const char32_t cp = QChar::surrogateToUcs4(u, c[1]);
                ++c;
                *p++ = char(0xf0 | (cp >> 18));
                *p++ = char(0x80 | ((cp >> 12) & 0x3f));
                *p++ = char(0x80 | ((cp >> 6) & 0x3f));
                *p++ = char(0x80 | (cp & 0x3f));
            } else {
                // A lone surrogate becomes U+FFFD, as QString::toUtf8 makes it.
                const char16_t bmp = QChar::isSurrogate(u) ? char16_t(0xfffd) : u;
                *p++ = char(0xe0 | (bmp >> 12));
                *p++ = char(0x80 | ((bmp >> 6) & 0x3f));
                *p++ = char(0x80 | (bmp & 0x3f));
            }
        }
        *p++ = '"';
        m_out.resize(qsizetype(p - m_out.data()));
    }

    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

QByteArray CanonicalJson::write(const QJsonObject& object) {
    Writer writer;
    writer.object(object);
    return writer.take();
}

} // namespace sightline
