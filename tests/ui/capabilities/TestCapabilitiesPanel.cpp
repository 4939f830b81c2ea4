#include "capabilities/CapabilitiesPanel.h"
#include "capabilities/CapabilityComparisonView.h"
#include "capabilities/ServerDialog.h"
#include "network/NetworkRecorder.h"
#include "servers/SecretStore.h"
#include "servers/ServerStore.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace sightline;

// Drives the Capabilities panel as a user would: add the sandbox server through the dialog by
// pasting a connection string, wait for its capabilities, read the checklist and the tree.
class TestCapabilitiesPanel : public QObject {
    Q_OBJECT

    test::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    NetworkRecorder m_recorder;
    std::unique_ptr<ServerStore> m_store;
    SecretStore m_secrets{QStringLiteral("SightlineTest")};
    std::unique_ptr<CapabilitiesPanel> m_panel;

    QTreeWidgetItem* readinessItem(const QString& id) {
        auto* list = m_panel->findChild<QTreeWidget*>(QStringLiteral("readinessList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
                return list->topLevelItem(i);
        }
        return nullptr;
    }

    void addServerThroughDialog(const QString& connectionString) {
        QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("addServer")),
                          Qt::LeftButton);
        ServerDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<ServerDialog*>()) != nullptr &&
                    dialog->isVisible());
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("connectionString"));
        QTest::keyClicks(field, connectionString);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyConnectionString")),
                          Qt::LeftButton);
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("fhirBase"))
                    ->text()
                    .startsWith(QLatin1String("http://127.0.0.1")));
        dialog->accept();
        QTRY_VERIFY(m_panel->findChild<ServerDialog*>() == nullptr);
    }

