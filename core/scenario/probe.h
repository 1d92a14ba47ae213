#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Smtp
{

/// The policy checks of `--probe NAME[,NAME…]`.
enum class Probe
{
    StartTlsRequired, ///< "starttls-required": MAIL FROM before STARTTLS is refused
    AuthBeforeTls,    ///< "auth-before-tls": AUTH is not offered before TLS
    OpenRelay,        ///< "open-relay": without AUTH, RCPT to an outside domain is refused
    Vrfy,             ///< "vrfy": VRFY does not tell existing mailboxes from made-up ones
    Expn,             ///< "expn": EXPN does not reveal who is behind an address
    TlsVersions,      ///< "tls-versions": each TLS version tried alone
};

/// The name a probe has on the command line and in JSON.
QString probeName(Probe probe);
/// Every probe, in the order "all" runs them.
QList<Probe> allProbes();

/// The probes a `--probe` value asks for.
struct ProbeSelection
{
    Q_DECLARE_TR_FUNCTIONS(ProbeSelection)

public:
    /// In the order given, each once; "all" stands for allProbes() where it appears.
    QList<Probe> probes;
    /// Empty when the value was understood; otherwise what is wrong, naming the valid names.
    QString error;

    bool ok() const { return error.isEmpty(); }

    /// Parses "NAME[,NAME…]": names in any letter case, white space around them ignored; an unknown or empty name
    /// is an error (a typo must not silently check less).
    static ProbeSelection parse(QStringView list);
};

} // namespace Smtp
