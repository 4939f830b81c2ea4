#pragma once
// Asks for a Bulk Data export: which configured server, which level (whole system, all
// patients, one Group), which resource types, changes since when, and where to write the files.

#include "exporting/BulkExportRequest.h"
#include "servers/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;

namespace sightline {

class ServerStore;

class NewExportDialog : public QDialog {
    Q_OBJECT
public:
    NewExportDialog(ServerStore* servers, QWidget* parent = nullptr);

    std::optional<ServerProfile> server() const;
    BulkExportRequest request() const;
    QString outputDir() const;

    void setServer(const QString& serverId);
    void setGroup(const QString& groupId);
    void setTypes(const QString& commaSeparated);
    void setOutputDir(const QString& dir);

private:
    void validate();

    ServerStore* m_servers;
    QComboBox* m_server;
    QComboBox* m_level;
    QLineEdit* m_group;
    QLineEdit* m_types;
    QCheckBox* m_useSince;
    QDateTimeEdit* m_since;
    QCheckBox* m_post;
    QLineEdit* m_output;
    QDialogButtonBox* m_buttons;
};

} // namespace sightline