private slots:
    void initTestCase() {
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_store = std::make_unique<ServerStore>(m_dir.filePath(QStringLiteral("servers.ini")));
        m_panel = std::make_unique<CapabilitiesPanel>(m_store.get(), &m_secrets,
                                                      FhirClientFactory(&m_network, &m_recorder));
        m_panel->resize(1200, 760);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void addSandboxAndReadReadiness() {
        const QUrl base = m_sandbox.fhirBase();
        addServerThroughDialog(
            QStringLiteral("fhir+http://127.0.0.1:%1/fhir?name=Sightline%20sandbox")
                .arg(base.port()));
        const QString id = m_panel->currentServerId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_store->profile(id)->name, QStringLiteral("Sightline sandbox"));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->capabilitiesOf(id) != nullptr, 20000);

        QCOMPARE(readinessItem(QStringLiteral("imaging-search"))->text(0), QStringLiteral("✓"));
        QCOMPARE(readinessItem(QStringLiteral("smart-pkce"))->text(0), QStringLiteral("✓"));
        // The sandbox declares Bulk Data $export (system, Patient, Group).
        QCOMPARE(readinessItem(QStringLiteral("bulk-export"))->text(0), QStringLiteral("✓"));
        const QString verdict = m_panel->findChild<QLabel*>(QStringLiteral("verdict"))->text();
        QVERIFY2(verdict.contains(QLatin1String("Usable with limits")), qPrintable(verdict));

        // The network layer saw both discovery requests.
        QStringList urls;
        for (const auto& e : m_recorder.exchanges())
            urls << e.url.path();
        QVERIFY(urls.contains(QStringLiteral("/fhir/metadata")));
        QVERIFY(urls.contains(QStringLiteral("/fhir/.well-known/smart-configuration")));
    }

    // The sandbox offers SMART on FHIR, but a profile made from a plain address logs in with
    // nothing: the panel offers to set the login up, and the dialog comes with SMART chosen. Out
    // of the box the Session panel once had nothing to offer.
    void offersToSetUpSmartWhenTheServerAdvertisesIt() {
        const QString id = m_panel->currentServerId();
        QCOMPARE(m_store->profile(id)->authKind, ServerProfile::AuthKind::None);
        auto* setUp = m_panel->findChild<QPushButton*>(QStringLiteral("setUpSmart"));
        QVERIFY(setUp);
        QTRY_VERIFY(setUp->isVisible());
        QTest::mouseClick(setUp, Qt::LeftButton);
        ServerDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<ServerDialog*>()) != nullptr &&
                    dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("message"))->isVisible());
        QCOMPARE(dialog->profile().authKind, ServerProfile::AuthKind::SmartPublic);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("clientId")),
                         QStringLiteral("sightline-desktop"));
        dialog->accept();
        QTRY_VERIFY(m_panel->findChild<ServerDialog*>() == nullptr);
        QCOMPARE(m_store->profile(id)->authKind, ServerProfile::AuthKind::SmartPublic);
        QCOMPARE(m_store->profile(id)->clientId, QStringLiteral("sightline-desktop"));
        // Set up: nothing more to offer.
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->capabilitiesOf(id) != nullptr, 20000);
        QVERIFY(!setUp->isVisible());
    }

    void treeAndFilter() {
        auto* tabs = m_panel->findChild<QTabWidget*>(QStringLiteral("capabilityTabs"));
        tabs->setCurrentIndex(1);
        auto* tree = m_panel->findChild<QTreeView*>(QStringLiteral("capabilityTree"));
        QAbstractItemModel* model = tree->model();
        QStringList top;
        for (int r = 0; r < model->rowCount(); ++r)
            top << model->index(r, 0).data().toString();
        QCOMPARE(top, (QStringList{QStringLiteral("Server"), QStringLiteral("SMART"),
                                   QStringLiteral("System"), QStringLiteral("Resources")}));
        const QModelIndex resources = model->index(3, 0);
        QVERIFY(model->rowCount(resources) > 100);

        QTest::keyClicks(m_panel->findChild<QLineEdit*>(QStringLiteral("capabilityFilter")),
                         QStringLiteral("ImagingStudy:endpoint"));
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex filteredResources = model->index(0, 0);
        QCOMPARE(filteredResources.data().toString(), QStringLiteral("Resources"));
        QCOMPARE(model->rowCount(filteredResources), 1);
        QCOMPARE(model->index(0, 0, filteredResources).data().toString(),
                 QStringLiteral("ImagingStudy"));
        m_panel->findChild<QLineEdit*>(QStringLiteral("capabilityFilter"))->clear();
        tabs->setCurrentIndex(0);

        if (const QByteArray dir = qgetenv("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QVERIFY(m_panel->grab().save(QString::fromLocal8Bit(dir) +
                                         QStringLiteral("/capabilities-panel.png")));
        }
    }

    void unreachableServerShowsClearError() {
        addServerThroughDialog(QStringLiteral("fhir+http://127.0.0.1:9/fhir?name=Unreachable"));
        const QString id = m_panel->currentServerId();
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->capabilitiesOf(id) != nullptr, 20000);
        const QString error = m_panel->findChild<QLabel*>(QStringLiteral("loadError"))->text();
        QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
        QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("verdict"))
                    ->text()
                    .contains(QLatin1String("Not usable")));
    }

    void compareTwoServers() {
        // Unreachable server is selected; compare it with the sandbox.
        auto* view =
            m_panel->findChild<CapabilityComparisonView*>(QStringLiteral("comparisonView"));
        auto* combo = view->findChild<QComboBox*>(QStringLiteral("compareWith"));
        QCOMPARE(combo->count(), 1);
        // As a user does: open the Compare tab, then press Compare once it is on screen.
        m_panel->findChild<QTabWidget*>(QStringLiteral("capabilityTabs"))->setCurrentWidget(view);
        auto* compare = view->findChild<QPushButton*>(QStringLiteral("compareButton"));
        QTRY_VERIFY(compare->isVisible() && compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        // Generous: on a loaded machine both servers' capabilities take a while to arrive.
        QTRY_VERIFY2_WITH_TIMEOUT(
            view->visibleRowCount() > 3,
            qPrintable(view->findChild<QLabel*>(QStringLiteral("comparisonSummary"))->text()),
            20000);
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("comparisonSummary"))
                    ->text()
                    .contains(QLatin1String("difference")));
    }

    // A PACS without FHIR is added through the same dialog: only open or Basic access can be
    // chosen, and the panel says what Sightline does with it instead of loading capabilities.
    void pacsWithoutFhir() {
        QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("addServer")),
                          Qt::LeftButton);
        ServerDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<ServerDialog*>()) != nullptr &&
                    dialog->isVisible());
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("serverKind"));
        kind->setCurrentIndex(kind->findData(int(ServerProfile::Kind::DicomWeb)));
        auto* auth = dialog->findChild<QComboBox*>(QStringLiteral("authKind"));
        auto* options = qobject_cast<QStandardItemModel*>(auth->model());
        for (int i = 0; i < auth->count(); ++i) {
            const auto option = ServerProfile::AuthKind(auth->itemData(i).toInt());
            QCOMPARE(options->item(i)->isEnabled(), option == ServerProfile::AuthKind::None ||
                                                        option == ServerProfile::AuthKind::Basic);
        }
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")),
                         QStringLiteral("Sandbox PACS"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("fhirBase")),
                         m_sandbox.dicomWeb().toString());
        dialog->accept();
        QTRY_VERIFY(m_panel->findChild<ServerDialog*>() == nullptr);
        const auto saved = m_store->profile(m_panel->currentServerId());
        QVERIFY(saved.has_value());
        QVERIFY(saved->isDicomWebOnly());
        QCOMPARE(saved->fhirBase, m_sandbox.dicomWeb());
        QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("verdict"))
                    ->text()
                    .contains(QLatin1String("Studies panel")));
        QVERIFY(!m_panel->findChild<QPushButton*>(QStringLiteral("loadCapabilities"))->isEnabled());
        QVERIFY(m_panel->capabilitiesOf(saved->id) == nullptr);
        // Not a FHIR server to compare with.
        auto* combo =
            m_panel->findChild<CapabilityComparisonView*>(QStringLiteral("comparisonView"))
                ->findChild<QComboBox*>(QStringLiteral("compareWith"));
        for (int i = 0; i < combo->count(); ++i)
            QVERIFY(combo->itemText(i) != QLatin1String("Sandbox PACS"));
    }

    void cleanupTestCase() {
        m_panel.reset();
        m_sandbox.stop();
    }
};

QTEST_MAIN(TestCapabilitiesPanel)
#include "TestCapabilitiesPanel.moc"
