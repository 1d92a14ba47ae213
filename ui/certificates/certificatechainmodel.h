#pragma once

#include "core/tls/certificatereport.h"

#include <QAbstractItemModel>

#include <optional>

namespace SmtpUi
{

/// A certificate chain as a tree: the root (last certificate received) at the top, each certificate it issued
/// below it, the server's own certificate at the bottom.
class CertificateChainModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateChainModel)

public:
    enum Role
    {
        ChainPositionRole = Qt::UserRole + 1, ///< index in CertificateReport::chain (0 = the server's certificate)
        HasErrorsRole,
    };

    explicit CertificateChainModel(QObject *parent = nullptr);
    ~CertificateChainModel() override;

    /// \a chain as the server sent it; \a trustAnchor, when the server did not send it, goes on top.
    void setChain(const QList<Smtp::CertificateInfo> &chain,
                  const std::optional<Smtp::CertificateInfo> &trustAnchor = std::nullopt);
    const QList<Smtp::CertificateInfo> &chain() const { return m_chain; }
    /// The index of the certificate at a chain position (0 = the server's certificate; the trust anchor, when there is
    /// one, is the last position).
    QModelIndex indexForPosition(int position) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Smtp::CertificateInfo> m_chain;
    bool m_anchorAppended = false;
};

} // namespace SmtpUi
