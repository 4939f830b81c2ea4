#include "imaging/StudiesPanel.h"

#include "common/ButtonMenu.h"
#include "common/SecurityLabelChips.h"

#include "cache/CacheMaintenance.h"
#include "cache/ImageCache.h"
#include "fhir/PatientSearch.h"
#include "imaging/CachedPatientCheck.h"
#include "imaging/DicomTagDialog.h"
#include "imaging/PatientMatch.h"
#include "imaging/SeriesThumbnailGrid.h"
#include "imaging/StudyTableModel.h"
#include "jobs/PatientPrefetch.h"
#include "servers/ServerStore.h"
#include "viewers/OpenInButton.h"
#include "viewers/StudyOpener.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace sightline {

namespace {
constexpr int kPatientIdRole = Qt::UserRole + 1;
} // namespace

StudiesPanel::StudiesPanel(ServerStore* servers, ImagingService* imaging, QWidget* parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_imaging(imaging)
    , m_maintenance(new CacheMaintenance(imaging->cache(), this))
    , m_model(new StudyTableModel(this)) {
    setObjectName(QStringLiteral("studiesPanel"));
    qRegisterMetaType<PatientSummary>();
    m_confirmMismatch = [this](const QString& question) {
        return QMessageBox::warning(this, tr("Patient mismatch"), question,
                                    QMessageBox::Open | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Open;
    };
    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("studiesServer"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Name, identifier (MRN) or birth date (yyyy-mm-dd)"));
    m_find = new QPushButton(tr("Find patient"), this);
    m_find->setObjectName(QStringLiteral("findPatient"));
    m_patients = new QListWidget(this);
    m_patients->setObjectName(QStringLiteral("patientResults"));
    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName(QStringLiteral("mismatchWarning"));
    m_mismatch->setWordWrap(true);
    m_mismatch->setStyleSheet(QStringLiteral(
        "background: #b00020; color: white; font-weight: bold; padding: 6px; border-radius: 3px"));
    m_mismatch->hide();
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("studyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths come from the visible rows and 200 more, not every row: a patient with
    // thousands of studies would otherwise hold up the GUI while each one is measured.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_series = new SeriesThumbnailGrid(imaging->cacheRoot(), this);
    m_retrieve = new QPushButton(tr("Retrieve"), this);
    m_retrieve->setObjectName(QStringLiteral("retrieveButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRetrieveButton"));
    m_tags = new QPushButton(tr("DICOM tags…"), this);
    m_tags->setObjectName(QStringLiteral("tagsButton"));
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("exportStudyButton"));
    m_export->setToolTip(
        tr("Export the cached study to a folder or ZIP, optionally de-identified"));
    m_export->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("retrieveProgress"));
    m_progress->setFormat(tr("%v of %m images"));
    m_progress->hide();
    m_cacheLabel = new QLabel(this);
    m_cacheLabel->setObjectName(QStringLiteral("cacheStatus"));

    connect(m_find, &QPushButton::clicked, this, &StudiesPanel::searchPatients);
    connect(m_search, &QLineEdit::returnPressed, this, &StudiesPanel::searchPatients);
    connect(m_patients, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            loadStudies(item->data(kPatientIdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StudiesPanel::showSeries);
    connect(m_retrieve, &QPushButton::clicked, this, &StudiesPanel::retrieveSelected);
    connect(m_cancel, &QPushButton::clicked, this, &StudiesPanel::cancelSelected);
    // Cancel is for a retrieval of the selected study that is running, and only then.
    m_cancel->setEnabled(false);
    const auto updateCancel = [this] {
        bool running = false;
        for (const ImagingStudyRecord* s : selectedStudies())
            running |= m_imaging->isRetrieving(s->studyUid);
        m_cancel->setEnabled(running);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateCancel);
    connect(m_retrieve, &QPushButton::clicked, this, updateCancel);
    // A study's context menu offers what the buttons do.
    ButtonMenu::attach(m_table, [this]() -> QList<QAbstractButton*> {
        return {m_openButton, m_retrieve, m_cancel, m_tags, m_export};
    });
    connect(m_imaging, &ImagingService::progress, this, updateCancel);
    connect(m_imaging, &ImagingService::finished, this, updateCancel, Qt::QueuedConnection);
    connect(m_tags, &QPushButton::clicked, this, &StudiesPanel::showTags);
    connect(m_export, &QPushButton::clicked, this, &StudiesPanel::exportSelected);
    connect(m_servers, &ServerStore::changed, this, &StudiesPanel::refreshServers);
    connect(m_imaging, &ImagingService::cacheChanged, this, &StudiesPanel::refreshCacheState);

    connect(m_imaging, &ImagingService::progress, this,
            [this](const QString& study, const RetrieveProgress& p) {
                m_model->setProgress(study, p);
                m_progress->setMaximum(std::max(1, p.instancesTotal));
                m_progress->setValue(p.instancesDone);
                m_progress->show();
            });
    connect(m_imaging, &ImagingService::seriesThumbnail, this,
            [this](const QString&, const QString& series, const QImage& image) {
                m_series->setThumbnail(series, image);
            });
    connect(m_imaging, &ImagingService::mismatchFound, this, &StudiesPanel::flagMismatch);
    connect(m_imaging, &ImagingService::finished, this,
            [this](const QString& study, const RetrieveOutcome& outcome) {
                if (outcome.followedUp)
                    return; // the rest of the study follows: its outcome is the word
                m_model->setOutcome(study, outcome);
                m_progress->hide();
                updateCacheLabel();
                showSeries();
                QString message =
                    outcome.complete()
                        ? tr("Study retrieved: %n image(s) stored", nullptr, outcome.stored)
                        : tr("Retrieval ended: %1")
                              .arg(m_model
                                       ->data(m_model->index(m_model->rowOf(study),
                                                             StudyTableModel::Status),
                                              Qt::DisplayRole)
                                       .toString());
                for (const QString& note : outcome.notes)
                    message += QStringLiteral(" — ") + note;
                if (!outcome.notDisplayable.isEmpty())
                    message +=
                        QStringLiteral(" — ") + outcome.notDisplayable.join(QLatin1String("; "));
                emit statusMessage(message);
            });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Server"), this));
    top->addWidget(m_server, 1);
    top->addWidget(m_search, 2);
    top->addWidget(m_find);
    auto* buttons = new QHBoxLayout;
    m_buttons = buttons;
    buttons->addWidget(m_retrieve);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_tags);
    buttons->addWidget(m_export);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_cacheLabel);
    m_labels = new SecurityLabelChips(this);
    m_labels->setObjectName(QStringLiteral("studyLabels"));
    m_labels->setToolTip(tr("Security labels of the selected study"));
    m_labels->setCaption(tr("Security labels:"));
    auto* studies = new QWidget(this);
    auto* studiesLayout = new QVBoxLayout(studies);
    studiesLayout->setContentsMargins(0, 0, 0, 0);
    studiesLayout->addWidget(m_mismatch);
    studiesLayout->addWidget(m_table, 1);
    studiesLayout->addWidget(m_labels);
    studiesLayout->addLayout(buttons);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(studies);
    right->addWidget(m_series);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_patients);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    split->setSizes({220, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    refreshServers();
    updateCacheLabel();
}

StudiesPanel::~StudiesPanel() = default;

void StudiesPanel::refreshServers() {
    const QString previous = m_server->currentData().toString();
    m_server->blockSignals(true);
    m_server->clear();
    for (const ServerProfile& p : m_servers->profiles())
        m_server->addItem(p.name, p.id);
    m_server->blockSignals(false);
    selectServer(previous);
}

void StudiesPanel::selectServer(const QString& serverId) {
    const int index = m_server->findData(serverId);
    if (index >= 0)
        m_server->setCurrentIndex(index);
}

std::optional<ServerProfile> StudiesPanel::currentServer() const {
    return m_servers->profile(m_server->currentData().toString());
}

void StudiesPanel::searchPatients() {
    const auto server = currentServer();
    const QString text = m_search->text().trimmed();
    if (!server || text.isEmpty())
        return;
    m_patients->clear();
    m_find->setEnabled(false);
    m_imaging->findPatients(*server, text, this, [this](const Result<PatientSearch::Found>& found) {
        showPatients(found ? Result<QList<QJsonObject>>(found->patients)
                           : Result<QList<QJsonObject>>(found.error()));
        if (found && found->ignoringAccents && !found->patients.isEmpty())
            emit statusMessage(tr("Found ignoring accents: the server matches names only as "
                                  "spelled"));
        if (found && found->incomplete)
            emit statusMessage(
                tr("Only the first %1 patients whose names begin with “%2” were compared: type "
                   "an identifier or a birth date to narrow the search")
                    .arg(PatientSearch::kSecondPassPageSize * PatientSearch::kSecondPassPages)
                    .arg(found->prefix));
    });
}

void StudiesPanel::showPatients(const Result<QList<QJsonObject>>& patients) {
    for (const QJsonObject& patient : patients ? patients.value() : QList<QJsonObject>{}) {
        const PatientSummary p = PatientSummary::fromJson(patient);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2 · %3").arg(p.name, p.identifier, p.birthDateText()), m_patients);
        item->setData(kPatientIdRole, p.id);
    }
    m_find->setEnabled(true);
    if (!patients)
        emit statusMessage(patients.error().toString());
    else if (m_patients->count() == 0)
        emit statusMessage(tr("No patient found"));
    else if (m_patients->count() == 1)
        m_patients->setCurrentRow(0);
}

void StudiesPanel::focusPatientSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void StudiesPanel::openPatient(const QString& serverId, const QString& patientId) {
    selectServer(serverId);
    loadStudies(patientId);
}

void StudiesPanel::loadStudies(const QString& patientId) {
    const auto server = currentServer();
    if (!server)
        return;
    m_currentServer = *server;
    m_mismatch->hide();
    m_series->clearSeries();
    emit statusMessage(tr("Loading the patient's studies…"));
    m_imaging->findStudies(
        *server, patientId, this,
        [this, patientId,
         name = server->isDicomWebOnly()
                    ? tr("%1 (PACS: patient as the DICOM data names them)").arg(server->name)
                : server->isDicomNode()
                    ? tr("%1 (DICOM node: patient as the DICOM data names them)").arg(server->name)
                    : server->name](const Result<PatientStudies>& found) {
            if (!found) {
                m_model->setStudies({}, {});
                return emit statusMessage(found.error().toString());
            }
            m_current = found.value();
            m_model->setStudies(m_current.studies, {});
            refreshCacheState(); // the cached counts follow from the index, off this thread
            m_table->resizeColumnsToContents();
            emit patientOpened(PatientSummary::fromJson(m_current.patient), m_currentServer.id,
                               name);
            if (m_currentServer.isFhir()) // consents and the like live on FHIR
                emit patientContext(m_currentServer, patientId);
            emit statusMessage(
                tr("%n imaging stud(y/ies)", nullptr, int(m_current.studies.size())));
            if (m_prefetch)
                m_prefetch->patientOpened(m_currentServer, m_current);
            if (m_model->rowCount() > 0)
                m_table->selectRow(0);
            checkCachedPatients();
        });
}

void StudiesPanel::flagMismatch(const QString& study, const PatientMismatch& mismatch) {
    m_model->setMismatch(study, mismatch);
    const ImagingStudyRecord* s = m_model->study(m_model->rowOf(study));
    const QString warning =
        tr("PATIENT MISMATCH in %1: %2. Check before using these images.")
            .arg(s ? s->description : study, mismatch.differences.join(QStringLiteral("; ")));
    m_mismatch->setText(QStringLiteral("⚠ ") + warning);
    m_mismatch->show();
    emit mismatchFound(warning);
}

void StudiesPanel::checkCachedPatients() {
    const PatientStudies current = m_current;
    CachedPatientCheck::start(m_imaging->cache(), current, this,
                              [this, current](const CachedPatientCheck::Mismatches& found) {
                                  if (current.patient != m_current.patient)
                                      return; // another patient was opened meanwhile
                                  for (auto it = found.cbegin(); it != found.cend(); ++it)
                                      flagMismatch(it.key(), it.value());
                                  if (!m_pendingOpen.studyUid.isEmpty())
                                      openPending();
                              });
}

void StudiesPanel::openStudy(const QString& serverId, const QString& studyUid,
                             const QString& viewerId) {
    selectServer(serverId);
    const auto server = currentServer();
    if (!server)
        return emit statusMessage(tr("No server %1 is configured").arg(serverId));
    emit statusMessage(tr("Looking up study %1…").arg(studyUid));
    m_imaging->findStudy(
        *server, studyUid, this, [this, studyUid, viewerId](const Result<PatientStudies>& found) {
            if (!found || found->studies.isEmpty())
                return emit statusMessage(
                    tr("Study %1 was not found: %2")
                        .arg(studyUid, found ? tr("no such study") : found.error().toString()));
            // The patient is opened first, so whose study it is stays on screen.
            m_pendingOpen = {studyUid, viewerId};
            const ImagingStudyRecord& study = found->studies.first();
            loadStudies(!study.patientReference.isEmpty()
                            ? study.patientReference.section(QLatin1Char('/'), -1)
                            : found->identity.identifiers.value(0).second);
        });
}

void StudiesPanel::openPending() {
    const PendingOpen pending = std::exchange(m_pendingOpen, {});
    const int row = m_model->rowOf(pending.studyUid);
    if (row < 0)
        return emit statusMessage(
            tr("Study %1 is not among the patient's studies").arg(pending.studyUid));
    m_table->selectRow(row);
    openSelected(pending.viewerId);
}

QList<const ImagingStudyRecord*> StudiesPanel::selectedStudies() const {
    QList<const ImagingStudyRecord*> out;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        if (const ImagingStudyRecord* s = m_model->study(row.row()))
            out << s;
    }
    return out;
}

void StudiesPanel::showSeries() {
    const auto selected = selectedStudies();
    m_labels->setLabels(selected.size() == 1 ? selected.first()->securityLabels : QList<Coding>{});
    if (selected.size() == 1)
        m_series->showSeries(selected.first()->series);
    else
        m_series->clearSeries();
}

void StudiesPanel::retrieveSelected() {
    for (const ImagingStudyRecord* s : selectedStudies()) {
        if (!s->retrievable()) {
            emit statusMessage(tr("%1 cannot be retrieved: %2").arg(s->description, s->problem));
            continue;
        }
        m_imaging->retrieve(m_currentServer, *s, m_current.identity);
    }
}

void StudiesPanel::setViewers(ViewerRegistry* viewers, StudyOpener* opener) {
    m_opener = opener;
    auto* open = new OpenInButton(viewers, this);
    m_openButton = open;
    m_buttons->insertWidget(0, open);
    connect(open, &OpenInButton::openWith, this, &StudiesPanel::openSelected);
    // Enter on a study opens it, as a double-click does (activated is both).
    connect(m_table, &QTableView::activated, this, [this] { openSelected(QString()); });
    connect(opener, &StudyOpener::failed, this,
            [this](const QString&, const QString& message) { emit statusMessage(message); });
    connect(opener, &StudyOpener::notice, this,
            [this](const QString&, const QString& message) { emit statusMessage(message); });
    connect(opener, &StudyOpener::opened, this, [this](const QString&, const QString& viewer) {
        emit statusMessage(tr("Opened in %1").arg(viewer));
    });
}

void StudiesPanel::openSelected(const QString& viewerId) {
    const auto selected = selectedStudies();
    if (selected.size() != 1 || !m_opener)
        return emit statusMessage(tr("Select one study to open"));
    OpenStudyRequest request;
    request.server = m_currentServer;
    request.study = *selected.first();
    request.viewerId = viewerId;
    request.seriesUid = m_series->currentSeriesUid();
    request.patient = m_current.identity;
    if (!m_current.identity.identifiers.isEmpty())
        request.patientId = m_current.identity.identifiers.first().second;
    request.patientName = m_current.identity.family + QLatin1Char('^') +
                          m_current.identity.given.join(QLatin1Char(' '));
    const PatientSummary patient = PatientSummary::fromJson(m_current.patient);
    request.patientKey = StudyOpener::patientKey(m_currentServer.id, patient.id);
    request.patientLabel = QStringLiteral("%1 (%2)").arg(patient.name, patient.birthDateText());
    for (const ImagingStudyRecord& study : std::as_const(m_current.studies)) {
        if (study.endpoint && request.study.endpoint &&
            study.endpoint->serviceBase == request.study.endpoint->serviceBase)
            request.patientStudyUids << study.studyUid;
    }
    request.patientMismatch = m_model->hasMismatch(request.study.studyUid);
    if (request.patientMismatch) {
        request.mismatchConfirmed = m_confirmMismatch(
            tr("The images of this study may belong to another patient than %1 (their DICOM "
               "patient differs from the FHIR Patient).\n\nOpen them anyway? This is recorded "
               "in the audit trail.")
                .arg(m_current.identity.family));
        if (!request.mismatchConfirmed)
            return emit statusMessage(tr("Not opened: patient mismatch"));
    }
    m_opener->open(request);
}

void StudiesPanel::cancelSelected() {
    for (const ImagingStudyRecord* s : selectedStudies())
        m_imaging->cancel(s->studyUid);
}

void StudiesPanel::showTags() {
    const QString series = m_series->currentOrFirstSeriesUid();
    if (series.isEmpty())
        return;
    QStringList cached = m_imaging->cache().forThisThread().cachedInstances(series).values();
    if (cached.isEmpty())
        return emit statusMessage(tr("Retrieve the study first: its images are not in the cache"));
    std::sort(cached.begin(), cached.end());
    auto* dialog =
        new DicomTagDialog(m_imaging->cache().forThisThread().instancePath(cached.first()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StudiesPanel::enableStudyExport() {
    m_export->show();
}

void StudiesPanel::exportSelected() {
    const QList<const ImagingStudyRecord*> studies = selectedStudies();
    if (studies.size() != 1)
        return emit statusMessage(tr("Select one study to export"));
    const ImagingStudyRecord* study = studies.first();
    if (m_imaging->cache().forThisThread().cachedInstanceCount(study->studyUid) == 0)
        return emit statusMessage(tr("Retrieve the study first: its images are not in the cache"));
    const QString date = QLocale().toString(study->started.date(), QLocale::ShortFormat);
    const QString patient = PatientSummary::fromJson(m_current.patient).name;
    emit studyExportRequested(
        study->studyUid,
        QStringLiteral("%1 — %2 — %3")
            .arg(study->description.isEmpty() ? tr("Study") : study->description, date, patient));
}

void StudiesPanel::refreshCacheState() {
    updateCacheLabel();
    QStringList studies;
    for (const ImagingStudyRecord& s : m_current.studies)
        studies << s.studyUid;
    if (studies.isEmpty())
        return;
    m_maintenance->cachedCounts(studies, this, [this](const QHash<QString, int>& counts) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            m_model->setCachedCount(it.key(), it.value());
    });
}

void StudiesPanel::updateCacheLabel() {
    // The totals scan the whole index: off the GUI thread, with a connection of its own.
    m_maintenance->stats(this, [this](const CacheStats& stats) {
        const QLocale locale;
        m_cacheLabel->setText(tr("Cache: %n stud(y/ies), %1 of %2", nullptr, int(stats.studies))
                                  .arg(locale.formattedDataSize(stats.bytes),
                                       locale.formattedDataSize(stats.budgetBytes)));
        m_cacheLabel->setMinimumWidth(m_cacheLabel->sizeHint().width());
    });
}

void StudiesPanel::setPrefetch(PatientPrefetch* prefetch) {
    m_prefetch = prefetch;
    auto* box = new QCheckBox(tr("Prefetch on open"), this);
    box->setObjectName(QStringLiteral("prefetchOnOpen"));
    box->setToolTip(tr("When a patient is opened, put their studies into the image cache in the "
                       "background (as jobs)"));
    box->setChecked(prefetch->isEnabled());
    connect(prefetch, &PatientPrefetch::queued, this, [this](int queued) {
        if (queued > 0)
            emit statusMessage(
                tr("%n stud(y/ies) queued for prefetch (see Jobs)", nullptr, queued));
    });
    connect(box, &QCheckBox::toggled, prefetch, &PatientPrefetch::setEnabled);
    m_buttons->insertWidget(m_buttons->indexOf(m_cacheLabel), box);
}

} // namespace sightline
