#include "profilemigration.h"

#include "profilestore.h"

namespace Smtp
{

Profile ProfileMigration::fromVersion0(const QJsonObject &legacy, QStringList &problems)
{
    QJsonObject current;
    QJsonObject unknown = legacy;
    auto move = [&](const QString &from, const QString &to) {
        if (legacy.contains(from)) {
            current.insert(to, legacy.value(from));
            unknown.remove(from);
        }
    };
    move(QStringLiteral("name"), QStringLiteral("name"));
    move(QStringLiteral("server"), QStringLiteral("host"));
    move(QStringLiteral("port"), QStringLiteral("port"));
    move(QStringLiteral("timeout"), QStringLiteral("timeout"));
    move(QStringLiteral("localName"), QStringLiteral("localName"));
    move(QStringLiteral("serverName"), QStringLiteral("serverName"));
    move(QStringLiteral("user"), QStringLiteral("authUser"));
    move(QStringLiteral("from"), QStringLiteral("from"));
    if (legacy.contains(QStringLiteral("options"))) {
        const QJsonValue optionsValue = legacy.value(QStringLiteral("options"));
        unknown.remove(QStringLiteral("options"));
        if (!optionsValue.isArray()) {
            problems << ProfileStore::tr("\"options\" must be a list of strings.");
        } else {
            QStringList options;
            for (const QJsonValue &option : optionsValue.toArray())
                options << option.toString().toLower();
            current.insert(QStringLiteral("extended"), options.contains(QStringLiteral("extended")));
            current.insert(QStringLiteral("trustedSite"), options.contains(QStringLiteral("trustedsite")));
            QString security = QStringLiteral("none");
            if (options.contains(QStringLiteral("secure-implicit")))
                security = QStringLiteral("implicit");
            else if (options.contains(QStringLiteral("secure")))
                security = QStringLiteral("starttls");
            current.insert(QStringLiteral("security"), security);
        }
    }
    current.insert(QStringLiteral("id"), Profile::newId());
    Profile profile = Profile::fromJson(current, problems);
    // Only what the current format does not read is kept: a legacy field that happens to bear a current name
    // ("folder", "tags", "host" …) would otherwise be written back under that name and, on the next load, take effect
    // as a setting nobody made (and the profile would change between one load and the next).
    QStringList ignored;
    profile.unknownFields = Profile::fromJson(unknown, ignored).unknownFields;
    return profile;
}

} // namespace Smtp
