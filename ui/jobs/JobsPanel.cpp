#include "JobsPanel.h"

#include "NewExportDialog.h"
#include "PushDialog.h"
#include "StudyExportDialog.h"
#include "common/ButtonMenu.h"
#include "common/Clock.h"
#include "jobs/BulkExportRunner.h"
#include "jobs/JobManager.h"
#include "jobs/PrefetchRunner.h"
#include "jobs/PushRunner.h"
#include "servers/ServerStore.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace sightline {

namespace {

// A job's phase as the runners record it ("downloading"), in the user's language.
QString phaseText(const QString& phase) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("kick-off"),
         QT_TRANSLATE_NOOP("sightline::JobsPanel", "starting on the server")},
        {QStringLiteral("waiting"),
         QT_TRANSLATE_NOOP("sightline::JobsPanel", "waiting for the server")},
        {QStringLiteral("downloading"), QT_TRANSLATE_NOOP("sightline::JobsPanel", "downloading")},
        {QStringLiteral("finished"), QT_TRANSLATE_NOOP("sightline::JobsPanel", "finished")},
        {QStringLiteral("reading"), QT_TRANSLATE_NOOP("sightline::JobsPanel", "reading")},
        {QStringLiteral("writing"), QT_TRANSLATE_NOOP("sightline::JobsPanel", "writing")},
        {QStringLiteral("de-identifying"),
         QT_TRANSLATE_NOOP("sightline::JobsPanel", "de-identifying")},
        {QStringLiteral("predicting"),
         QT_TRANSLATE_NOOP("sightline::JobsPanel", "checking what exists")},
        {QStringLiteral("pushing"), QT_TRANSLATE_NOOP("sightline::JobsPanel", "pushing")},
        {QStringLiteral("retrieving"), QT_TRANSLATE_NOOP("sightline::JobsPanel", "retrieving")},
    };
    const char* name = names.value(phase);
    return name ? JobsPanel::tr(name) : phase;
}

// A job's title in the user's language where it can be made again from the job (a bulk
// export's scope and types); else as it was recorded.
QString titleOf(const JobRecord& job) {
    if (job.kind == QLatin1String(BulkExportRunner::kind))
        return BulkExportRequest::fromJson(
                   job.parameters.value(QLatin1String("request")).toObject())
            .describe();
    return job.title;
}

enum Column { Id, Title, Server, State, Progress, Speed, Eta, Output, Columns };

QString stateText(JobRecord::State state) {
    switch (state) {
    case JobRecord::State::Queued:
        return JobsPanel::tr("queued");
    case JobRecord::State::Running:
        return JobsPanel::tr("running");
    case JobRecord::State::Paused:
        return JobsPanel::tr("paused");
    case JobRecord::State::Failed:
        return JobsPanel::tr("failed");
    case JobRecord::State::Cancelled:
        return JobsPanel::tr("cancelled");
    case JobRecord::State::Completed:
        return JobsPanel::tr("completed");
    }
    return {};
}

// What a study export wrote, and what the user should check before sharing it.
QStringList studyExportDetails(const QJsonObject& p, const QLocale& locale) {
    QStringList lines{
        JobsPanel::tr("%1 of %2 files, %3.")
            .arg(p.value(QLatin1String("filesDone")).toInt())
            .arg(p.value(QLatin1String("filesTotal")).toInt())
            .arg(locale.formattedDataSize(qint64(p.value(QLatin1String("bytes")).toDouble())))};
    if (p.value(QLatin1String("deidentified")).toBool())
        lines << JobsPanel::tr("De-identified as patient %1; study %2.")
                     .arg(p.value(QLatin1String("patientId")).toString().toHtmlEscaped(),
                          p.value(QLatin1String("studyInstanceUid")).toString().toHtmlEscaped());
    if (p.contains(QLatin1String("studyComplete")) &&
        !p.value(QLatin1String("studyComplete")).toBool())
        lines << JobsPanel::tr("Only part of the study was in the cache.");
    for (const QJsonValue warning : p.value(QLatin1String("burnedInWarnings")).toArray())
        lines << QStringLiteral("<span style=\"color:#b26a00\">⚠ %1</span>")
                     .arg(warning.toString().toHtmlEscaped());
    return lines;
}

