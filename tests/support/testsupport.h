#pragma once

#include <QString>

namespace SmtpTest
{

/// The folder of the test support sources (scripts, the aiosmtpd launcher).
QString supportDir();

} // namespace SmtpTest
