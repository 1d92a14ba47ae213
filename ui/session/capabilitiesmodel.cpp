#include "capabilitiesmodel.h"

#include "core/text/untrustedtext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace SmtpUi
{

namespace
{
QString describe(const Smtp::Capability &capability)
{
    // Parameters are server text (escaped by the parser); neutralised again so no cell can hold a line break.
    return capability.parameters.isEmpty() ? QObject::tr("yes", "capability offered without parameters")
                                           : Smtp::neutraliseForDisplay(capability.parameters.join(u' '));
}
} // namespace

CapabilitiesModel::CapabilitiesModel(QObject *parent) : QAbstractTableModel(parent) {}

CapabilitiesModel::~CapabilitiesModel() = default;

int CapabilitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CapabilitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapabilitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeywordColumn:
            return Smtp::neutraliseForDisplay(row.keyword);
        case BeforeTlsColumn:
            return row.before.value_or(m_before ? tr("\u2014", "capability not offered") : QString());
        case AfterTlsColumn:
            return row.after.value_or(m_after ? tr("\u2014", "capability not offered") : QString());
        case DifferenceColumn:
            switch (row.difference) {
            case Difference::Same:
                return QString();
            case Difference::Added:
                return tr("added");
            case Difference::Removed:
                return tr("removed");
            case Difference::Changed:
                return tr("changed");
            }
            return {};
        default:
            return {};
        }
    case Qt::FontRole:
        if (row.difference != Difference::Same) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Translucent tints stay readable over both light and dark bases.
        switch (row.difference) {
        case Difference::Same:
            return {};
        case Difference::Added:
            return QBrush(QColor(0x2e, 0xa0, 0x43, 60));
        case Difference::Removed:
            return QBrush(QColor(0xd0, 0x30, 0x20, 60));
        case Difference::Changed:
            return QBrush(QColor(0xe0, 0xa0, 0x00, 60));
        }
        return {};
    case Qt::ToolTipRole:
        switch (row.difference) {
        case Difference::Same:
            return {};
        case Difference::Added:
            return tr("Offered only after STARTTLS");
        case Difference::Removed:
            return tr("Offered before STARTTLS but no longer after it");
        case Difference::Changed:
            return tr("Offered on both sides with different parameters");
        }
        return {};
    case DifferenceRole:
        return static_cast<int>(row.difference);
    default:
        return {};
    }
}

QVariant CapabilitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeywordColumn:
        return tr("Keyword");
    case BeforeTlsColumn:
        return tr("Before TLS");
    case AfterTlsColumn:
        return m_overTlsOnly ? tr("Over TLS") : tr("After TLS");
    case DifferenceColumn:
        return tr("Difference");
    default:
        return {};
    }
}

void CapabilitiesModel::setCapabilities(const Smtp::Capabilities &capabilities, bool afterTls)
{
    (afterTls ? m_after : m_before) = capabilities;
    rebuild();
}

void CapabilitiesModel::setOverTlsOnly(bool overTlsOnly)
{
    if (m_overTlsOnly == overTlsOnly)
        return;
    m_overTlsOnly = overTlsOnly;
    emit headerDataChanged(Qt::Horizontal, AfterTlsColumn, AfterTlsColumn);
}

void CapabilitiesModel::clear()
{
    m_before.reset();
    m_after.reset();
    rebuild();
}

void CapabilitiesModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const auto rowFor = [this](const QString &keyword) -> Row & {
        for (Row &row : m_rows) {
            if (row.keyword == keyword)
                return row;
        }
        m_rows.append(Row{keyword, std::nullopt, std::nullopt, Difference::Same});
        return m_rows.last();
    };
    if (m_before) {
        for (const Smtp::Capability &capability : m_before->all()) {
            Row &row = rowFor(capability.keyword);
            if (!row.before)
                row.before = describe(capability);
        }
    }
    if (m_after) {
        for (const Smtp::Capability &capability : m_after->all()) {
            Row &row = rowFor(capability.keyword);
            if (!row.after)
                row.after = describe(capability);
        }
    }
    // Differences only mean something when both EHLO replies are known.
    if (m_before && m_after) {
        for (Row &row : m_rows) {
            if (row.before && !row.after)
                row.difference = Difference::Removed;
            else if (!row.before && row.after)
                row.difference = Difference::Added;
            else if (row.before != row.after)
                row.difference = Difference::Changed;
        }
    }
    endResetModel();
}

} // namespace SmtpUi
