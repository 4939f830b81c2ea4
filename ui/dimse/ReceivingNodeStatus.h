#pragma once
// The receiving node in the status bar, while it runs: its AE title and port, how many images
// arrived since the window opened, the last senders in the tooltip with what to register, and
// the last refusal in red until the next arrival. Hidden while the node is off.

#include <QLabel>
#include <QStringList>

namespace sightline {

class ReceivingNode;
struct ReceivedStudies;

class ReceivingNodeStatus : public QLabel {
    Q_OBJECT
public:
    explicit ReceivingNodeStatus(ReceivingNode* node, QWidget* parent = nullptr);

private:
    void arrived(const ReceivedStudies& studies);
    void update();

    ReceivingNode* m_node;
    int m_images = 0;
    QStringList m_senders; // the last few arrivals, newest first
    QString m_refusal;
};

} // namespace sightline
