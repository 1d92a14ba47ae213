#pragma once

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>

namespace Smtp
{

class ProfileStore;

/// The profiles of a ProfileStore as a tree: folders as nodes (nested by path), profiles as leaves. In each folder
/// favourite profiles come first, then subfolders, then the other profiles, each by name. QtCore only: views add
/// icons.
/// Dragging profiles onto a folder (or the top level) moves them there.
class ProfileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTreeModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< profile id; empty for folders
        IsFolderRole,              ///< bool
        FolderPathRole,            ///< the folder's own path, or the folder a profile is in
        HostPortRole,              ///< "host:port" with inherited settings applied ("[v6]:port" for IPv6)
        SecurityRole,              ///< "none", "starttls", "implicit"
        TagsRole,                  ///< QStringList
        FavouriteRole,             ///< bool
        LastResultRole,            ///< text of the last result; empty when never used
        LastResultOkRole,          ///< bool
        LastUsedRole,              ///< QDateTime
        CertificateDaysLeftRole,   ///< qint64: days until the certificate last seen expires; invalid when unknown
        SearchKeyRole, ///< what the profile search looks in: name, host:port and tags, case-folded, one per line
    };
    Q_ENUM(Role)

    /// MIME type of dragged profiles: their ids, one per line.
    static QString profileIdsMimeType();

    explicit ProfileTreeModel(ProfileStore *store, QObject *parent = nullptr);
    ~ProfileTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The index of the profile with this id, or of the folder with this path.
    QModelIndex indexOfProfile(const QString &id) const;
    QModelIndex indexOfFolder(const QString &path) const;

private:
    struct Node;
    void rebuild();
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;

    QPointer<ProfileStore> m_store;
    std::unique_ptr<Node> m_root;
};

} // namespace Smtp
