#pragma once
// Rewrites the part headers of a multipart body while it streams from a PACS through the
// gateway, so that the PACS's own addresses (a part's Content-Location) never reach a viewer:
// the viewer must come back through the gateway, which adds the credentials. Each header block
// (from a delimiter to the blank line after it) is held until it is complete and then
// rewritten; part bodies pass untouched, and no more than a delimiter's length of them is held
// back at a time. Not thread-safe: one filter per answer.

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sightline {

class PartHeaderFilter {
public:
    // A header block longer than this is refused: a body that is not the multipart it claims.
    static constexpr qsizetype kMaxHeaderBlock = 64 * 1024;

    PartHeaderFilter(const QByteArray& boundary, const QUrl& upstream, QString gatewayRoot);

    // The bytes that may be sent on after `chunk` arrived.
    QByteArray feed(const QByteArray& chunk);
    // What is left when the upstream has finished.
    QByteArray finish();
    bool failed() const { return m_failed; }

    // One header block with the upstream's addresses made the gateway's: a URL under the
    // upstream base is moved under `gatewayRoot`; a line that still names the upstream's host
    // and port is left out.
    QByteArray rewrite(const QByteArray& headers) const;

private:
    enum class State { Body, Headers, Epilogue };
    QByteArray skipAddedCrlf(QByteArray out);

    QByteArray m_delimiter; // CRLF "--" boundary
    QByteArray m_upstreamBase;
    QByteArray m_upstreamAuthority;
    QByteArray m_gatewayRoot;
    QByteArray m_pending;
    State m_state = State::Body;
    qsizetype m_skip = 2; // the CRLF added in front of the body, not yet dropped from the output
    bool m_failed = false;
};

} // namespace sightline
