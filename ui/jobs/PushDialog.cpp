#include "PushDialog.h"

#include "capabilities/CapabilityLoader.h"
#include "fhir/FhirClient.h"
#include "jobs/PushRunner.h"
#include "servers/ServerStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace sightline {

namespace {

const QString listSeparator = QStringLiteral("; ");

} // namespace

PushDialog::PushDialog(ServerStore* servers, FhirClientFactory clients, QWidget* parent)
    : QDialog(parent)
    , m_servers(servers)
    , m_clients(std::move(clients)) {
    setWindowTitle(tr("Push resources to a FHIR server"));
    setObjectName(QStringLiteral("pushDialog"));
    m_fromFiles = new QRadioButton(tr("NDJSON files or an export's folder"), this);
    m_fromFiles->setObjectName(QStringLiteral("pushFromFiles"));
    m_fromServer = new QRadioButton(tr("Resources found on a server"), this);
    m_fromServer->setObjectName(QStringLiteral("pushFromServer"));
    m_fromFiles->setChecked(true);
    m_files = new QLineEdit(this);
    m_files->setObjectName(QStringLiteral("pushFiles"));
    m_files->setPlaceholderText(tr("files or folders, separated by \";\""));
    auto* chooseFiles = new QPushButton(tr("Files…"), this);
    auto* chooseFolder = new QPushButton(tr("Folder…"), this);
    auto* filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addWidget(chooseFiles);
    filesRow->addWidget(chooseFolder);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("pushSource"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("pushTarget"));
    for (const ServerProfile& p : servers->fhirProfiles()) {
        m_source->addItem(p.name, p.id);
        m_target->addItem(p.name, p.id);
    }
    m_type = new QLineEdit(QStringLiteral("Patient"), this);
    m_type->setObjectName(QStringLiteral("pushType"));
    m_patient = new QLineEdit(this);
    m_patient->setObjectName(QStringLiteral("pushPatient"));
    m_patient->setPlaceholderText(tr("all; or one Patient id"));
    m_targetInfo = new QLabel(this);
    m_targetInfo->setObjectName(QStringLiteral("pushTargetInfo"));
    m_targetInfo->setWordWrap(true);
    m_system = new QLineEdit(this);
    m_system->setObjectName(QStringLiteral("pushIdentifierSystem"));
    m_system->setPlaceholderText(tr("e.g. the hospital's MRN system, urn:oid:…"));
    m_system->setToolTip(tr("Each resource is created only if none on the target carries its "
                            "identifier in this system, so pushing twice creates nothing twice."));
    m_chunk = new QSpinBox(this);
    m_chunk->setRange(1, 1000);
    m_chunk->setValue(100);
    m_chunk->setSuffix(tr(" resources per transaction"));
    m_dryRun = new QCheckBox(tr("Dry run: predict created / already there / ambiguous, send "
                                "nothing"),
                             this);
    m_dryRun->setObjectName(QStringLiteral("pushDryRun"));
    m_provenance = new QCheckBox(tr("Record a Provenance for each transaction"), this);
    m_provenance->setChecked(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("pushProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#c62828"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* form = new QFormLayout(this);
    form->addRow(m_fromFiles);
    form->addRow(tr("Files:"), filesRow);
    form->addRow(m_fromServer);
    form->addRow(tr("Source server:"), m_source);
    form->addRow(tr("Resource type:"), m_type);
    form->addRow(tr("Patient:"), m_patient);
    form->addRow(tr("Push to:"), m_target);
    form->addRow(QString(), m_targetInfo);
    form->addRow(tr("Identifier system:"), m_system);
    form->addRow(tr("Chunks of:"), m_chunk);
    form->addRow(QString(), m_dryRun);
    form->addRow(QString(), m_provenance);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(chooseFiles, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("NDJSON files"), QString(), tr("NDJSON (*.ndjson);;All files (*)"));
        if (!files.isEmpty())
            setFiles(files);
    });
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("An export's folder"));
        if (!dir.isEmpty())
            setFiles({dir});
    });
    for (QLineEdit* edit : {m_files, m_type, m_patient, m_system})
        connect(edit, &QLineEdit::textChanged, this, &PushDialog::validate);
    for (QRadioButton* radio : {m_fromFiles, m_fromServer})
        connect(radio, &QRadioButton::toggled, this, &PushDialog::validate);
    connect(m_source, &QComboBox::currentIndexChanged, this, &PushDialog::validate);
    connect(m_dryRun, &QCheckBox::toggled, this, &PushDialog::validate);
    connect(m_target, &QComboBox::currentIndexChanged, this, &PushDialog::checkTarget);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    checkTarget();
}

