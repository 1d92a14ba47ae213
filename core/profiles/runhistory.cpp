#include "runhistory.h"

#include "core/session/sessionresult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Smtp
{

namespace
{

// The translation context of this file's sentences.
struct RunHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(RunHistory)
};

QString orNone(const QString &text)
{
    return text.isEmpty() ? RunHistoryText::tr("none") : text;
}

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

RunRecord RunRecord::fromResult(const SessionResult &result, const QDateTime &now)
{
    RunRecord record;
    record.when = now.toUTC();
    record.ok = result.ok();
    record.outcome = result.ok() ? QStringLiteral("OK") : errorCodeName(result.error.code);
    if (result.tls && result.tls->tlsEstablished) {
        record.tlsProtocol = result.tls->protocol;
        record.cipher = result.tls->cipher;
        if (!result.tls->chain.isEmpty()) {
            record.certificateSha256 = result.tls->chain.first().sha256Fingerprint;
            record.certificateNotAfter = result.tls->chain.first().notAfter;
        }
    }
    const std::optional<Capabilities> &last =
        result.capabilitiesAfterTls ? result.capabilitiesAfterTls : result.capabilitiesBeforeTls;
    if (last) {
        for (const Capability &capability : last->all())
            record.capabilities << (capability.parameters.isEmpty() ? capability.keyword
                                                                    : capability.keyword + QLatin1Char(' ') +
                                                                          capability.parameters.join(QLatin1Char(' ')));
    }
    return record;
}

QJsonObject RunRecord::toJson() const
{
    QJsonObject object{
        {QStringLiteral("when"), dateText(when)},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("outcome"), outcome},
    };
    // Each field is written when it is set, on its own: fromJson() reads them one by one, so a record read from a
    // file (say, a cipher without a protocol) must be written back whole, or a save would drop what was loaded.
    if (!tlsProtocol.isEmpty())
        object.insert(QStringLiteral("tlsProtocol"), tlsProtocol);
    if (!cipher.isEmpty())
        object.insert(QStringLiteral("cipher"), cipher);
    if (!certificateSha256.isEmpty())
        object.insert(QStringLiteral("certificateSha256"), certificateSha256);
    if (certificateNotAfter.isValid())
        object.insert(QStringLiteral("certificateNotAfter"), dateText(certificateNotAfter));
    if (!capabilities.isEmpty())
        object.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities));
    return object;
}

RunRecord RunRecord::fromJson(const QJsonObject &object, QStringList &problems)
{
    RunRecord record;
    record.when = QDateTime::fromString(object.value(QStringLiteral("when")).toString(), Qt::ISODate);
    if (!record.when.isValid())
        problems << RunHistoryText::tr("A run in the profile's history has no valid \"when\".");
    record.ok = object.value(QStringLiteral("ok")).toBool();
    record.outcome = object.value(QStringLiteral("outcome")).toString();
    record.tlsProtocol = object.value(QStringLiteral("tlsProtocol")).toString();
    record.cipher = object.value(QStringLiteral("cipher")).toString();
    record.certificateSha256 = object.value(QStringLiteral("certificateSha256")).toString();
    record.certificateNotAfter =
        QDateTime::fromString(object.value(QStringLiteral("certificateNotAfter")).toString(), Qt::ISODate);
    for (const QJsonValue &value : object.value(QStringLiteral("capabilities")).toArray())
        record.capabilities << value.toString();
    return record;
}

QList<RunRecord> RunHistory::withRun(QList<RunRecord> history, const RunRecord &run)
{
    history.prepend(run);
    if (history.size() > maximumRuns)
        history.resize(maximumRuns);
    return history;
}

QStringList RunHistory::differences(const RunRecord &older, const RunRecord &newer)
{
    QStringList changes;
    if (older.outcome != newer.outcome)
        changes << RunHistoryText::tr("Outcome: %1 → %2").arg(orNone(older.outcome), orNone(newer.outcome));
    if (older.tlsProtocol != newer.tlsProtocol)
        changes << RunHistoryText::tr("TLS version: %1 → %2").arg(orNone(older.tlsProtocol), orNone(newer.tlsProtocol));
    if (older.cipher != newer.cipher)
        changes << RunHistoryText::tr("Cipher: %1 → %2").arg(orNone(older.cipher), orNone(newer.cipher));
    if (older.certificateSha256 != newer.certificateSha256)
        changes << RunHistoryText::tr("Certificate: %1 → %2 (valid until %3)")
                       .arg(orNone(older.certificateSha256.left(23)), orNone(newer.certificateSha256.left(23)),
                            orNone(dateText(newer.certificateNotAfter)));
    for (const QString &capability : newer.capabilities) {
        if (!older.capabilities.contains(capability))
            changes << RunHistoryText::tr("Capability added: %1").arg(capability);
    }
    for (const QString &capability : older.capabilities) {
        if (!newer.capabilities.contains(capability))
            changes << RunHistoryText::tr("Capability removed: %1").arg(capability);
    }
    return changes;
}

} // namespace Smtp
