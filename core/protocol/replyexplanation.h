#pragma once

#include <QString>

namespace Smtp
{

struct Reply;

/// What a server's reply means and what to do about it, for a person reading a failure: from the reply's enhanced
/// status code (RFC 3463 classes and subjects, the IANA "SMTP Enhanced Status Codes" registry's details), or, when
/// the server sent none, from the basic reply code (RFC 5321 §4.2). The table ships with the program: no network.
namespace ReplyExplanation
{
/// "5.7.8 Authentication credentials invalid: … Permanent: sending the same again fails the same way." Empty for a
/// reply that is not a failure.
QString explain(const Reply &reply);
} // namespace ReplyExplanation

} // namespace Smtp