// What a push did or would do, and the first problems.
QStringList pushDetails(const QJsonObject& p) {
    QStringList lines;
    const QString phase = p.value(QLatin1String("phase")).toString();
    if (phase == QLatin1String("finished")) {
        const bool dryRun = p.value(QLatin1String("dryRun")).toBool();
        lines << (dryRun ? JobsPanel::tr("Would create %1; already there %2; ambiguous %3; "
                                         "skipped (no identifier) %4.")
                         : JobsPanel::tr("Created %1; already there %2; ambiguous %3; "
                                         "skipped (no identifier) %4; refused %5."))
                     .arg(p.value(QLatin1String("created")).toInt())
                     .arg(p.value(QLatin1String("existing")).toInt())
                     .arg(p.value(QLatin1String("ambiguous")).toInt())
                     .arg(p.value(QLatin1String("skipped")).toInt())
                     .arg(p.value(QLatin1String("failed")).toInt());
    } else if (p.value(QLatin1String("total")).toInt() > 0) {
        lines << JobsPanel::tr("%1 of %2 resources.")
                     .arg(p.value(QLatin1String("done")).toInt())
                     .arg(p.value(QLatin1String("total")).toInt());
    } else if (phase == QLatin1String("reading")) {
        lines << JobsPanel::tr("Reading resources: %n so far.", nullptr,
                               p.value(QLatin1String("done")).toInt());
    }
    if (const int malformed = p.value(QLatin1String("malformedLines")).toInt(); malformed > 0)
        lines << JobsPanel::tr("%n input line(s) were not FHIR resources and were left out.",
                               nullptr, malformed);
    const QJsonArray problems = p.value(QLatin1String("problems")).toArray();
    for (qsizetype i = 0; i < std::min<qsizetype>(problems.size(), 5); ++i)
        lines << QStringLiteral("<span style=\"color:#b26a00\">%1</span>")
                     .arg(problems.at(i).toString().toHtmlEscaped());
    if (phase == QLatin1String("finished"))
        lines << JobsPanel::tr("Each entry's status, location and ETag are in %1.")
                     .arg(PushRunner::reportFileName());
    return lines;
}

// How far a job is, as the bar and the details both say it: the whole job's percentage (0–100,
// or -1 when nothing can be said yet) and what the current step has done ("2 of 4 files").
struct JobProgress {
    int percent = -1;
    QString step;
    QString text() const {
        return step.isEmpty() ? JobsPanel::tr("%1 %").arg(percent)
                              : JobsPanel::tr("%1 % — %2").arg(percent).arg(step);
    }
};

JobProgress progressOf(const JobRecord& job) {
    const QJsonObject p = job.progress;
    const QString phase = p.value(QLatin1String("phase")).toString();
    const int filesDone = p.value(QLatin1String("filesDone")).toInt();
    const int filesTotal = p.value(QLatin1String("filesTotal")).toInt();
    const int done = p.value(QLatin1String("done")).toInt();
    const int total = p.value(QLatin1String("total")).toInt();
    const QString files = JobsPanel::tr("%1 of %2 files").arg(filesDone).arg(filesTotal);
    const QString items = JobsPanel::tr("%1 of %2").arg(done).arg(total);
    JobProgress out;
    if (phase == QLatin1String("waiting")) {
        // The server's preparation is the first half of an export.
        if (const int server = p.value(QLatin1String("serverPercent")).toInt(-1); server >= 0)
            out = {server / 2, JobsPanel::tr("server %1 %").arg(server)};
    } else if (phase == QLatin1String("writing") || phase == QLatin1String("de-identifying")) {
        // A study export (files are all there is), or an export's copies being written.
        if (filesTotal > 0)
            out = {100 * filesDone / filesTotal, files};
    } else if (phase == QLatin1String("predicting") || phase == QLatin1String("pushing") ||
               phase == QLatin1String("retrieving")) {
        if (total > 0)
            out = {100 * done / total, items};
    } else if (phase == QLatin1String("downloading")) {
        out = filesTotal > 0 ? JobProgress{50 + 50 * filesDone / filesTotal, files}
                             : JobProgress{50, {}};
    } else if (phase == QLatin1String("finished")) {
        out.percent = 100;
    }
    if (job.state == JobRecord::State::Completed)
        out.percent = 100; // its step, if any, says what it came to
    return out;
}

} // namespace

