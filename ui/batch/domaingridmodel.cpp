#include "domaingridmodel.h"

#include "ui/app/theme.h"

#include "core/text/untrustedtext.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace SmtpUi
{

DomainGridModel::DomainGridModel(QObject *parent) : QAbstractTableModel(parent) {}

int DomainGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstModeColumn + int(m_modes.size());
}

QString DomainGridModel::modeText(quint16 port, Smtp::SecurityMode security)
{
    switch (security) {
    case Smtp::SecurityMode::None:
        return tr("%1 plain").arg(port);
    case Smtp::SecurityMode::StartTls:
        return tr("%1 STARTTLS").arg(port);
    case Smtp::SecurityMode::Implicit:
        return tr("%1 implicit TLS").arg(port);
    case Smtp::SecurityMode::StartTlsOpportunistic:
        return tr("%1 STARTTLS if offered").arg(port);
    }
    return QString::number(port);
}

QString DomainGridModel::verdictText(const Smtp::SessionResult &result)
{
    using Smtp::ErrorCode;
    switch (result.error.code) {
    case ErrorCode::None:
        return tr("OK");
    case ErrorCode::InvalidSettings:
        return tr("Settings unusable");
    case ErrorCode::ResolveFailed:
        return tr("Name not found");
    case ErrorCode::ConnectFailed:
        return tr("Connection failed");
    case ErrorCode::ConnectionClosed:
        return tr("Connection closed");
    case ErrorCode::TimedOut:
        return tr("Timed out");
    case ErrorCode::TlsHandshakeFailed:
        return tr("TLS handshake failed");
    case ErrorCode::StartTlsUnavailable:
        return tr("No STARTTLS");
    case ErrorCode::CertificateUntrusted:
        return tr("Certificate untrusted");
    case ErrorCode::ClientCertificateInvalid:
        return tr("Client certificate unusable");
    case ErrorCode::AuthenticationFailed:
        return tr("Authentication failed");
    case ErrorCode::AuthenticationRefused:
        return tr("Authentication refused");
    case ErrorCode::ServerRejected:
        return tr("Rejected");
    case ErrorCode::ProtocolViolation:
        return tr("Protocol violation");
    case ErrorCode::Cancelled:
        return tr("Cancelled");
    case ErrorCode::DeliveryUnknown:
        return tr("Delivery unknown");
    case ErrorCode::ExpectationFailed:
        return tr("Expectation failed");
    }
    return Smtp::errorCodeName(result.error.code);
}

QVariant DomainGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    switch (section) {
    case ExchangerColumn:
        return tr("Exchanger");
    case PreferenceColumn:
        return tr("Preference");
    case AddressColumn:
        return tr("Address");
    default: {
        const Mode &mode = m_modes.at(section - FirstModeColumn);
        return modeText(mode.port, mode.security);
    }
    }
}

QString DomainGridModel::cellToolTip(const Smtp::CheckOutcome &outcome) const
{
    const Smtp::SessionResult &result = outcome.result;
    if (!result.ok())
        return tr("%1\nDouble-click for the transcript.").arg(Smtp::neutraliseForDisplay(result.error.message));
    const QString tls = result.tls && result.tls->tlsEstablished
                            ? tr("%1, %2").arg(result.tls->protocol, result.tls->cipher)
                            : tr("no TLS");
    return tr("OK (%1)\nDouble-click for the transcript.").arg(tls);
}

QVariant DomainGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() < FirstModeColumn) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case ExchangerColumn:
            // Names come from the domain's DNS: shown escaped, as any text from outside.
            return Smtp::neutraliseForDisplay(row.exchanger);
        case PreferenceColumn:
            return row.preference ? QString::number(*row.preference) : QString();
        default:
            return row.address;
        }
    }
    const int check = checkAt(index);
    if (check < 0)
        return {};
    const std::optional<Smtp::CheckOutcome> &outcome = m_outcomes.at(check);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (!outcome)
            return m_stopped ? tr("Not checked") : tr("Pending…");
        return role == Qt::DisplayRole ? verdictText(outcome->result) : cellToolTip(*outcome);
    case Qt::ForegroundRole:
        if (!outcome || outcome->result.error.code == Smtp::ErrorCode::Cancelled)
            return {};
        return outcome->result.ok() ? successTextColour(QGuiApplication::palette())
                                    : errorTextColour(QGuiApplication::palette());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

void DomainGridModel::setTargets(const QList<Smtp::CheckTarget> &targets)
{
    beginResetModel();
    m_rows.clear();
    m_modes.clear();
    m_checkOfCell.clear();
    m_cellOfCheck.clear();
    m_outcomes = QList<std::optional<Smtp::CheckOutcome>>(targets.size());
    m_finished = 0;
    m_failed = 0;
    m_stopped = false;
    for (const Smtp::CheckTarget &target : targets) {
        const QString exchanger = target.exchanger.isEmpty() ? target.settings.host : target.exchanger;
        const auto sameRow = [&](const Row &row) {
            return row.exchanger == exchanger && row.preference == target.preference &&
                   row.address == target.settings.host;
        };
        auto row = std::find_if(m_rows.cbegin(), m_rows.cend(), sameRow);
        if (row == m_rows.cend()) {
            m_rows.append(Row{exchanger, target.preference, target.settings.host});
            row = m_rows.cend() - 1;
        }
        const quint16 port = target.settings.effectivePort();
        const auto sameMode = [&](const Mode &mode) {
            return mode.port == port && mode.security == target.settings.security;
        };
        auto mode = std::find_if(m_modes.cbegin(), m_modes.cend(), sameMode);
        if (mode == m_modes.cend()) {
            m_modes.append(Mode{port, target.settings.security});
            mode = m_modes.cend() - 1;
        }
        const std::pair<int, int> cell{int(row - m_rows.cbegin()), int(mode - m_modes.cbegin())};
        m_checkOfCell.insert(cell, int(m_cellOfCheck.size()));
        m_cellOfCheck.append(cell);
    }
    endResetModel();
}

void DomainGridModel::setOutcome(int check, const Smtp::CheckOutcome &outcome)
{
    if (check < 0 || check >= m_outcomes.size() || m_outcomes.at(check))
        return;
    m_outcomes[check] = outcome;
    ++m_finished;
    if (!outcome.result.ok())
        ++m_failed;
    const auto [row, mode] = m_cellOfCheck.at(check);
    const QModelIndex cell = index(row, FirstModeColumn + mode);
    emit dataChanged(cell, cell);
}

void DomainGridModel::markRemainingNotChecked()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_finished < m_outcomes.size())
        emit dataChanged(index(0, FirstModeColumn), index(rowCount() - 1, columnCount() - 1));
}

int DomainGridModel::checkAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < FirstModeColumn)
        return -1;
    return m_checkOfCell.value({index.row(), index.column() - FirstModeColumn}, -1);
}

const Smtp::CheckOutcome *DomainGridModel::outcomeAt(const QModelIndex &index) const
{
    const int check = checkAt(index);
    if (check < 0 || !m_outcomes.at(check))
        return nullptr;
    return &*m_outcomes.at(check);
}

} // namespace SmtpUi
