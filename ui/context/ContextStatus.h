#pragma once
// The status bar's view of context sync with the EHR (FHIRcast): connected or not, the topic,
// the last event, why it is not connected; "Follow EHR" (switch with the EHR) and "Open
// studies" (open what the EHR opens in the default viewer). Hidden until a hub is known.

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace sightline {

class ContextSync;

class ContextStatus : public QWidget {
    Q_OBJECT
public:
    explicit ContextStatus(ContextSync* sync, QWidget* parent = nullptr);

private:
    void update();

    QPointer<ContextSync> m_sync;
    QLabel* m_label;
    QCheckBox* m_follow;
    QCheckBox* m_open;
};

} // namespace sightline
