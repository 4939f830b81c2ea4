#include "cache/CacheDialog.h"

#include "audit/AuditEventBuilder.h"
#include "audit/AuditTrail.h"
#include "common/ProblemLabel.h"
#include "imaging/ImagingService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSysInfo>
#include <QVBoxLayout>

namespace sightline {

namespace {
constexpr double kGiB = 1024.0 * 1024 * 1024;
}

CacheDialog::CacheDialog(ImagingService* imaging, AuditTrail* audit, QWidget* parent,
                         QString iniPath)
    : QDialog(parent)
    , m_imaging(imaging)
    , m_audit(audit)
    , m_iniPath(std::move(iniPath))
    , m_loaded(CacheConfig::load(m_iniPath)) {
    setObjectName(QStringLiteral("cacheDialog"));
    setWindowTitle(tr("Image cache"));
    // The running cache is the one in use; its folder may differ from a location saved for
    // the next start.
    m_maintenance = new CacheMaintenance(
        imaging ? imaging->cache() : CacheConnections(m_loaded.root(), m_loaded.limits), this);
    const QString runningRoot = m_maintenance->root();
    m_confirm = [this](const QString& question) {
        return QMessageBox::warning(this, tr("Empty the image cache"), question,
                                    QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Discard;
    };

    m_summary = new QLabel(tr("Counting…"), this);
    m_summary->setObjectName(QStringLiteral("cacheSummary"));
    m_usage = new QProgressBar(this);
    m_usage->setObjectName(QStringLiteral("cacheUsage"));
    m_usage->setRange(0, 1000);
    m_oldest = new QLabel(this);
    m_oldest->setObjectName(QStringLiteral("cacheOldest"));
    auto* where = new QLabel(tr("In %1").arg(QDir::toNativeSeparators(runningRoot)), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    auto* contents = new QGroupBox(tr("Contents"), this);
    auto* contentsLayout = new QVBoxLayout(contents);
    contentsLayout->addWidget(m_summary);
    contentsLayout->addWidget(m_usage);
    contentsLayout->addWidget(m_oldest);
    contentsLayout->addWidget(where);

    m_location = new QLineEdit(m_loaded.location, this);
    m_location->setObjectName(QStringLiteral("cacheLocation"));
    m_location->setPlaceholderText(QDir::toNativeSeparators(ImageCache::defaultRoot()));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Image cache folder"),
            m_location->text().isEmpty() ? m_loaded.root() : m_location->text());
        if (!dir.isEmpty())
            m_location->setText(dir);
    });
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    m_budgetGiB = new QDoubleSpinBox(this);
    m_budgetGiB->setObjectName(QStringLiteral("cacheBudget"));
    m_budgetGiB->setRange(0.1, 100000);
    m_budgetGiB->setDecimals(1);
    m_budgetGiB->setSuffix(tr(" GiB"));
    m_budgetGiB->setValue(double(m_loaded.limits.budgetBytes) / kGiB);
    m_ttlDays = new QSpinBox(this);
    m_ttlDays->setObjectName(QStringLiteral("cacheTtl"));
    m_ttlDays->setRange(0, 3650);
    m_ttlDays->setSuffix(tr(" days"));
    m_ttlDays->setSpecialValueText(tr("until the space is needed"));
    m_ttlDays->setValue(m_loaded.limits.ttlDays);
    auto* note = new QLabel(tr("When the cache is over its budget, the images used least "
                               "recently leave it first. A new location is used from the next "
                               "start; images already cached stay where they are."),
                            this);
    note->setWordWrap(true);
    auto* settings = new QGroupBox(tr("Settings"), this);
    auto* form = new QFormLayout(settings);
    form->addRow(tr("Location"), locationRow);
    form->addRow(tr("Size budget"), m_budgetGiB);
    form->addRow(tr("Keep unused images"), m_ttlDays);
    form->addRow(note);

    m_check = new QPushButton(tr("Check integrity"), this);
    m_check->setObjectName(QStringLiteral("cacheCheck"));
    m_check->setToolTip(tr("Read every cached image and compare it with its recorded checksum"));
    m_repair = new QPushButton(tr("Repair"), this);
    m_repair->setObjectName(QStringLiteral("cacheRepair"));
    m_repair->setToolTip(tr("Remove damaged and stray files (they are retrieved again when "
                            "needed)"));
    m_repair->setEnabled(false);
    m_empty = new QPushButton(tr("Empty the cache…"), this);
    m_empty->setObjectName(QStringLiteral("cacheEmpty"));
    m_checkResult = new QLabel(this);
    m_checkResult->setObjectName(QStringLiteral("cacheCheckResult"));
    m_checkResult->setWordWrap(true);
    auto* upkeep = new QGroupBox(tr("Upkeep"), this);
    auto* upkeepLayout = new QVBoxLayout(upkeep);
    auto* upkeepButtons = new QHBoxLayout;
    upkeepButtons->addWidget(m_check);
    upkeepButtons->addWidget(m_repair);
    upkeepButtons->addStretch();
    upkeepButtons->addWidget(m_empty);
    upkeepLayout->addLayout(upkeepButtons);
    upkeepLayout->addWidget(m_checkResult);
    connect(m_check, &QPushButton::clicked, this, [this] { check(false); });
    connect(m_repair, &QPushButton::clicked, this, [this] { check(true); });
    connect(m_empty, &QPushButton::clicked, this, &CacheDialog::empty);

