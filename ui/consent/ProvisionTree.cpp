#include "ProvisionTree.h"

#include "consent/DecisionExplainer.h"

#include <QHeaderView>

namespace sightline {

namespace {
constexpr int appliedRole = Qt::UserRole + 1;
constexpr int decidingRole = Qt::UserRole + 2;
} // namespace

ProvisionTree::ProvisionTree(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("provisionTree"));
    setColumnCount(2);
    setHeaderLabels({tr("Provision"), tr("Applies when")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setWordWrap(true);
    setUniformRowHeights(false);
}

void ProvisionTree::showConsent(const ConsentEngine* engine, int index) {
    clear();
    m_items.clear();
    m_engine = engine;
    m_consent = engine && index >= 0 && index < int(engine->consents().size()) ? index : -1;
    if (m_consent < 0)
        return;
    const Consent& consent = engine->consents()[size_t(m_consent)];
    if (consent.provisions.empty()) {
        auto* item =
            new QTreeWidgetItem(this, {tr("No provision"), tr("This consent states no rules.")});
        item->setForeground(0, QColor(0x75, 0x75, 0x75));
        return;
    }
    for (size_t i = 0; i < consent.provisions.size(); ++i) {
        const Provision& p = consent.provisions[i];
        const QStringList columns{
            DecisionExplainer::provisionTitle(p) +
                (p.typeInferred && p.type != Provision::Type::None ? tr(" (inferred)") : QString()),
            DecisionExplainer::conditions(p)};
        auto* item = p.parent < 0 ? new QTreeWidgetItem(this, columns)
                                  : new QTreeWidgetItem(m_items.at(p.parent), columns);
        item->setToolTip(1, columns.at(1));
        const QColor colour = p.type == Provision::Type::Permit ? QColor(0x2e, 0x7d, 0x32)
                              : p.type == Provision::Type::Deny ? QColor(0xc6, 0x28, 0x28)
                                                                : QColor(0x61, 0x61, 0x61);
        item->setForeground(0, colour);
        m_items << item;
    }
    expandAll();
}

void ProvisionTree::highlight(const ConsentDecision& decision) {
    for (int i = 0; i < m_items.size(); ++i) {
        QTreeWidgetItem* item = m_items.at(i);
        const bool applied = decision.applied(m_consent, i);
        const bool deciding = decision.consent == m_consent && decision.provision == i;
        item->setData(0, appliedRole, applied);
        item->setData(0, decidingRole, deciding);
        QFont font = item->font(0);
        font.setBold(applied);
        for (int column = 0; column < 2; ++column) {
            item->setFont(column, font);
            item->setBackground(column, deciding  ? QBrush(QColor(0xff, 0xf5, 0x9d))
                                        : applied ? QBrush(QColor(0xe3, 0xf2, 0xfd))
                                                  : QBrush());
        }
        // Dark text on the light highlight, also in a dark theme (column 0 keeps its
        // permit/deny colour).
        item->setForeground(1, deciding || applied ? QBrush(QColor(0x1a, 0x1a, 0x1a)) : QBrush());
        if (deciding)
            scrollToItem(item);
    }
}

QStringList ProvisionTree::highlightedPaths() const {
    QStringList paths;
    if (!m_engine || m_consent < 0)
        return paths;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i)->data(0, appliedRole).toBool())
            paths << m_engine->consents()[size_t(m_consent)].provisions[size_t(i)].path;
    }
    return paths;
}

QString ProvisionTree::decidingPath() const {
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i)->data(0, decidingRole).toBool())
            return m_engine->consents()[size_t(m_consent)].provisions[size_t(i)].path;
    }
    return {};
}

} // namespace sightline
