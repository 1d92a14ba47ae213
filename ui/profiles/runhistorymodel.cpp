#include "runhistorymodel.h"

#include "core/tls/certificateexpiry.h"

#include <QLocale>

namespace SmtpUi
{

RunHistoryModel::RunHistoryModel(const QList<Smtp::RunRecord> &runs, QObject *parent)
    : QAbstractTableModel(parent), m_runs(runs)
{}

RunHistoryModel::~RunHistoryModel() = default;

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::whenText(const Smtp::RunRecord &run)
{
    return QLocale().toString(run.when.toLocalTime(), QLocale::ShortFormat);
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Smtp::RunRecord &run = m_runs.at(index.row());
    const QString none = tr("\u2014");
    switch (index.column()) {
    case WhenColumn:
        return whenText(run);
    case VerdictColumn:
        return run.ok ? tr("OK") : run.outcome;
    case TlsVersionColumn:
        return run.tlsProtocol.isEmpty() ? none : run.tlsProtocol;
    case CipherColumn:
        return run.cipher.isEmpty() ? none : run.cipher;
    case DaysLeftColumn: {
        if (!run.certificateNotAfter.isValid())
            return none;
        // As the run saw it: the history tells how the expiry drew near.
        const qint64 days = Smtp::daysLeft(run.certificateNotAfter, run.when);
        return days < 0 ? tr("expired") : tr("%n day(s)", nullptr, int(days));
    }
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case VerdictColumn:
        return tr("Verdict");
    case TlsVersionColumn:
        return tr("TLS");
    case CipherColumn:
        return tr("Cipher");
    case DaysLeftColumn:
        return tr("Certificate days left");
    default:
        return {};
    }
}

} // namespace SmtpUi
