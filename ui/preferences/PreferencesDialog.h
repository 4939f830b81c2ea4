#pragma once
// File → Preferences: appearance (language, theme), network (system proxy, no proxy or a manual
// one; an extra CA bundle), the receiving node (started, restarted or stopped on OK), and the
// way to every other settings editor (servers, viewers, image
// cache, audit forwarding, EHR context sync). Settings are checked before they are saved, saved
// in ~/.config/Sightline, applied (the language at the next start, said so), and each change is
// recorded in the audit trail.

#include "desktop/AppearanceSettings.h"
#include "dimse/ReceivingNodeSettings.h"
#include "network/NetworkSettings.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sightline {

class AuditTrail;
class ReceivingNode;
class ReceivingNodePage;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // Another settings editor, reached from the "More" page.
    struct Editor {
        QString label;
        QString description;
        std::function<void()> open;
    };

    // Empty ini paths: the user's settings files. Without a receiving node there is no page
    // for it.
    PreferencesDialog(AuditTrail* audit, QList<Editor> editors, QWidget* parent = nullptr,
                      QString appearanceIni = {}, QString networkIni = {},
                      ReceivingNode* receivingNode = nullptr, QString receivingIni = {});

    AppearanceSettings appearance() const;
    NetworkSettings network() const;

    void accept() override;

private:
    QWidget* appearancePage();
    QWidget* networkPage();
    QWidget* editorsPage(const QList<Editor>& editors);
    void showProblem();
    // Saves and applies a changed receiving node; false (with the problem shown) when it
    // cannot start as set.
    bool applyReceivingNode();
    void record(const QString& what, const QString& description);

    AuditTrail* m_audit;
    QString m_appearanceIni;
    QString m_networkIni;
    AppearanceSettings m_loadedAppearance;
    NetworkSettings m_loadedNetwork;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QRadioButton* m_proxySystem = nullptr;
    QRadioButton* m_proxyNone = nullptr;
    QRadioButton* m_proxyManual = nullptr;
    QLineEdit* m_proxyHost = nullptr;
    QSpinBox* m_proxyPort = nullptr;
    QLineEdit* m_caBundle = nullptr;
    QLabel* m_problem = nullptr;
    ReceivingNode* m_receivingNode;
    QString m_receivingIni;
    ReceivingNodeSettings m_loadedReceiving;
    ReceivingNodePage* m_receivingPage = nullptr;
};

} // namespace sightline