JobsPanel::JobsPanel(JobManager* jobs, ServerStore* servers, FhirClientFactory clients,
                     QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_servers(servers)
    , m_clients(std::move(clients))
    , m_openFolder(
          [](const QString& dir) { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); }) {
    setObjectName(QStringLiteral("jobsPanel"));
    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("What"), tr("Server"), tr("State"),
                                        tr("Progress"), tr("Speed"), tr("ETA"), tr("Output")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Id, 50);
    m_table->setColumnWidth(Title, 330);
    m_table->setColumnWidth(State, 90);
    m_table->setColumnWidth(Progress, 180);
    m_table->setColumnWidth(Speed, 110);
    m_table->setColumnWidth(Eta, 100);
    m_details = new QLabel(tr("Exports run here in the background, survive closing Sightline and "
                              "continue at the next start."),
                           this);
    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* create = new QPushButton(tr("&New export…"), this);
    create->setObjectName(QStringLiteral("newExportButton"));
    auto* push = new QPushButton(tr("New pu&sh…"), this);
    push->setObjectName(QStringLiteral("newPushButton"));
    push->setToolTip(tr("Send resources to a FHIR server without duplicates; with a finished "
                        "export selected, its files are offered."));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_resume = new QPushButton(tr("Res&ume"), this);
    m_cancel = new QPushButton(tr("&Cancel job"), this);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_open = new QPushButton(tr("&Open folder"), this);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("Remove_job"));
    m_remove->setToolTip(tr("Takes a finished job off the list; its files stay where they are."));
    m_pause->setObjectName(QStringLiteral("Pause"));
    m_resume->setObjectName(QStringLiteral("Resume"));
    m_cancel->setObjectName(QStringLiteral("Cancel_job"));
    m_retry->setObjectName(QStringLiteral("Retry"));
    m_open->setObjectName(QStringLiteral("Open_folder"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(push);
    buttons->addStretch(1);
    for (QPushButton* b : {m_pause, m_resume, m_cancel, m_retry, m_open, m_remove})
        buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    connect(create, &QPushButton::clicked, this, [this] { newExport(); });
    connect(push, &QPushButton::clicked, this, [this] { newPush(); });
    auto act = [this](Status (JobManager::*action)(qint64)) {
        if (const auto job = selected()) {
            if (const Status done = (m_jobs->*action)(job->id); !done)
                emit statusMessage(done.error().message);
        }
    };
    connect(m_pause, &QPushButton::clicked, this, [act] { act(&JobManager::pause); });
    connect(m_resume, &QPushButton::clicked, this, [act] { act(&JobManager::resume); });
    connect(m_cancel, &QPushButton::clicked, this, [act] { act(&JobManager::cancel); });
    connect(m_retry, &QPushButton::clicked, this, [act] { act(&JobManager::retry); });
    connect(m_remove, &QPushButton::clicked, this, [act] { act(&JobManager::remove); });
    ButtonMenu::attach(m_table, [this]() -> QList<QAbstractButton*> {
        return {m_pause, m_resume, m_cancel, m_retry, m_open, m_remove};
    });
    connect(m_jobs, &JobManager::jobRemoved, this, [this](qint64 id) {
        m_records.remove(id);
        if (const int row = rowOf(id); row >= 0)
            m_table->removeRow(row);
        updateButtons();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto job = selected())
            m_openFolder(job->outputDir);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        if (const auto job = selected())
            showJob(*job);
    });
    connect(m_jobs, &JobManager::jobChanged, this, &JobsPanel::showJob);
    reload();
}

void JobsPanel::newExport(const std::function<void(NewExportDialog*)>& prepare) {
    NewExportDialog dialog(m_servers, m_clients, this);
    if (prepare)
        prepare(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto server = dialog.server();
    if (!server)
        return;
    const auto job = m_jobs->submitBulkExport(server->id, server->fhirBase, dialog.request(),
                                              dialog.outputDir());
    if (!job)
        emit statusMessage(job.error().toString());
    else
        emit statusMessage(tr("Export %1 queued: %2").arg(job->id).arg(job->title));
}

void JobsPanel::newPush(const std::function<void(PushDialog*)>& prepare) {
    PushDialog dialog(m_servers, m_clients, this);
    if (const auto job = selected(); job && job->kind == QLatin1String("bulk-export") &&
                                     job->state == JobRecord::State::Completed)
        dialog.setFiles({job->outputDir});
    if (prepare)
        prepare(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto job = m_jobs->submitPush(dialog.request(), PushRunner::newReportDir());
    if (!job)
        emit statusMessage(job.error().toString());
    else
        emit statusMessage(tr("Push %1 queued: %2").arg(job->id).arg(job->title));
}

void JobsPanel::exportStudy(const QString& studyInstanceUid, const QString& label,
                            const std::function<void(StudyExportDialog*)>& prepare) {
    StudyExportDialog dialog(studyInstanceUid, label, this);
    if (prepare)
        prepare(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto job = m_jobs->submitDicomExport(m_cacheRoot, dialog.request());
    if (!job)
        emit statusMessage(job.error().toString());
    else
        emit statusMessage(tr("Export %1 queued: %2").arg(job->id).arg(job->title));
}

void JobsPanel::reload() {
    const QList<JobRecord> jobs = m_jobs->jobs();
    for (auto it = jobs.crbegin(); it != jobs.crend(); ++it)
        showJob(*it);
}

int JobsPanel::rowOf(qint64 id) const {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Id)->data(Qt::UserRole).toLongLong() == id)
            return row;
    }
    return -1;
}

