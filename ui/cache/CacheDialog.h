#pragma once
// Tools → Image cache: what the cache holds (patients, studies, images, space used of the
// budget, least recently used), its settings (location, budget, how long unused images are
// kept) and its upkeep (integrity check with repair, emptying). Scans and deletions run off
// the GUI thread; new limits apply at once, a new location from the next start. Changes and
// emptying are recorded in the audit trail.

#include "cache/CacheConfig.h"
#include "cache/CacheMaintenance.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace sightline {

class AuditTrail;
class ImagingService;

class CacheDialog : public QDialog {
    Q_OBJECT
public:
    // `iniPath` empty: the user's cache.ini.
    CacheDialog(ImagingService* imaging, AuditTrail* audit, QWidget* parent = nullptr,
                QString iniPath = {});
    CacheConfig config() const;
    void accept() override;
    // Asks before emptying the cache; replaceable for tests.
    void setConfirmation(std::function<bool(const QString&)> confirm) {
        m_confirm = std::move(confirm);
    }

signals:
    // Images left the cache (emptied or repaired): views of it are out of date.
    void cacheChanged();

private:
    void refreshStats();
    void check(bool repair);
    void empty();
    void setBusy(bool busy);

    QPointer<ImagingService> m_imaging;
    QPointer<AuditTrail> m_audit;
    QString m_iniPath;
    CacheConfig m_loaded;
    CacheMaintenance* m_maintenance;
    QLabel* m_summary;
    QProgressBar* m_usage;
    QLabel* m_oldest;
    QLineEdit* m_location;
    QDoubleSpinBox* m_budgetGiB;
    QSpinBox* m_ttlDays;
    QPushButton* m_check;
    QPushButton* m_repair;
    QPushButton* m_empty;
    QLabel* m_checkResult;
    QLabel* m_problem;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace sightline
