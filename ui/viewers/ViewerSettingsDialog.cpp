#include "viewers/ViewerSettingsDialog.h"

#include "viewers/ViewerLauncher.h"
#include "viewers/ViewerRegistry.h"
#include "viewers/ViewerTemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sightline {

namespace {

const QList<ViewerProfile::Kind> kKinds{ViewerProfile::Kind::Ohif, ViewerProfile::Kind::Url,
                                        ViewerProfile::Kind::SchemeCommand,
                                        ViewerProfile::Kind::Iid, ViewerProfile::Kind::Program};

LaunchValues sampleValues(const QString& root) {
    LaunchValues v;
    v.studyUid = QStringLiteral("1.2.826.0.1.3680043.10.1042.1.1.1");
    v.seriesUid = QStringLiteral("1.2.826.0.1.3680043.10.1042.1.1.1.1");
    v.patientId = QStringLiteral("SL-1001");
    v.patientName = QStringLiteral("Test^Patient");
    v.accessionNumber = QStringLiteral("ACC1001");
    v.dicomwebRoot =
        root.isEmpty() ? QStringLiteral("http://127.0.0.1:1/prefix/dicomweb/source") : root;
    v.studyFolder = QStringLiteral("/tmp/sightline-sample-study");
    v.ohifViewerUrl =
        QStringLiteral("http://127.0.0.1:1/prefix/ohif/viewer?StudyInstanceUIDs=") + v.studyUid;
    v.accessToken = QStringLiteral("sample-token");
    return v;
}

} // namespace

ViewerSettingsDialog::ViewerSettingsDialog(ViewerRegistry* viewers, QString sampleDicomWebRoot,
                                           QWidget* parent)
    : QDialog(parent)
    , m_viewers(viewers)
    , m_sampleRoot(std::move(sampleDicomWebRoot)) {
    setObjectName(QStringLiteral("viewerSettings"));
    setWindowTitle(tr("Viewers"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("viewerList"));
    m_list->setMinimumWidth(200);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("viewerId"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("viewerName"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("viewerKind"));
    m_kind->addItems({tr("Bundled OHIF"), tr("URL"), tr("URL scheme with a command"),
                      tr("IHE Invoke Image Display"), tr("Local program")});
    m_scheme = new QLineEdit(this);
    m_template = new QLineEdit(this);
    m_template->setObjectName(QStringLiteral("viewerTemplate"));
    m_template->setPlaceholderText(QStringLiteral("https://viewer.example/?study={studyUID}"));
    m_iidBase = new QLineEdit(this);
    m_viewerType = new QLineEdit(this);
    m_program = new QLineEdit(this);
    m_program->setObjectName(QStringLiteral("viewerProgram"));
    m_arguments = new QPlainTextEdit(this);
    m_arguments->setObjectName(QStringLiteral("viewerArguments"));
    m_arguments->setPlaceholderText(tr("One argument per line, e.g. {studyFolder}"));
    m_arguments->setMaximumHeight(70);
    m_embedded = new QCheckBox(tr("Open inside Sightline (web viewers)"), this);
    m_allowToken = new QCheckBox(tr("Allow {accessToken} in this profile (the token leaves "
                                    "Sightline)"),
                                 this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("viewerMessage"));
    m_message->setWordWrap(true);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testLaunchResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_testResult->setMinimumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("Id"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Scheme"), m_scheme);
    form->addRow(tr("URL or command"), m_template);
    form->addRow(tr("IID base URL"), m_iidBase);
    form->addRow(tr("IID viewer type"), m_viewerType);
    form->addRow(tr("Program"), m_program);
    form->addRow(tr("Arguments"), m_arguments);
    form->addRow(QString(), m_embedded);
    form->addRow(QString(), m_allowToken);
    form->addRow(new QLabel(tr("Placeholders: %1")
                                .arg(QStringLiteral("{") +
                                     ViewerTemplate::placeholders().join(QStringLiteral("} {")) +
                                     QStringLiteral("}")),
                            this));

    auto* add = new QPushButton(tr("New"), this);
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveViewer"));
    auto* removeButton = new QPushButton(tr("Delete"), this);
    auto* defaultButton = new QPushButton(tr("Make default"), this);
    defaultButton->setObjectName(QStringLiteral("defaultViewer"));
    auto* test = new QPushButton(tr("Test launch"), this);
    test->setObjectName(QStringLiteral("testLaunch"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, saveButton, removeButton, defaultButton, test})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addWidget(m_message);
    right->addWidget(m_testResult);
    right->addStretch();
    auto* split = new QHBoxLayout;
    split->addWidget(m_list, 1);
    split->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(split);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &ViewerSettingsDialog::showProfile);
    // Only what the kind uses is editable; only web viewers can open inside Sightline.
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ViewerSettingsDialog::enableFieldsFor);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        m_id->setText(QStringLiteral("my-viewer"));
        m_name->setText(tr("My viewer"));
        m_kind->setCurrentIndex(int(kKinds.indexOf(ViewerProfile::Kind::Url)));
        m_template->clear();
        m_message->clear();
    });
    connect(saveButton, &QPushButton::clicked, this, &ViewerSettingsDialog::save);
    connect(removeButton, &QPushButton::clicked, this, &ViewerSettingsDialog::remove);
    connect(defaultButton, &QPushButton::clicked, this, &ViewerSettingsDialog::makeDefault);
    connect(test, &QPushButton::clicked, this, &ViewerSettingsDialog::testLaunch);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(860, 560);
}

