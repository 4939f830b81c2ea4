#pragma once
// A two-column tree (name, detail) over one server's capabilities: server facts, SMART,
// system abilities, and each resource type with its interactions, search parameters,
// operations and profiles. GUI-thread model; filter it with a recursive QSortFilterProxyModel.

#include "capabilities/ServerCapabilities.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace sightline {

class CapabilityTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit CapabilityTreeModel(QObject* parent = nullptr);
    ~CapabilityTreeModel() override;

    void setCapabilities(const ServerCapabilities& capabilities);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Finds a top-level or nested row by its path of names, e.g. {"Resources", "ImagingStudy"}.
    QModelIndex find(const QStringList& path) const;

    struct Node;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace sightline