std::optional<JobRecord> JobsPanel::selected() const {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Id))
        return std::nullopt;
    const qint64 id = m_table->item(row, Id)->data(Qt::UserRole).toLongLong();
    if (!m_records.contains(id))
        return std::nullopt;
    return m_records.value(id);
}

void JobsPanel::updateButtons() {
    const auto job = selected();
    const auto state = job ? job->state : JobRecord::State::Completed;
    m_pause->setEnabled(job &&
                        (state == JobRecord::State::Running || state == JobRecord::State::Queued));
    m_resume->setEnabled(job && state == JobRecord::State::Paused);
    m_cancel->setEnabled(job && !job->isFinished());
    m_retry->setEnabled(
        job && (state == JobRecord::State::Failed || state == JobRecord::State::Cancelled));
    m_open->setEnabled(job.has_value());
    m_remove->setEnabled(job && job->isFinished());
}

void JobsPanel::showJob(const JobRecord& job) {
    m_records.insert(job.id, job);
    int row = rowOf(job.id);
    if (row < 0) {
        row = 0; // newest on top
        m_table->insertRow(0);
        for (int c = 0; c < Columns; ++c)
            m_table->setItem(0, c, new QTableWidgetItem);
        m_table->item(0, Id)->setData(Qt::UserRole, job.id);
        auto* bar = new QProgressBar(m_table);
        bar->setObjectName(QStringLiteral("jobProgress"));
        m_table->setCellWidget(0, Progress, bar);
    }
    const QJsonObject p = job.progress;
    const qint64 bytes = qint64(p.value(QLatin1String("bytes")).toDouble());
    const qint64 now = Clock::system().nowMs();
    Sample& sample = m_samples[job.id];
    if (sample.atMs > 0 && now - sample.atMs >= 500 && bytes >= sample.bytes) {
        const double rate = double(bytes - sample.bytes) * 1000.0 / double(now - sample.atMs);
        sample.bytesPerSecond =
            sample.bytesPerSecond > 0 ? 0.7 * sample.bytesPerSecond + 0.3 * rate : rate;
    }
    if (sample.atMs == 0 || now - sample.atMs >= 500) {
        sample.atMs = now;
        sample.bytes = bytes;
    }
    const bool running = job.state == JobRecord::State::Running;
    const JobProgress progress = progressOf(job);
    const int percent = progress.percent;
    auto* bar = qobject_cast<QProgressBar*>(m_table->cellWidget(row, Progress));
    if (percent < 0 && running) {
        bar->setRange(0, 0); // busy: the server does not say how far it is
    } else {
        bar->setRange(0, 100);
        bar->setValue(std::max(0, percent));
        // The same words as the details below, so the two never disagree.
        bar->setFormat(percent < 0 ? QString() : progress.text());
    }
    // A job that ended without finishing its work does not look as if it were still going.
    bar->setEnabled(job.state != JobRecord::State::Cancelled &&
                    job.state != JobRecord::State::Failed);
    const QLocale locale;
    m_table->item(row, Id)->setText(QString::number(job.id));
    m_table->item(row, Title)->setText(titleOf(job));
    if (job.kind == QLatin1String("dicom-export")) {
        m_serverNames.insert(job.target, tr("This computer"));
    } else if (!m_serverNames.contains(job.target)) {
        // ServerStore reads its settings file; a running job updates up to ten times a second.
        const QString serverId = job.kind == QLatin1String(PrefetchRunner::kind)
                                     ? PrefetchRunner::serverOf(job)
                                     : job.target;
        const auto server = m_servers->profile(serverId);
        m_serverNames.insert(job.target, server ? server->name : serverId);
    }
    m_table->item(row, Server)->setText(m_serverNames.value(job.target));
    m_table->item(row, State)->setText(stateText(job.state));
    m_table->item(row, State)
        ->setForeground(job.state == JobRecord::State::Failed      ? QColor(0xc6, 0x28, 0x28)
                        : job.state == JobRecord::State::Completed ? QColor(0x2e, 0x7d, 0x32)
                                                                   : QColor(0x42, 0x42, 0x42));
    m_table->item(row, Speed)
        ->setText(running && sample.bytesPerSecond > 0
                      ? tr("%1/s").arg(locale.formattedDataSize(qint64(sample.bytesPerSecond)))
                      : QString());
    QString eta;
    if (running && percent > 0 && percent < 100) {
        const qint64 elapsed =
            job.updatedUtc.isValid() ? job.createdUtc.msecsTo(Clock::system().nowUtc()) : 0;
        if (elapsed > 0)
            eta = tr("about %1 s").arg(qMax<qint64>(1, elapsed * (100 - percent) / percent / 1000));
    }
    m_table->item(row, Eta)->setText(eta);
    m_table->item(row, Output)->setText(job.outputDir);
    if (m_table->currentRow() == row) {
        QStringList lines{tr("<b>Job %1</b> — %2 (%3)")
                              .arg(job.id)
                              .arg(titleOf(job).toHtmlEscaped(), stateText(job.state))};
        if (percent >= 0)
            lines << tr("Progress: %1").arg(progress.text().toHtmlEscaped());
        if (job.kind == QLatin1String("dicom-export"))
            lines << studyExportDetails(p, locale);
        else if (job.kind == QLatin1String(PushRunner::kind))
            lines << pushDetails(p);
        else if (job.kind == QLatin1String(PrefetchRunner::kind))
            lines << tr("Into the image cache: %1 of %2 instances, %3.")
                         .arg(p.value(QLatin1String("done")).toInt())
                         .arg(p.value(QLatin1String("total")).toInt())
                         .arg(locale.formattedDataSize(bytes));
        else if (const QString folder = p.value(QLatin1String("deidentifiedFolder")).toString();
                 !folder.isEmpty())
            lines << tr("Phase: %1. %2 resources, %3; de-identified copies of %4 resources in "
                        "%5.")
                         .arg(phaseText(p.value(QLatin1String("phase")).toString()))
                         .arg(qint64(p.value(QLatin1String("resources")).toDouble()))
                         .arg(locale.formattedDataSize(bytes))
                         .arg(qint64(p.value(QLatin1String("deidentifiedResources")).toDouble()))
                         .arg(folder.toHtmlEscaped());
        else
            lines << tr("Phase: %1. %2 of %3 files, %4 resources, %5.")
                         .arg(phaseText(p.value(QLatin1String("phase")).toString()))
                         .arg(p.value(QLatin1String("filesDone")).toInt())
                         .arg(p.value(QLatin1String("filesTotal")).toInt())
                         .arg(qint64(p.value(QLatin1String("resources")).toDouble()))
                         .arg(locale.formattedDataSize(bytes));
        if (!p.value(QLatin1String("serverStatus")).toString().isEmpty())
            lines << tr("Server: %1")
                         .arg(p.value(QLatin1String("serverStatus")).toString().toHtmlEscaped());
        if (const QDateTime until = QDateTime::fromString(
                p.value(QLatin1String("rateLimitedUntil")).toString(), Qt::ISODate);
            until.isValid() && !job.isFinished())
            lines << QStringLiteral("<span style=\"color:#b26a00\">%1</span>")
                         .arg(tr("Rate-limited by the server: next try at %1")
                                  .arg(locale.toString(until.toLocalTime().time(),
                                                       QLocale::LongFormat)));
        if (job.attempts > 0)
            lines << tr("Attempts: %1").arg(job.attempts + 1);
        if (!job.error.isEmpty())
            lines << QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                         .arg(job.error.toHtmlEscaped());
        lines << tr("Output: %1").arg(job.outputDir.toHtmlEscaped());
        m_details->setText(lines.join(QStringLiteral("<br>")));
        updateButtons();
    }
}

} // namespace sightline
