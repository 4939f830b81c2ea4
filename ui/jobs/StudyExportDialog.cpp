#include "jobs/StudyExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sightline {

StudyExportDialog::StudyExportDialog(const QString& studyInstanceUid, const QString& label,
                                     QWidget* parent)
    : QDialog(parent)
    , m_studyUid(studyInstanceUid) {
    setObjectName(QStringLiteral("studyExportDialog"));
    setWindowTitle(tr("Export study"));
    auto* study = new QLabel(tr("<b>%1</b><br><small>%2</small>")
                                 .arg(label.toHtmlEscaped(), studyInstanceUid.toHtmlEscaped()),
                             this);
    study->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_folder = new QRadioButton(tr("Folder with DICOMDIR"), this);
    m_folder->setObjectName(QStringLiteral("formatFolder"));
    m_zip = new QRadioButton(tr("ZIP file"), this);
    m_zip->setObjectName(QStringLiteral("formatZip"));
    m_folder->setChecked(true);
    auto* format = new QHBoxLayout;
    format->addWidget(m_folder);
    format->addWidget(m_zip);
    format->addStretch(1);

    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("exportOutput"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_output->setText(QDir(documents).filePath(QStringLiteral("sightline-study")));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* output = new QHBoxLayout;
    output->addWidget(m_output, 1);
    output->addWidget(browse);

    m_deidentify = new QCheckBox(tr("De-identify (DICOM PS3.15 Basic profile)"), this);
    m_deidentify->setObjectName(QStringLiteral("deidentify"));
    m_pseudonym = new QLineEdit(this);
    m_pseudonym->setObjectName(QStringLiteral("pseudonym"));
    m_pseudonym->setPlaceholderText(tr("generated, e.g. SL-3F9A…"));
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setPlaceholderText(tr("none: a new key for this export"));
    auto* browseKey = new QPushButton(tr("Browse…"), this);
    auto* key = new QHBoxLayout;
    key->addWidget(m_keyFile, 1);
    key->addWidget(browseKey);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("deidentifyNote"));
    m_note->setWordWrap(true);
    m_note->setText(
        tr("Names, IDs, dates, institutions, descriptions and private attributes are removed or "
           "replaced; UIDs are replaced consistently. <b>Pixel data is not changed</b>: images "
           "with burned-in text are listed in the job's details for you to check. Use a key "
           "file to give several exports the same pseudonyms and UIDs."));

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format);
    form->addRow(tr("Save to:"), output);
    form->addRow(QString(), m_deidentify);
    form->addRow(tr("Pseudonym:"), m_pseudonym);
    form->addRow(tr("Key file:"), key);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(study);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &StudyExportDialog::browseOutput);
    connect(browseKey, &QPushButton::clicked, this, &StudyExportDialog::browseKey);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_zip, &QRadioButton::toggled, this, [this](bool zip) {
        // Keep the name the user chose; only the .zip ending follows the format.
        QString path = m_output->text();
        if (zip && !path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            path += QStringLiteral(".zip");
        else if (!zip && path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            path.chop(4);
        m_output->setText(path);
    });
    for (QLineEdit* edit : {m_output, m_keyFile})
        connect(edit, &QLineEdit::textChanged, this, &StudyExportDialog::validate);
    connect(m_deidentify, &QCheckBox::toggled, this, &StudyExportDialog::validate);
    validate();
}

void StudyExportDialog::browseOutput() {
    const QString chosen =
        m_zip->isChecked()
            ? QFileDialog::getSaveFileName(this, tr("Export to ZIP file"), m_output->text(),
                                           tr("ZIP files (*.zip)"))
            : QFileDialog::getExistingDirectory(this, tr("Export to folder"),
                                                QFileInfo(m_output->text()).absolutePath());
    if (!chosen.isEmpty())
        m_output->setText(chosen);
}

void StudyExportDialog::browseKey() {
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Project key file"));
    if (!chosen.isEmpty())
        m_keyFile->setText(chosen);
}

void StudyExportDialog::validate() {
    const bool deidentify = m_deidentify->isChecked();
    m_pseudonym->setEnabled(deidentify);
    m_keyFile->setEnabled(deidentify);
    m_note->setEnabled(deidentify);
    const QString output = m_output->text().trimmed();
    const bool zipOk =
        !m_zip->isChecked() || output.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    const bool keyOk =
        !deidentify || m_keyFile->text().isEmpty() || QFileInfo(m_keyFile->text()).isReadable();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!output.isEmpty() && zipOk && keyOk);
}

DicomExportRequest StudyExportDialog::request() const {
    DicomExportRequest request;
    request.studyInstanceUid = m_studyUid;
    request.format =
        m_zip->isChecked() ? DicomExportRequest::Format::Zip : DicomExportRequest::Format::Folder;
    request.output = QFileInfo(m_output->text().trimmed()).absoluteFilePath();
    request.deidentify = m_deidentify->isChecked();
    if (request.deidentify) {
        request.pseudonym = m_pseudonym->text().trimmed();
        request.keyFile = m_keyFile->text().trimmed();
    }
    return request;
}

void StudyExportDialog::setOutput(const QString& path) {
    m_output->setText(path);
}

void StudyExportDialog::setZip(bool zip) {
    (zip ? m_zip : m_folder)->setChecked(true);
}

void StudyExportDialog::setDeidentify(bool deidentify, const QString& pseudonym) {
    m_deidentify->setChecked(deidentify);
    m_pseudonym->setText(pseudonym);
}

} // namespace sightline
