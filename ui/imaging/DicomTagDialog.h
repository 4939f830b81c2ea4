#pragma once
// Shows every element of one cached DICOM instance (meta header and data set, sequences
// nested) with a filter. The file is read and parsed off the GUI thread.

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sightline {

class DicomTagDialog : public QDialog {
    Q_OBJECT
public:
    explicit DicomTagDialog(const QString& path, QWidget* parent = nullptr);
    int elementCount() const;

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    QLabel* m_message;
};

} // namespace sightline
