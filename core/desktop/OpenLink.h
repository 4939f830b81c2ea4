#pragma once
// A link that opens a study in Sightline: `sightline://open?server=…&study=…[&viewer=…]`, from
// a worklist, a report or a chat message, through the desktop's URL handler. `server` names a
// server profile the user has configured (its id or name): a link can never make Sightline
// contact a server the user did not set up. Pure value.

#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace sightline {

struct OpenLink {
    QString server;   // profile id or name
    QString studyUid; // a valid DICOM UID
    QString viewerId; // empty: the default viewer

    static bool isOpenLink(const QUrl& url);
    static Result<OpenLink> fromUrl(const QUrl& url);
};

} // namespace sightline