PushDialog::~PushDialog() = default;

PushServer PushDialog::serverAt(const QComboBox* combo) const {
    const auto profile = m_servers->profile(combo->currentData().toString());
    if (!profile)
        return {};
    return {profile->id, profile->name, profile->fhirBase, profile->caCertificatePath};
}

PushRequest PushDialog::request() const {
    PushRequest r;
    if (m_fromFiles->isChecked()) {
        for (const QString& path : m_files->text().split(u';', Qt::SkipEmptyParts))
            if (!path.trimmed().isEmpty())
                r.files << path.trimmed();
    } else {
        r.source = serverAt(m_source);
        r.type = m_type->text().trimmed();
        r.patient = m_patient->text().trimmed().section(u'/', -1);
    }
    r.target = serverAt(m_target);
    r.options.identifierSystem = m_system->text().trimmed();
    r.options.chunkSize = m_chunk->value();
    r.options.dryRun = m_dryRun->isChecked();
    r.options.provenance = m_provenance->isChecked();
    return r;
}

QString PushDialog::problem() const {
    if (m_target->count() == 0)
        return tr("Add a server first (Servers panel).");
    if (m_targetRefuses)
        return tr("%1 does not accept transaction Bundles, so it cannot take a push.")
            .arg(m_target->currentText());
    const PushRequest r = request();
    if (m_fromFiles->isChecked() && r.files.isEmpty())
        return tr("Choose NDJSON files or an export's folder.");
    if (!r.fromFiles() && r.source.id == r.target.id && !r.options.dryRun)
        return tr("The source and the target are the same server.");
    return r.problem();
}

void PushDialog::validate() {
    const bool files = m_fromFiles->isChecked();
    m_files->setEnabled(files);
    m_source->setEnabled(!files);
    m_type->setEnabled(!files);
    m_patient->setEnabled(!files);
    const QString why = problem();
    m_problem->setText(why);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(m_dryRun->isChecked() ? tr("Start dry run") : tr("Start push"));
    ok->setEnabled(why.isEmpty());
}

void PushDialog::checkTarget() {
    m_targetChecked = false;
    m_targetRefuses = false;
    m_provenance->setEnabled(true);
    validate();
    const auto profile = m_servers->profile(m_target->currentData().toString());
    if (!profile)
        return;
    auto made = m_clients.create(*profile);
    if (!made) {
        m_targetInfo->setText(made.error().message);
        m_targetChecked = true;
        return;
    }
    m_targetClient.reset(made.value());
    m_targetInfo->setText(tr("Reading what %1 accepts…").arg(profile->name));
    auto* loader = new CapabilityLoader(m_targetClient.get(), this);
    connect(loader, &CapabilityLoader::finished, this,
            [this, loader, id = profile->id](const ServerCapabilities& caps) {
                loader->deleteLater();
                if (m_target->currentData().toString() != id)
                    return; // another target was chosen meanwhile
                m_targetChecked = true;
                if (!caps.statement) {
                    m_targetInfo->setText(tr("Its CapabilityStatement could not be read; the "
                                             "push will show whether it accepts transactions."));
                } else {
                    m_targetRefuses =
                        !caps.statement->systemInteractions.contains(QLatin1String("transaction"));
                    const bool provenance =
                        PushRunner::acceptsProvenance(caps.statementJson).value_or(true);
                    m_provenance->setEnabled(provenance);
                    if (!provenance)
                        m_provenance->setChecked(false);
                    m_targetInfo->setText(
                        m_targetRefuses ? tr("It does not declare transactions.")
                        : provenance
                            ? tr("It accepts transaction Bundles.")
                            : tr("It accepts transaction Bundles but not Provenance resources."));
                }
                validate();
            });
    loader->start();
}

void PushDialog::setFiles(const QStringList& paths) {
    m_fromFiles->setChecked(true);
    m_files->setText(paths.join(listSeparator));
}

void PushDialog::setSearch(const QString& sourceServerId, const QString& type,
                           const QString& patient) {
    m_fromServer->setChecked(true);
    m_source->setCurrentIndex(std::max(0, m_source->findData(sourceServerId)));
    m_type->setText(type);
    m_patient->setText(patient);
}

void PushDialog::setTarget(const QString& serverId) {
    m_target->setCurrentIndex(std::max(0, m_target->findData(serverId)));
}

void PushDialog::setIdentifierSystem(const QString& system) {
    m_system->setText(system);
}

void PushDialog::setDryRun(bool dryRun) {
    m_dryRun->setChecked(dryRun);
}

} // namespace sightline
