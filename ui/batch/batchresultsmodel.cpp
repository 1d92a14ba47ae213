#include "batchresultsmodel.h"

#include "core/session/phasetiming.h"
#include "core/text/untrustedtext.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace SmtpUi
{

namespace
{

QByteArray csvField(const QString &text)
{
    QString field = text;
    // RFC 4180 §2: a field with a comma, quote or line break is quoted, its quotes doubled.
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))) {
        field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field.toUtf8();
}

std::optional<qint64> daysLeft(const Smtp::SessionResult &result)
{
    if (!result.tls || result.tls->chain.isEmpty())
        return std::nullopt;
    return result.tls->chain.first().daysLeft;
}

} // namespace

BatchResultsModel::BatchResultsModel(const QList<Smtp::CheckTarget> &targets,
                                     const QList<std::optional<Smtp::RunRecord>> &previousRuns, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (qsizetype index = 0; index < targets.size(); ++index)
        m_rows.append(Row{targets.at(index), previousRuns.value(index), std::nullopt, std::nullopt, {}});
}

int BatchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Checked");
    case VerdictColumn:
        return tr("Verdict");
    case TlsColumn:
        return tr("TLS");
    case CertificateColumn:
        return tr("Certificate");
    case TimeColumn:
        return tr("Time");
    case ChangesColumn:
        return tr("What changed");
    default:
        return {};
    }
}

QString BatchResultsModel::cellText(const Row &row, int column) const
{
    if (column == TargetColumn)
        return Smtp::neutraliseForDisplay(row.target.label());
    if (!row.outcome)
        return column == VerdictColumn ? tr("Waiting…") : QString();
    const Smtp::SessionResult &result = row.outcome->result;
    switch (column) {
    case VerdictColumn:
        return result.ok() ? tr("OK") : Smtp::neutraliseForDisplay(result.error.message);
    case TlsColumn:
        return result.tls && result.tls->tlsEstablished ? tr("%1, %2").arg(result.tls->protocol, result.tls->cipher)
                                                        : tr("none");
    case CertificateColumn: {
        const std::optional<qint64> days = daysLeft(result);
        if (!days)
            return {};
        return *days < 0 ? tr("expired %n day(s) ago", nullptr, int(-*days))
                         : tr("%n day(s) left", nullptr, int(*days));
    }
    case TimeColumn:
        return tr("%1 ms").arg(Smtp::totalDurationMs(result.timings).value_or(0));
    case ChangesColumn:
        if (!row.previous)
            return tr("first run");
        return row.changes.isEmpty() ? tr("nothing") : row.changes.join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant BatchResultsModel::sortValue(const Row &row, int column) const
{
    if (!row.outcome || column == TargetColumn || column == TlsColumn || column == ChangesColumn)
        return cellText(row, column);
    const Smtp::SessionResult &result = row.outcome->result;
    switch (column) {
    case VerdictColumn:
        // Failures first when sorted ascending: they are what a person looks for.
        return result.ok() ? 1 : 0;
    case CertificateColumn:
        return QVariant::fromValue(daysLeft(result).value_or(std::numeric_limits<qint64>::max()));
    case TimeColumn:
        return QVariant::fromValue(Smtp::totalDurationMs(result.timings).value_or(0));
    default:
        return {};
    }
}

QVariant BatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cellText(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    default:
        return {};
    }
}

void BatchResultsModel::setOutcome(int row, const Smtp::CheckOutcome &outcome, const Smtp::RunRecord &run)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).outcome)
        return;
    Row &entry = m_rows[row];
    entry.outcome = outcome;
    entry.run = run;
    if (entry.previous)
        entry.changes = Smtp::RunHistory::differences(*entry.previous, run);
    ++m_finished;
    if (!outcome.result.ok())
        ++m_failed;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<Smtp::RunRecord> BatchResultsModel::run(int row) const
{
    return m_rows.value(row).run;
}

QByteArray BatchResultsModel::toCsv() const
{
    QByteArrayList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << csvField(headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QByteArray csv = header.join(',') + "\r\n";
    for (const Row &row : m_rows) {
        QByteArrayList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields << csvField(cellText(row, column));
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

QJsonArray BatchResultsModel::toJson() const
{
    QJsonArray checks;
    for (const Row &row : m_rows) {
        QJsonObject check{{QStringLiteral("target"), Smtp::escapeUntrustedText(row.target.label())},
                          {QStringLiteral("host"), row.target.settings.host},
                          {QStringLiteral("port"), row.target.settings.effectivePort()}};
        if (!row.target.profile.isEmpty())
            check.insert(QStringLiteral("profile"), row.target.profile);
        if (row.outcome) {
            const Smtp::SessionResult &result = row.outcome->result;
            check.insert(QStringLiteral("ok"), result.ok());
            if (!result.ok())
                check.insert(QStringLiteral("error"), Smtp::escapeUntrustedText(result.error.message));
            if (const std::optional<qint64> days = daysLeft(result))
                check.insert(QStringLiteral("cert_days_left"), *days);
            check.insert(QStringLiteral("time_ms"), Smtp::totalDurationMs(result.timings).value_or(0));
            check.insert(QStringLiteral("changes"), QJsonArray::fromStringList(row.changes));
        } else {
            check.insert(QStringLiteral("ok"), QJsonValue::Null);
        }
        checks.append(check);
    }
    return checks;
}

} // namespace SmtpUi
