#include "capabilities/CapabilityTreeModel.h"

namespace sightline {

struct CapabilityTreeModel::Node {
    QString name;
    QString detail;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node* add(QString childName, QString childDetail = {}) {
        auto node = std::make_unique<Node>();
        node->name = std::move(childName);
        node->detail = std::move(childDetail);
        node->parent = this;
        children.push_back(std::move(node));
        return children.back().get();
    }
    int row() const {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        }
        return 0;
    }
};

namespace {

void addList(CapabilityTreeModel::Node* parent, const QString& name, const QStringList& values) {
    CapabilityTreeModel::Node* node = parent->add(name, QString::number(values.size()));
    for (const QString& v : values)
        node->add(v);
}

void addResource(CapabilityTreeModel::Node* parent, const ResourceCapability& r) {
    QStringList summary = r.interactions;
    auto* node = parent->add(r.type, summary.join(QStringLiteral(", ")));
    addList(node, QObject::tr("Interactions"), r.interactions);
    auto* params =
        node->add(QObject::tr("Search parameters"), QString::number(r.searchParams.size()));
    for (const auto& p : r.searchParams)
        params->add(p.name, p.type);
    if (!r.operations.isEmpty()) {
        auto* ops = node->add(QObject::tr("Operations"), QString::number(r.operations.size()));
        for (const auto& o : r.operations)
            ops->add(QLatin1Char('$') + o.name, o.definition);
    }
    if (!r.searchInclude.isEmpty())
        addList(node, QObject::tr("_include"), r.searchInclude);
    if (!r.searchRevInclude.isEmpty())
        addList(node, QObject::tr("_revinclude"), r.searchRevInclude);
    QStringList profiles;
    if (!r.profile.isEmpty())
        profiles << r.profile;
    profiles << r.supportedProfiles;
    if (!profiles.isEmpty())
        addList(node, QObject::tr("Profiles"), profiles);
    QStringList conditional;
    if (r.conditionalCreate)
        conditional << QStringLiteral("create");
    if (r.conditionalUpdate)
        conditional << QStringLiteral("update");
    if (!r.conditionalDelete.isEmpty() && r.conditionalDelete != QLatin1String("not-supported"))
        conditional << QStringLiteral("delete (%1)").arg(r.conditionalDelete);
    if (!conditional.isEmpty())
        node->add(QObject::tr("Conditional"), conditional.join(QStringLiteral(", ")));
    if (!r.versioning.isEmpty())
        node->add(QObject::tr("Versioning"), r.versioning);
}

} // namespace

CapabilityTreeModel::CapabilityTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>()) {}

CapabilityTreeModel::~CapabilityTreeModel() = default;

