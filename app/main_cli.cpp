#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smtp-workbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTP_WORKBENCH_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("smtp-workbench"));
    return 0;
}
