#include "probe.h"

#include "core/text/untrustedtext.h"

#include <algorithm>

namespace Smtp
{

QString probeName(Probe probe)
{
    switch (probe) {
    case Probe::StartTlsRequired:
        return QStringLiteral("starttls-required");
    case Probe::AuthBeforeTls:
        return QStringLiteral("auth-before-tls");
    case Probe::OpenRelay:
        return QStringLiteral("open-relay");
    case Probe::Vrfy:
        return QStringLiteral("vrfy");
    case Probe::Expn:
        return QStringLiteral("expn");
    case Probe::TlsVersions:
        return QStringLiteral("tls-versions");
    }
    return {};
}

QList<Probe> allProbes()
{
    return {Probe::StartTlsRequired, Probe::AuthBeforeTls, Probe::OpenRelay, Probe::Vrfy, Probe::Expn,
            Probe::TlsVersions};
}

ProbeSelection ProbeSelection::parse(QStringView list)
{
    ProbeSelection selection;
    const QList<Probe> every = allProbes();
    QStringList names;
    for (Probe probe : every)
        names.append(probeName(probe));
    const QString valid = names.join(QStringLiteral(", "));
    const auto add = [&selection](Probe probe) {
        if (!selection.probes.contains(probe))
            selection.probes.append(probe);
    };
    for (QStringView name : list.split(u',')) {
        name = name.trimmed();
        if (name.isEmpty()) {
            selection.error = tr("--probe needs probe names separated by commas: %1 or all.").arg(valid);
            return selection;
        }
        if (name.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0) {
            for (Probe probe : every)
                add(probe);
            continue;
        }
        const auto known = std::find_if(every.cbegin(), every.cend(), [name](Probe probe) {
            return name.compare(probeName(probe), Qt::CaseInsensitive) == 0;
        });
        if (known == every.cend()) {
            selection.error =
                tr("Unknown probe \"%1\"; the probes are %2, and all.").arg(neutraliseForDisplay(name), valid);
            return selection;
        }
        add(*known);
    }
    return selection;
}

} // namespace Smtp