    m_problem = makeProblemLabel(QStringLiteral("cacheProblem"), this);
    connect(m_location, &QLineEdit::textChanged, m_problem, &QLabel::clear);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CacheDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CacheDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(contents);
    layout->addWidget(settings);
    layout->addWidget(upkeep);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    refreshStats();
}

CacheConfig CacheDialog::config() const {
    CacheConfig c;
    c.location = m_location->text().trimmed();
    if (c.location == ImageCache::defaultRoot())
        c.location.clear();
    c.limits.budgetBytes = qint64(m_budgetGiB->value() * kGiB);
    c.limits.ttlDays = m_ttlDays->value();
    return c;
}

void CacheDialog::refreshStats() {
    m_maintenance->stats(this, [this](const CacheStats& stats) {
        const QLocale locale;
        m_summary->setText(
            tr("%n image(s)", nullptr, int(stats.instances)) + QStringLiteral(" · ") +
            tr("%n series", nullptr, int(stats.series)) + QStringLiteral(" · ") +
            tr("%n stud(y/ies)", nullptr, int(stats.studies)) + QStringLiteral(" · ") +
            tr("%n patient(s)", nullptr, int(stats.patients)));
        const double share =
            stats.budgetBytes > 0 ? double(stats.bytes) / double(stats.budgetBytes) : 0.0;
        m_usage->setValue(std::clamp(int(share * 1000), 0, 1000));
        m_usage->setFormat(tr("%1 of %2 used")
                               .arg(locale.formattedDataSize(stats.bytes),
                                    locale.formattedDataSize(stats.budgetBytes)));
        m_oldest->setText(stats.oldestAccessUtc.isValid()
                              ? tr("Least recently used image: last opened %1")
                                    .arg(locale.toString(stats.oldestAccessUtc.toLocalTime(),
                                                         QLocale::ShortFormat))
                              : tr("The cache is empty."));
    });
}

void CacheDialog::setBusy(bool busy) {
    m_check->setEnabled(!busy);
    m_empty->setEnabled(!busy);
    if (busy)
        m_repair->setEnabled(false);
}

void CacheDialog::check(bool repair) {
    setBusy(true);
    m_checkResult->setText(repair ? tr("Repairing…") : tr("Checking every cached image…"));
    m_maintenance->verify(repair, this, [this, repair](const CacheVerifyReport& report) {
        setBusy(false);
        if (report.ok()) {
            m_checkResult->setText(tr("All %n image(s) are intact.", nullptr, int(report.checked)));
        } else {
            const QString found = tr("%1 missing, %2 damaged, %3 stray file(s).")
                                      .arg(report.missing.size())
                                      .arg(report.corrupt.size())
                                      .arg(report.orphans.size());
            m_checkResult->setText(repair ? tr("Repaired: %1 They are retrieved again when "
                                               "needed.")
                                                .arg(found)
                                          : tr("Found %1 Repair removes them.").arg(found));
            m_repair->setEnabled(!repair);
        }
        if (repair) {
            if (m_audit)
                m_audit->record(
                    AuditEventBuilder::activity(QStringLiteral("cache-repair"),
                                                QStringLiteral("Image cache repaired"),
                                                AuditEventBuilder::Action::Delete)
                        .application(QSysInfo::machineHostName())
                        .detail(QStringLiteral("removed"),
                                QString::number(report.missing.size() + report.corrupt.size() +
                                                report.orphans.size()))
                        .build());
            emit cacheChanged();
            refreshStats();
        }
    });
}

void CacheDialog::empty() {
    if (m_imaging && m_imaging->hasRetrievals()) {
        m_checkResult->setText(tr("Studies are being retrieved: cancel them or wait, then "
                                  "empty the cache."));
        return;
    }
    if (!m_confirm(tr("Remove every image, thumbnail and index entry from the cache? Studies "
                      "are retrieved again from their servers when next opened.")))
        return;
    setBusy(true);
    m_maintenance->purgeAll(this, [this](const Status& status) {
        setBusy(false);
        m_checkResult->setText(
            status ? tr("The cache is empty.")
                   : tr("The cache could not be emptied: %1").arg(status.error().toString()));
        if (m_audit)
            m_audit->record(AuditEventBuilder::activity(QStringLiteral("cache-purge"),
                                                        QStringLiteral("Image cache emptied"),
                                                        AuditEventBuilder::Action::Delete)
                                .application(QSysInfo::machineHostName())
                                .outcome(status ? AuditEventBuilder::Outcome::Success
                                                : AuditEventBuilder::Outcome::SeriousFailure,
                                         status ? QString() : status.error().message)
                                .build());
        emit cacheChanged();
        refreshStats();
    });
}

void CacheDialog::accept() {
    const CacheConfig chosen = config();
    if (const QString problem = CacheConfig::locationProblem(chosen.location); !problem.isEmpty())
        return m_problem->setText(problem);
    if (chosen == m_loaded)
        return QDialog::accept();
    if (const Status saved = chosen.save(m_iniPath); !saved)
        return m_problem->setText(saved.error().toString());
    if (m_imaging && chosen.limits != m_loaded.limits)
        m_imaging->setCacheSettings(chosen.limits);
    if (m_audit)
        m_audit->record(AuditEventBuilder::settingsChange(AuditEventBuilder::Action::Update,
                                                          QStringLiteral("image-cache"),
                                                          chosen.describe())
                            .build());
    QDialog::accept();
}

} // namespace sightline
