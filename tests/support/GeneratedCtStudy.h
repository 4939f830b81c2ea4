#pragma once
// The sandbox's first generated CT study (two series of 30 slices, tests/sandbox's roster), as
// files by series, without any server: what DIMSE tests load into their nodes.

#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace sightline::test {

struct GeneratedCtStudy {
    QString uid;
    QStringList series;               // in the order the generator made them
    QMap<QString, QStringList> files; // by series

    QStringList allFiles() const {
        QStringList out;
        for (const QString& s : series)
            out << files.value(s);
        return out;
    }

    // Empty `uid`, with `error` set, when the generator failed or made no such study.
    static GeneratedCtStudy make(QString* error) {
        GeneratedCtStudy out;
        const QJsonObject generated = SandboxFixture::generatedDicom(error);
        for (const QJsonValue& study : generated.value(QStringLiteral("studies")).toArray()) {
            const QJsonArray series = study.toObject().value(QStringLiteral("series")).toArray();
            if (study.toObject().value(QStringLiteral("modality")).toString() !=
                    QLatin1String("CT") ||
                series.size() < 2)
                continue;
            out.uid = study.toObject().value(QStringLiteral("uid")).toString();
            for (const QJsonValue& s : series) {
                const QString uid = s.toObject().value(QStringLiteral("uid")).toString();
                out.series << uid;
                for (const QJsonValue& f : s.toObject().value(QStringLiteral("files")).toArray())
                    out.files[uid] << f.toString();
            }
            return out;
        }
        if (error && error->isEmpty())
            *error = QStringLiteral("the sandbox made no two-series CT study");
        return out;
    }
};

} // namespace sightline::test
