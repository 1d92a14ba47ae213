#include "testsupport.h"

namespace SmtpTest
{

QString supportDir()
{
    return QStringLiteral(SMTP_TEST_SUPPORT_DIR);
}

} // namespace SmtpTest
