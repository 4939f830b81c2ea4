#include "capabilities/CapabilityTreeModel.h"
#include "support/LargeCapabilityStatement.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sightline;

class TestCapabilityTreeModel : public QObject {
    Q_OBJECT
private slots:
    void structureAndFilter() {
        CapabilityTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServerCapabilities caps;
        caps.fhirBase = QUrl(QStringLiteral("https://hapi.example/baseR4"));
        caps.statement =
            CapabilityStatement::fromJson(test::makeLargeCapabilityStatement(12, 4)).value();
        caps.smartError = Error::make(Error::Kind::Http, QStringLiteral("404"));
        model.setCapabilities(caps);

        QCOMPARE(model.rowCount(), 4); // Server, SMART, System, Resources
        const QModelIndex resources = model.find({QStringLiteral("Resources")});
        QVERIFY(resources.isValid());
        QCOMPARE(model.rowCount(resources), 12);
        const QModelIndex patientReads =
            model.find({QStringLiteral("Resources"), QStringLiteral("ImagingStudy"),
                        QStringLiteral("_include"), QStringLiteral("ImagingStudy:endpoint")});
        QVERIFY(patientReads.isValid());
        QVERIFY(model.find({QStringLiteral("SMART")})
                    .siblingAtColumn(1)
                    .data()
                    .toString()
                    .contains(QLatin1String("unavailable")));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("imagingstudy:endpoint"));
        QCOMPARE(proxy.rowCount(), 1); // only the Resources branch holds a match
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCapabilityTreeModel)
#include "TestCapabilityTreeModel.moc"
