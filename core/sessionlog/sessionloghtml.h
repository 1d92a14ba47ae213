#pragma once

#include <QString>
#include <QStringList>

namespace Smtp
{

struct CertificateReport;

/// The HTML pieces of an exported session log: escaping, and the TLS report as tables. Every text passes
/// neutraliseForDisplay() first: server text may be quoted anywhere.
namespace SessionLogHtml
{
/// Escapes for element content and double- or single-quoted attribute values.
QString html(const QString &text);
/// For <pre>: each line neutralised alone, so only the line breaks between them stay.
QString htmlLines(const QStringList &lines);
/// One key-value row of a table of class "kv".
void appendRow(QString &out, const QString &key, const QString &value);
/// The TLS parameters, the verdict and one table per certificate of the chain.
void appendCertificateReport(QString &out, const CertificateReport &report);
} // namespace SessionLogHtml

} // namespace Smtp
