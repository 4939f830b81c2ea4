#pragma once
// A DICOMweb PACS in a test's hand, for a FakeNetworkAccessManager: answers QIDO-RS and WADO-RS
// for its instances of one study (kStudy, series kSeriesA and kSeriesB), and can cut the
// whole-study answer short or smuggle another study's instance into it.

#include "support/FakeNetworkAccessManager.h"
#include "support/SyntheticDicom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sightline::test {

inline const QString kStudy = QStringLiteral("1.2.826.0.1.3680043.10.99.1");
inline const QString kSeriesA = kStudy + QStringLiteral(".1");
inline const QString kSeriesB = kStudy + QStringLiteral(".2");

inline QByteArray instance(const QString& study, const QString& series, const QString& sop,
                           const QString& dir) {
    return syntheticImage(study, series, sop, dir);
}

inline QJsonObject attribute(const char* vr, const QJsonValue& value) {
    return {{QStringLiteral("vr"), QLatin1String(vr)},
            {QStringLiteral("Value"), QJsonArray{value}}};
}

// A PACS in the test's hand: answers WADO-RS and QIDO-RS for its instances from a scripted
// network, and can cut a body short or smuggle in another study's instance.
struct ScriptedPacs {
    struct Instance {
        QString series;
        QString sop;
        QByteArray bytes;
    };
    QList<Instance> instances;
    int cutStudyAfterBytes = -1; // the whole-study answer drops after this much
    QByteArray foreignPart;      // sent along with the whole study when set

    static QByteArray multipart(const QList<QByteArray>& parts) {
        QByteArray body;
        for (const QByteArray& part : parts)
            body += "--frontier\r\nContent-Type: application/dicom\r\n\r\n" + part + "\r\n";
        return body + "--frontier--\r\n";
    }
    static ScriptedReply dicomReply(const QList<QByteArray>& parts) {
        return {
            200,
            {{"Content-Type", "multipart/related; type=\"application/dicom\"; boundary=frontier"}},
            multipart(parts)};
    }

    ScriptedReply answer(const RecordedRequest& request) const {
        const QString path = request.url.path();
        const QUrlQuery query(request.url);
        static const QRegularExpression study(QStringLiteral("/studies/([0-9.]+)$"));
        static const QRegularExpression series(QStringLiteral("/series/([0-9.]+)$"));
        static const QRegularExpression one(
            QStringLiteral("/series/([0-9.]+)/instances/([0-9.]+)$"));
        static const QRegularExpression listing(QStringLiteral("/series/([0-9.]+)/instances$"));
        if (path.endsWith(QLatin1String("/studies")) && query.hasQueryItem("StudyInstanceUID"))
            return jsonReply(
                200, QJsonDocument(QJsonArray{QJsonObject{
                                       {"0020000D", attribute("UI", kStudy)},
                                       {"00201208", attribute("IS", int(instances.size()))}}})
                         .toJson());
        if (path.endsWith(QLatin1String("/series"))) {
            QJsonArray list;
            for (const QString& uid : {kSeriesA, kSeriesB})
                list.append(QJsonObject{{"0020000E", attribute("UI", uid)}});
            return jsonReply(200, QJsonDocument(list).toJson());
        }
        if (const auto m = listing.match(path); m.hasMatch()) {
            QJsonArray list;
            for (const Instance& i : instances) {
                if (i.series == m.captured(1))
                    list.append(QJsonObject{{"0020000E", attribute("UI", i.series)},
                                            {"00080018", attribute("UI", i.sop)}});
            }
            return jsonReply(200, QJsonDocument(list).toJson());
        }
        if (const auto m = one.match(path); m.hasMatch()) {
            for (const Instance& i : instances) {
                if (i.sop == m.captured(2))
                    return dicomReply({i.bytes});
            }
            return {404, {}, {}};
        }
        if (const auto m = series.match(path); m.hasMatch()) {
            QList<QByteArray> parts;
            for (const Instance& i : instances) {
                if (i.series == m.captured(1))
                    parts << i.bytes;
            }
            return dicomReply(parts);
        }
        if (study.match(path).hasMatch()) {
            QList<QByteArray> parts;
            for (const Instance& i : instances)
                parts << i.bytes;
            if (!foreignPart.isEmpty())
                parts.insert(1, foreignPart);
            ScriptedReply reply = dicomReply(parts);
            reply.cutAfterBytes = cutStudyAfterBytes;
            return reply;
        }
        return {404, {}, {}}; // rendered thumbnails and the rest
    }
};

} // namespace sightline::test
