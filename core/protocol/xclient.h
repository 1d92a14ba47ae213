#pragma once

#include "smtpcommand.h"

#include <QString>
#include <QStringList>

namespace Smtp
{

/// Postfix's XCLIENT command (XCLIENT_README): an authorised client tells the server which client it speaks for.
namespace Xclient
{

/// Why "NAME=VALUE" cannot be an XCLIENT attribute (no '=', a name that is not letters, digits, '-' and '_', a
/// line break); empty when it can.
QString attributeProblem(const QString &attribute);

/// "XCLIENT NAME=VALUE …" with each name upper-cased and each value xtext-encoded (RFC 3461 §4), as XCLIENT_README
/// asks; refused when an attribute is not usable or the line is too long.
SmtpCommand command(const QStringList &attributes);

/// The attributes of an XCLIENT argument line ("ADDR=192.0.2.1 NAME=a+2Bb"), each value xtext-decoded.
QStringList attributesFromLine(const QString &line);

/// The attribute names of @p attributes that the server's XCLIENT keyword does not list in @p offered.
QStringList unofferedNames(const QStringList &attributes, const QStringList &offered);

} // namespace Xclient

} // namespace Smtp
