#include "gateway/PartHeaderFilter.h"

#include <QList>

#include <algorithm>
#include <cctype>
#include <utility>

namespace sightline {

namespace {

// Whether `line` names `authority` (host:port), not merely a longer port that starts alike.
bool names(const QByteArray& line, const QByteArray& authority) {
    for (qsizetype at = line.indexOf(authority); at >= 0; at = line.indexOf(authority, at + 1)) {
        const qsizetype after = at + authority.size();
        if (after >= line.size() || !std::isdigit(static_cast<unsigned char>(line.at(after))))
            return true;
    }
    return false;
}

} // namespace

PartHeaderFilter::PartHeaderFilter(const QByteArray& boundary, const QUrl& upstream,
                                   QString gatewayRoot)
    : m_delimiter("\r\n--" + boundary)
    , m_upstreamBase(upstream.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash).toUtf8())
    , m_upstreamAuthority(upstream.authority(QUrl::FullyEncoded).toUtf8())
    , m_gatewayRoot(gatewayRoot.toUtf8()) {
    // The body may begin with the first delimiter itself.
    m_pending = "\r\n";
}

QByteArray PartHeaderFilter::rewrite(const QByteArray& headers) const {
    QList<QByteArray> lines = headers.split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        line.replace(m_upstreamBase, m_gatewayRoot);
        if (!m_upstreamAuthority.isEmpty() && names(line, m_upstreamAuthority))
            continue; // names the PACS some other way: left out
        out += line;
        if (i + 1 < lines.size())
            out += '\n';
    }
    return out;
}

QByteArray PartHeaderFilter::feed(const QByteArray& chunk) {
    if (m_failed)
        return {};
    m_pending += chunk;
    QByteArray out;
    for (;;) {
        if (m_state == State::Epilogue) {
            out += std::exchange(m_pending, {});
            return skipAddedCrlf(std::move(out));
        }
        if (m_state == State::Body) {
            const qsizetype at = m_pending.indexOf(m_delimiter);
            if (at < 0) {
                // Hold back what could be the start of a delimiter split between chunks.
                const qsizetype keep = std::min(m_pending.size(), m_delimiter.size() - 1);
                out += m_pending.left(m_pending.size() - keep);
                m_pending.remove(0, m_pending.size() - keep);
                break;
            }
            const qsizetype end = at + m_delimiter.size();
            out += m_pending.left(end);
            m_pending.remove(0, end);
            m_state = State::Headers;
            continue;
        }
        // Headers: after the delimiter, "--" closes the body; else the block ends at a blank
        // line.
        if (m_pending.size() < 2)
            break;
        if (m_pending.startsWith("--")) {
            m_state = State::Epilogue;
            continue;
        }
        const qsizetype blank = m_pending.indexOf("\r\n\r\n");
        if (blank < 0) {
            if (m_pending.size() > kMaxHeaderBlock) {
                m_failed = true;
                return skipAddedCrlf(std::move(out));
            }
            break;
        }
        out += rewrite(m_pending.left(blank + 4));
        m_pending.remove(0, blank + 4);
        m_state = State::Body;
    }
    return skipAddedCrlf(std::move(out));
}

QByteArray PartHeaderFilter::skipAddedCrlf(QByteArray out) {
    // The CRLF put in front of the body for the first delimiter is not the PACS's.
    const qsizetype n = std::min(m_skip, out.size());
    out.remove(0, n);
    m_skip -= n;
    return out;
}

QByteArray PartHeaderFilter::finish() {
    if (m_failed)
        return {};
    QByteArray rest = std::exchange(m_pending, {});
    // A header block cut short is still the PACS's header: rewritten like a whole one.
    return skipAddedCrlf(m_state == State::Headers ? rewrite(rest) : rest);
}

} // namespace sightline