void CapabilityTreeModel::clear() {
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void CapabilityTreeModel::setCapabilities(const ServerCapabilities& caps) {
    beginResetModel();
    m_root = std::make_unique<Node>();
    Node* server = m_root->add(tr("Server"), caps.fhirBase.toDisplayString());
    if (caps.statement) {
        const CapabilityStatement& cs = *caps.statement;
        server->add(tr("Software"),
                    (cs.softwareName + QLatin1Char(' ') + cs.softwareVersion).trimmed());
        server->add(tr("FHIR version"), cs.fhirVersion);
        server->add(tr("Kind"), cs.kind);
        server->add(tr("Status"), cs.status);
        if (!cs.publisher.isEmpty())
            server->add(tr("Publisher"), cs.publisher);
        if (!cs.date.isEmpty())
            server->add(tr("Date"), cs.date);
        addList(server, tr("Formats"), cs.formats);
        if (!cs.patchFormats.isEmpty())
            addList(server, tr("Patch formats"), cs.patchFormats);
        if (!cs.implementationGuides.isEmpty())
            addList(server, tr("Implementation guides"), cs.implementationGuides);
        Node* security =
            server->add(tr("Security"), cs.securityServices.join(QStringLiteral(", ")));
        security->add(tr("CORS"), cs.cors ? tr("yes") : tr("no"));
        if (!cs.oauthUris.isEmpty()) {
            Node* uris = security->add(tr("OAuth URIs"));
            uris->add(QStringLiteral("authorize"), cs.oauthUris.authorize.toDisplayString());
            uris->add(QStringLiteral("token"), cs.oauthUris.token.toDisplayString());
            if (!cs.oauthUris.revoke.isEmpty())
                uris->add(QStringLiteral("revoke"), cs.oauthUris.revoke.toDisplayString());
            if (!cs.oauthUris.introspect.isEmpty())
                uris->add(QStringLiteral("introspect"), cs.oauthUris.introspect.toDisplayString());
        }
    } else {
        server->add(tr("CapabilityStatement"),
                    tr("unavailable: %1").arg(caps.statementError.toString()));
    }

    Node* smart = m_root->add(tr("SMART"));
    if (caps.smart) {
        const SmartConfiguration& s = *caps.smart;
        smart->detail = s.source == SmartConfiguration::Source::WellKnown
                            ? tr(".well-known/smart-configuration")
                            : tr("from CapabilityStatement");
        if (!s.issuer.isEmpty())
            smart->add(QStringLiteral("issuer"), s.issuer);
        smart->add(QStringLiteral("authorization_endpoint"),
                   s.authorizationEndpoint.toDisplayString());
        smart->add(QStringLiteral("token_endpoint"), s.tokenEndpoint.toDisplayString());
        if (!s.revocationEndpoint.isEmpty())
            smart->add(QStringLiteral("revocation_endpoint"),
                       s.revocationEndpoint.toDisplayString());
        if (!s.introspectionEndpoint.isEmpty())
            smart->add(QStringLiteral("introspection_endpoint"),
                       s.introspectionEndpoint.toDisplayString());
        if (!s.jwksUri.isEmpty())
            smart->add(QStringLiteral("jwks_uri"), s.jwksUri.toDisplayString());
        addList(smart, QStringLiteral("capabilities"), s.capabilities);
        addList(smart, QStringLiteral("code_challenge_methods_supported"), s.codeChallengeMethods);
        if (!s.grantTypes.isEmpty())
            addList(smart, QStringLiteral("grant_types_supported"), s.grantTypes);
        if (!s.scopesSupported.isEmpty())
            addList(smart, QStringLiteral("scopes_supported"), s.scopesSupported);
        const QStringList problems = s.problems();
        if (!problems.isEmpty())
            addList(smart, tr("Problems"), problems);
    } else {
        smart->detail = tr("unavailable: %1").arg(caps.smartError.message);
    }

    if (caps.statement) {
        const CapabilityStatement& cs = *caps.statement;
        Node* system = m_root->add(tr("System"));
        addList(system, tr("Interactions"), cs.systemInteractions);
        Node* ops = system->add(tr("Operations"), QString::number(cs.systemOperations.size()));
        for (const auto& o : cs.systemOperations)
            ops->add(QLatin1Char('$') + o.name, o.definition);
        Node* params =
            system->add(tr("Search parameters"), QString::number(cs.systemSearchParams.size()));
        for (const auto& p : cs.systemSearchParams)
            params->add(p.name, p.type);
        Node* resources = m_root->add(tr("Resources"), QString::number(cs.resources.size()));
        for (const auto& r : cs.resources)
            addResource(resources, r);
    }
    endResetModel();
}

QModelIndex CapabilityTreeModel::index(int row, int column, const QModelIndex& parentIndex) const {
    if (!hasIndex(row, column, parentIndex))
        return {};
    const Node* parentNode =
        parentIndex.isValid() ? static_cast<Node*>(parentIndex.internalPointer()) : m_root.get();
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)].get());
}

QModelIndex CapabilityTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const Node* node = static_cast<Node*>(child.internalPointer());
    Node* parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row(), 0, parentNode);
}

int CapabilityTreeModel::rowCount(const QModelIndex& parentIndex) const {
    if (parentIndex.column() > 0)
        return 0;
    const Node* node =
        parentIndex.isValid() ? static_cast<Node*>(parentIndex.internalPointer()) : m_root.get();
    return static_cast<int>(node->children.size());
}

int CapabilityTreeModel::columnCount(const QModelIndex&) const {
    return 2;
}

QVariant CapabilityTreeModel::data(const QModelIndex& idx, int role) const {
    if (!idx.isValid())
        return {};
    const Node* node = static_cast<Node*>(idx.internalPointer());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return idx.column() == 0 ? node->name : node->detail;
    return {};
}

QVariant CapabilityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Capability") : tr("Detail");
}

QModelIndex CapabilityTreeModel::find(const QStringList& path) const {
    QModelIndex current;
    for (const QString& name : path) {
        bool found = false;
        for (int r = 0; r < rowCount(current); ++r) {
            const QModelIndex candidate = index(r, 0, current);
            if (candidate.data().toString() == name) {
                current = candidate;
                found = true;
                break;
            }
        }
        if (!found)
            return {};
    }
    return current;
}

} // namespace sightline
