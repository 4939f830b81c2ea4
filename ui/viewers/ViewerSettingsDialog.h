#pragma once
// Viewer settings: the viewer profiles (built in and the user's own), editing a profile with
// its placeholders checked when saved, the default viewer, and a test launch that shows exactly
// what would be started (URL or program and arguments) for a sample study, and starts it.

#include "viewers/ViewerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sightline {

class ViewerRegistry;

class ViewerSettingsDialog : public QDialog {
    Q_OBJECT
public:
    // `sampleDicomWebRoot`: the gateway URL a test launch uses (empty when it is not running).
    ViewerSettingsDialog(ViewerRegistry* viewers, QString sampleDicomWebRoot,
                         QWidget* parent = nullptr);

    // What the last test launch would start (for the user, and for tests).
    QString lastTestLaunch() const;

private:
    void reload(const QString& select = {});
    void showProfile();
    void enableFieldsFor(int kindIndex);
    ViewerProfile edited() const;
    void save();
    void remove();
    void makeDefault();
    void testLaunch();

    ViewerRegistry* m_viewers;
    QString m_sampleRoot;
    QListWidget* m_list;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_scheme;
    QLineEdit* m_template;
    QLineEdit* m_iidBase;
    QLineEdit* m_viewerType;
    QLineEdit* m_program;
    QPlainTextEdit* m_arguments;
    QCheckBox* m_embedded;
    QCheckBox* m_allowToken;
    QLabel* m_message;
    QLabel* m_testResult;
};

} // namespace sightline
