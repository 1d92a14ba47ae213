#include "profiletreemodel.h"

#include "core/tls/certificateexpiry.h"
#include "profilestore.h"

#include <QMimeData>

#include <vector>

namespace Smtp
{

struct ProfileTreeModel::Node
{
    bool isFolder = true;
    QString name;
    QString folderPath;
    Profile profile;
    QString hostPort;
    QString security;
    QString searchKey;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

QString ProfileTreeModel::profileIdsMimeType()
{
    return QStringLiteral("application/x-smtp-workbench-profile-ids");
}

ProfileTreeModel::ProfileTreeModel(ProfileStore *store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_root(std::make_unique<Node>())
{
    rebuild();
    if (m_store) {
        // Any change may move profiles between folders; a reset is simple and the tree is small.
        connect(m_store, &ProfileStore::changed, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    }
}

ProfileTreeModel::~ProfileTreeModel() = default;

void ProfileTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    if (!m_store)
        return;
    QHash<QString, Node *> folders;
    folders.insert(QString(), m_root.get());
    // folderPaths() is sorted and lists every ancestor, so a parent always exists before its child.
    const QStringList paths = m_store->folderPaths();
    for (const QString &path : paths) {
        Node *parentNode = folders.value(path.contains(u'/') ? path.section(u'/', 0, -2) : QString(), m_root.get());
        auto node = std::make_unique<Node>();
        node->isFolder = true;
        node->name = path.section(u'/', -1);
        node->folderPath = path;
        node->parent = parentNode;
        folders.insert(path, node.get());
        parentNode->children.push_back(std::move(node));
    }
    const QList<Profile> profiles = m_store->profiles();
    for (const Profile &profile : profiles) {
        Node *parentNode = folders.value(profile.folder, m_root.get());
        auto node = std::make_unique<Node>();
        node->isFolder = false;
        node->name = profile.name;
        node->folderPath = profile.folder;
        node->profile = profile;
        const ConnectionSettings resolved = m_store->resolvedSettings(profile);
        node->hostPort = resolved.hostAndPort();
        node->security = securityModeName(resolved.security);
        // Made once here rather than at each filter keystroke, which looks at every profile.
        node->searchKey =
            QStringList{profile.name, node->hostPort, profile.tags.join(u'\n')}.join(u'\n').toCaseFolded();
        node->parent = parentNode;
        parentNode->children.push_back(std::move(node));
    }
    // Favourite profiles first, where they are seen without scrolling past folders; then folders; then the rest.
    const auto rank = [](const Node &node) { return node.isFolder ? 1 : (node.profile.favourite ? 0 : 2); };
    const auto order = [&rank](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
        if (rank(*a) != rank(*b))
            return rank(*a) < rank(*b);
        const int byName = a->name.compare(b->name, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a->profile.id < b->profile.id;
    };
    std::vector<Node *> pending{m_root.get()};
    while (!pending.empty()) {
        Node *node = pending.back();
        pending.pop_back();
        std::stable_sort(node->children.begin(), node->children.end(), order);
        for (size_t i = 0; i < node->children.size(); ++i) {
            node->children[i]->row = int(i);
            pending.push_back(node->children[i].get());
        }
    }
}

ProfileTreeModel::Node *ProfileTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProfileTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex ProfileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeOf(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex ProfileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int ProfileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ProfileTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProfileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->name;
    case Qt::ToolTipRole: {
        if (node->isFolder)
            return node->folderPath;
        QString tip =
            node->profile.summaryLine(m_store ? m_store->resolvedSettings(node->profile) : ConnectionSettings{});
        if (const std::optional<QDateTime> expiry = node->profile.knownCertificateExpiry()) {
            const qint64 left = daysLeft(*expiry, QDateTime::currentDateTimeUtc());
            const QString when = expiry->toLocalTime().toString(Qt::ISODate);
            tip +=
                u'\n' +
                (left < 0
                     ? tr("The certificate last seen expired on %1.").arg(when)
                     : tr("The certificate last seen expires on %1 (%n day(s) left).", nullptr, int(left)).arg(when));
        }
        return tip;
    }
    case IdRole:
        return node->profile.id;
    case IsFolderRole:
        return node->isFolder;
    case FolderPathRole:
        return node->folderPath;
    case HostPortRole:
        return node->isFolder ? QVariant() : QVariant(node->hostPort);
    case SecurityRole:
        return node->isFolder ? QVariant() : QVariant(node->security);
    case TagsRole:
        return node->isFolder ? QVariant() : QVariant(node->profile.tags);
    case FavouriteRole:
        return node->isFolder ? QVariant() : QVariant(node->profile.favourite);
    case LastResultRole:
        return node->isFolder ? QVariant() : QVariant(node->profile.lastResult);
    case LastResultOkRole:
        return node->isFolder ? QVariant() : QVariant(node->profile.lastResultOk);
    case LastUsedRole:
        return node->isFolder ? QVariant() : QVariant(node->profile.lastUsed);
    case CertificateDaysLeftRole: {
        const std::optional<QDateTime> expiry = node->isFolder ? std::nullopt : node->profile.knownCertificateExpiry();
        return expiry ? QVariant(daysLeft(*expiry, QDateTime::currentDateTimeUtc())) : QVariant();
    }
    case SearchKeyRole:
        return node->isFolder ? QVariant() : QVariant(node->searchKey);
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ProfileTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    const Node *node = nodeOf(index);
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->isFolder)
        result |= Qt::ItemIsDropEnabled;
    else
        result |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> ProfileTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(IsFolderRole, "isFolder");
    names.insert(FolderPathRole, "folderPath");
    names.insert(HostPortRole, "hostPort");
    names.insert(SecurityRole, "security");
    names.insert(TagsRole, "tags");
    names.insert(FavouriteRole, "favourite");
    names.insert(LastResultRole, "lastResult");
    names.insert(LastResultOkRole, "lastResultOk");
    names.insert(LastUsedRole, "lastUsed");
    return names;
}

QStringList ProfileTreeModel::mimeTypes() const
{
    return {profileIdsMimeType()};
}

QMimeData *ProfileTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const Node *node = index.isValid() ? nodeOf(index) : nullptr;
        if (node && !node->isFolder && !ids.contains(node->profile.id))
            ids << node->profile.id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(profileIdsMimeType(), ids.join(u'\n').toUtf8());
    return data;
}

Qt::DropActions ProfileTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ProfileTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool ProfileTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    if (!m_store || !data || action != Qt::MoveAction || !data->hasFormat(profileIdsMimeType()))
        return false;
    return !parent.isValid() || nodeOf(parent)->isFolder;
}

bool ProfileTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString folder = parent.isValid() ? nodeOf(parent)->folderPath : QString();
    const QStringList ids = QString::fromUtf8(data->data(profileIdsMimeType())).split(u'\n', Qt::SkipEmptyParts);
    bool moved = false;
    for (const QString &id : ids) {
        std::optional<Profile> profile = m_store->find(id);
        if (!profile || profile->folder == folder)
            continue;
        profile->folder = folder;
        moved = !m_store->update(*profile).isError() || moved;
    }
    return moved;
}

QModelIndex ProfileTreeModel::indexOfProfile(const QString &id) const
{
    std::vector<const Node *> pending{m_root.get()};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        if (!node->isFolder && node->profile.id == id)
            return indexOfNode(node);
        for (const auto &child : node->children)
            pending.push_back(child.get());
    }
    return {};
}

QModelIndex ProfileTreeModel::indexOfFolder(const QString &path) const
{
    const QString normalised = ProfileFolder::normalisedPath(path);
    const Node *node = m_root.get();
    for (const QString &segment : normalised.split(u'/', Qt::SkipEmptyParts)) {
        const auto it = std::find_if(node->children.cbegin(), node->children.cend(), [&segment](const auto &child) {
            return child->isFolder && child->name == segment;
        });
        if (it == node->children.cend())
            return {};
        node = it->get();
    }
    return indexOfNode(node);
}

} // namespace Smtp
