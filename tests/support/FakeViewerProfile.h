#pragma once
// Writes a viewers.json whose default profile starts the fake viewer program
// (tests/support/FakeViewer.cpp) with `arguments` (placeholders such as {studyUID} allowed), so
// tests can see exactly what a viewer launch would have been given.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace sightline::test {

inline bool writeFakeViewerProfile(const QString& path, const QString& program,
                                   const QStringList& arguments) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject profile{{QStringLiteral("id"), QStringLiteral("fake")},
                              {QStringLiteral("name"), QStringLiteral("Fake viewer")},
                              {QStringLiteral("kind"), QStringLiteral("program")},
                              {QStringLiteral("program"), program},
                              {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("profiles"), QJsonArray{profile}},
                                         {QStringLiteral("default"), QStringLiteral("fake")}})
                   .toJson());
    return file.flush();
}

} // namespace sightline::test
