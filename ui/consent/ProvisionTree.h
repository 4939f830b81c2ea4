#pragma once
// One consent's provisions drawn as a tree (type and conditions per node), with the provisions
// a decision found applicable highlighted and the deciding one marked.

#include "consent/ConsentDecision.h"
#include "consent/ConsentEngine.h"

#include <QTreeWidget>

namespace sightline {

class ProvisionTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit ProvisionTree(QWidget* parent = nullptr);

    // Shows consent `index` of `engine` (nothing when out of range).
    void showConsent(const ConsentEngine* engine, int index);
    // Marks what `decision` found for the shown consent; an empty decision clears the marks.
    void highlight(const ConsentDecision& decision);
    int consentIndex() const { return m_consent; }
    // Paths ("1", "1.1") of the provisions currently highlighted as applying.
    QStringList highlightedPaths() const;
    QString decidingPath() const;

private:
    const ConsentEngine* m_engine = nullptr;
    int m_consent = -1;
    QList<QTreeWidgetItem*> m_items; // by provision index
};

} // namespace sightline
