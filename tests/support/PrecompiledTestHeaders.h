// Headers nearly every test includes, compiled once per kind of test (see
// sightline_precompile_test_headers in cmake/SightlineCommon.cmake). Only library headers
// belong here: Sightline's own change too often to be worth it.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#ifdef QT_WIDGETS_LIB
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#endif
