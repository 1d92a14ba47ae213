#include "certificatechainmodel.h"

#include "core/text/untrustedtext.h"

namespace SmtpUi
{

// Chain position p (0 = leaf) is the only child of position p + 1; the last position is the single top-level row.
// The internal id holds the position.

CertificateChainModel::CertificateChainModel(QObject *parent) : QAbstractItemModel(parent) {}

CertificateChainModel::~CertificateChainModel() = default;

void CertificateChainModel::setChain(const QList<Smtp::CertificateInfo> &chain,
                                     const std::optional<Smtp::CertificateInfo> &trustAnchor)
{
    beginResetModel();
    m_chain = chain;
    m_anchorAppended = trustAnchor.has_value() && !chain.isEmpty();
    if (m_anchorAppended)
        m_chain.append(*trustAnchor);
    endResetModel();
}

QModelIndex CertificateChainModel::indexForPosition(int position) const
{
    if (position < 0 || position >= m_chain.size())
        return {};
    return createIndex(0, 0, static_cast<quintptr>(position));
}

QModelIndex CertificateChainModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row != 0 || column != 0 || m_chain.isEmpty())
        return {};
    if (!parent.isValid())
        return indexForPosition(static_cast<int>(m_chain.size()) - 1);
    const int parentPosition = static_cast<int>(parent.internalId());
    return parentPosition > 0 ? indexForPosition(parentPosition - 1) : QModelIndex();
}

QModelIndex CertificateChainModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int position = static_cast<int>(child.internalId());
    return position + 1 < m_chain.size() ? indexForPosition(position + 1) : QModelIndex();
}

int CertificateChainModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_chain.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return parent.internalId() > 0 ? 1 : 0;
}

int CertificateChainModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CertificateChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int position = static_cast<int>(index.internalId());
    const Smtp::CertificateInfo &info = m_chain.at(position);
    switch (role) {
    case Qt::DisplayRole: {
        // Subject text comes from the certificate: the tree's delegate draws it as plain text, on one line.
        const QString name = info.subject.isEmpty() ? tr("(no subject)") : Smtp::neutraliseForDisplay(info.subject);
        return info.errors.isEmpty() ? name : tr("\u26a0 %1").arg(name);
    }
    case Qt::ToolTipRole:
        if (position == 0)
            return tr("The server's certificate");
        if (m_anchorAppended && position + 1 == m_chain.size())
            return tr("The trust anchor the chain was verified to: from this computer's trust store, not sent by the "
                      "server");
        return position + 1 == m_chain.size() ? tr("The top of the chain the server sent")
                                              : tr("An intermediate certificate");
    case ChainPositionRole:
        return position;
    case HasErrorsRole:
        return !info.errors.isEmpty();
    default:
        return {};
    }
}

QVariant CertificateChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Certificate chain");
    return {};
}

} // namespace SmtpUi