void ViewerSettingsDialog::enableFieldsFor(int index) {
    const ViewerProfile::Kind kind = kKinds.value(index, ViewerProfile::Kind::Url);
    const bool web = kind == ViewerProfile::Kind::Ohif || kind == ViewerProfile::Kind::Url ||
                     kind == ViewerProfile::Kind::Iid;
    m_embedded->setEnabled(web);
    if (!web)
        m_embedded->setChecked(false);
    m_scheme->setEnabled(kind == ViewerProfile::Kind::SchemeCommand);
    m_template->setEnabled(kind == ViewerProfile::Kind::Url ||
                           kind == ViewerProfile::Kind::SchemeCommand);
    m_iidBase->setEnabled(kind == ViewerProfile::Kind::Iid);
    m_viewerType->setEnabled(kind == ViewerProfile::Kind::Iid);
    m_program->setEnabled(kind == ViewerProfile::Kind::Program);
    m_arguments->setEnabled(kind == ViewerProfile::Kind::Program);
}

void ViewerSettingsDialog::reload(const QString& select) {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    const QList<ViewerProfile> profiles = m_viewers->profiles();
    for (int i = 0; i < profiles.size(); ++i) {
        const ViewerProfile& p = profiles[i];
        QString label = p.name;
        if (p.id == m_viewers->defaultViewer())
            label += tr(" (default)");
        auto* item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    showProfile();
}

void ViewerSettingsDialog::showProfile() {
    const QListWidgetItem* item = m_list->currentItem();
    const auto profile = item ? m_viewers->find(item->data(Qt::UserRole).toString()) : std::nullopt;
    if (!profile)
        return;
    m_id->setText(profile->id);
    m_name->setText(profile->name);
    m_kind->setCurrentIndex(int(kKinds.indexOf(profile->kind)));
    enableFieldsFor(m_kind->currentIndex());
    m_scheme->setText(profile->scheme);
    m_template->setText(profile->urlTemplate);
    m_iidBase->setText(profile->iidBase);
    m_viewerType->setText(profile->viewerType);
    m_program->setText(profile->program);
    m_arguments->setPlainText(profile->arguments.join(QLatin1Char('\n')));
    m_embedded->setChecked(profile->embedded);
    m_allowToken->setChecked(profile->allowToken);
    m_message->clear();
    m_testResult->clear();
}

ViewerProfile ViewerSettingsDialog::edited() const {
    ViewerProfile p;
    p.id = m_id->text().trimmed();
    p.name = m_name->text().trimmed();
    p.kind = kKinds.value(m_kind->currentIndex(), ViewerProfile::Kind::Url);
    // Only the fields this kind uses (others may still hold a previous profile's values).
    if (m_scheme->isEnabled())
        p.scheme = m_scheme->text().trimmed();
    if (m_template->isEnabled())
        p.urlTemplate = m_template->text().trimmed();
    if (m_iidBase->isEnabled()) {
        p.iidBase = m_iidBase->text().trimmed();
        p.viewerType = m_viewerType->text().trimmed();
    }
    if (m_program->isEnabled()) {
        p.program = m_program->text().trimmed();
        for (const QString& line : m_arguments->toPlainText().split(QLatin1Char('\n')))
            if (!line.isEmpty())
                p.arguments << line;
    }
    p.embedded = m_embedded->isChecked();
    p.allowToken = m_allowToken->isChecked();
    return p;
}

void ViewerSettingsDialog::save() {
    const ViewerProfile profile = edited();
    if (const Status saved = m_viewers->save(profile); !saved) {
        m_message->setStyleSheet(QStringLiteral("color: #a00;"));
        m_message->setText(saved.error().message);
        return;
    }
    reload(profile.id);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Saved"));
}

void ViewerSettingsDialog::remove() {
    (void)m_viewers->remove(m_id->text().trimmed());
    reload();
}

void ViewerSettingsDialog::makeDefault() {
    const QString id = m_id->text().trimmed();
    if (const Status set = m_viewers->setDefaultViewer(id); !set)
        m_message->setText(set.error().message);
    reload(id);
}

void ViewerSettingsDialog::testLaunch() {
    const ViewerProfile profile = edited();
    const Result<LaunchPlan> plan = ViewerLauncher::plan(profile, sampleValues(m_sampleRoot));
    if (!plan) {
        m_testResult->setStyleSheet(QStringLiteral("color: #a00;"));
        m_testResult->setText(plan.error().message);
        return;
    }
    m_testResult->setStyleSheet(QString());
    QString what = plan.value().how == LaunchPlan::How::Program
                       ? plan.value().program + QLatin1Char('\n') +
                             plan.value().arguments.join(QLatin1Char('\n'))
                       : QString::fromLatin1(plan.value().url.toEncoded());
    if (plan.value().how != LaunchPlan::How::Embedded) {
        if (const Status started = ViewerLauncher::start(plan.value()); !started)
            what += QLatin1Char('\n') + started.error().message;
    }
    m_testResult->setText(tr("Test launch with a sample study:\n%1").arg(what));
}

QString ViewerSettingsDialog::lastTestLaunch() const {
    return m_testResult->text();
}

} // namespace sightline
