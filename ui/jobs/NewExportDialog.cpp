#include "NewExportDialog.h"

#include "capabilities/CapabilityLoader.h"
#include "common/Clock.h"
#include "fhir/FhirClient.h"
#include "servers/ServerStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>

namespace sightline {

NewExportDialog::NewExportDialog(ServerStore* servers, FhirClientFactory clients, QWidget* parent)
    : QDialog(parent)
    , m_servers(servers)
    , m_clients(std::move(clients)) {
    setWindowTitle(tr("New Bulk Data export"));
    setObjectName(QStringLiteral("newExportDialog"));
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("exportServer"));
    for (const ServerProfile& p : servers->fhirProfiles())
        m_server->addItem(p.name, p.id);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("exportLevel"));
    m_level->addItem(tr("Whole system"), int(BulkExportRequest::Level::System));
    m_level->addItem(tr("All patients"), int(BulkExportRequest::Level::Patient));
    m_level->addItem(tr("One group"), int(BulkExportRequest::Level::Group));
    m_group = new QLineEdit(this);
    m_group->setObjectName(QStringLiteral("exportGroup"));
    m_group->setPlaceholderText(tr("Group id, e.g. export-cohort"));
    m_types = new QLineEdit(this);
    m_types->setObjectName(QStringLiteral("exportTypes"));
    m_types->setPlaceholderText(tr("all types; or e.g. Patient, Observation"));
    m_useSince = new QCheckBox(tr("Only changes since"), this);
    m_since = new QDateTimeEdit(Clock::system().nowUtc().addMonths(-1), this);
    m_since->setTimeSpec(Qt::UTC);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_post = new QCheckBox(tr("Send the parameters with POST"), this);
    m_deidentify = new QCheckBox(tr("Also write de-identified copies"), this);
    m_deidentify->setObjectName(QStringLiteral("exportDeidentify"));
    m_deidentify->setToolTip(
        tr("Copies in the \"deidentified\" folder: identifiers, names, addresses, telecom, "
           "photos, notes and narrative removed, ids replaced by pseudonyms, dates shifted "
           "by the same number of days per patient. Other free text is kept: review it."));
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("exportOutput"));
    m_output->setText(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/Sightline exports/") +
        Clock::system().nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH-mm")));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto* sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_useSince);
    sinceRow->addWidget(m_since, 1);
    m_capabilities = new QLabel(this);
    m_capabilities->setObjectName(QStringLiteral("exportCapabilities"));
    m_capabilities->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start export"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Level:"), m_level);
    form->addRow(QString(), m_capabilities);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Resource types:"), m_types);
    form->addRow(QString(), sinceRow);
    form->addRow(QString(), m_post);
    form->addRow(QString(), m_deidentify);
    form->addRow(tr("Output folder:"), outputRow);
    form->addRow(m_buttons);

    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_level, &QComboBox::currentIndexChanged, this, &NewExportDialog::validate);
    connect(m_group, &QLineEdit::textChanged, this, &NewExportDialog::validate);
    connect(m_output, &QLineEdit::textChanged, this, &NewExportDialog::validate);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Output folder"), m_output->text());
        if (!dir.isEmpty())
            m_output->setText(dir);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QComboBox::currentIndexChanged, this, &NewExportDialog::loadCapabilities);
    validate();
    loadCapabilities();
}

NewExportDialog::~NewExportDialog() = default;

void NewExportDialog::loadCapabilities() {
    m_known = false;
    m_support = {true, true, true};
    applySupport();
    const auto profile = server();
    if (!profile)
        return;
    auto made = m_clients.create(*profile);
    if (!made)
        return;
    m_client.reset(made.value());
    m_capabilities->setText(tr("Reading what %1 offers…").arg(profile->name));
    auto* loader = new CapabilityLoader(m_client.get(), this);
    connect(loader, &CapabilityLoader::finished, this,
            [this, loader, id = profile->id](const ServerCapabilities& caps) {
                loader->deleteLater();
                if (!server() || server()->id != id)
                    return; // another server was chosen meanwhile
                if (!caps.statement) {
                    m_capabilities->setText(
                        tr("Its CapabilityStatement could not be read; every level "
                           "is offered."));
                    return;
                }
                m_known = true;
                m_support = BulkExportSupport::from(*caps.statement);
                applySupport();
            });
    loader->start();
}

void NewExportDialog::applySupport() {
    auto* model = qobject_cast<QStandardItemModel*>(m_level->model());
    for (int i = 0; i < m_level->count(); ++i) {
        const bool offered =
            m_support.offers(BulkExportRequest::Level(m_level->itemData(i).toInt()));
        if (model)
            model->item(i)->setEnabled(offered);
    }
    if (!m_support.offers(BulkExportRequest::Level(m_level->currentData().toInt()))) {
        for (int i = 0; i < m_level->count(); ++i) {
            if (m_support.offers(BulkExportRequest::Level(m_level->itemData(i).toInt()))) {
                m_level->setCurrentIndex(i);
                break;
            }
        }
    }
    if (m_known)
        m_capabilities->setText(
            m_support.any()
                ? tr("This server offers: %1.")
                      .arg(QStringList{m_support.system ? tr("whole system") : QString(),
                                       m_support.patient ? tr("all patients") : QString(),
                                       m_support.group ? tr("groups") : QString()}
                               .filter(QRegularExpression(QStringLiteral(".")))
                               .join(QStringLiteral(", ")))
                : tr("This server does not declare Bulk Data export."));
    validate();
}

void NewExportDialog::validate() {
    const bool group = m_level->currentData().toInt() == int(BulkExportRequest::Level::Group);
    m_group->setEnabled(group);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_server->count() > 0 && !m_output->text().trimmed().isEmpty() &&
                     (!group || !m_group->text().trimmed().isEmpty()) &&
                     m_support.offers(BulkExportRequest::Level(m_level->currentData().toInt())));
}

std::optional<ServerProfile> NewExportDialog::server() const {
    return m_servers->profile(m_server->currentData().toString());
}

BulkExportRequest NewExportDialog::request() const {
    BulkExportRequest r;
    r.level = BulkExportRequest::Level(m_level->currentData().toInt());
    r.groupId = m_group->text().trimmed();
    for (const QString& type : m_types->text().split(u',', Qt::SkipEmptyParts))
        r.types << type.trimmed();
    if (m_useSince->isChecked())
        r.since = m_since->dateTime();
    r.usePost = m_post->isChecked();
    r.deidentify = m_deidentify->isChecked();
    return r;
}

QString NewExportDialog::outputDir() const {
    return QDir(m_output->text().trimmed()).absolutePath();
}

void NewExportDialog::setServer(const QString& serverId) {
    m_server->setCurrentIndex(std::max(0, m_server->findData(serverId)));
}

void NewExportDialog::setGroup(const QString& groupId) {
    m_level->setCurrentIndex(m_level->findData(int(BulkExportRequest::Level::Group)));
    m_group->setText(groupId);
}

void NewExportDialog::setTypes(const QString& commaSeparated) {
    m_types->setText(commaSeparated);
}
void NewExportDialog::setDeidentify(bool deidentify) {
    m_deidentify->setChecked(deidentify);
}

void NewExportDialog::setOutputDir(const QString& dir) {
    m_output->setText(dir);
}

} // namespace sightline
