#pragma once
// Asks how to export a cached study: to a folder with a DICOMDIR or to a ZIP file, where, and
// whether de-identified (DICOM PS3.15 Basic profile) with an optional pseudonym and project
// key file. Says what de-identification does and does not do (pixels are not cleaned).

#include "exporting/DicomStudyExport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace sightline {

class StudyExportDialog : public QDialog {
    Q_OBJECT
public:
    // `label`: how the study is shown to the user (description, date, patient).
    StudyExportDialog(const QString& studyInstanceUid, const QString& label,
                      QWidget* parent = nullptr);

    DicomExportRequest request() const;

    void setOutput(const QString& path);
    void setZip(bool zip);
    void setDeidentify(bool deidentify, const QString& pseudonym = {});

private:
    void browseOutput();
    void browseKey();
    void validate();

    QString m_studyUid;
    QRadioButton* m_folder;
    QRadioButton* m_zip;
    QLineEdit* m_output;
    QCheckBox* m_deidentify;
    QLineEdit* m_pseudonym;
    QLineEdit* m_keyFile;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace sightline
