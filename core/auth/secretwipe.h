#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace Smtp
{

/// Overwrites the bytes with zeros, in a way the compiler may not drop, and empties the array, when this array is
/// the only owner of its buffer. A buffer shared with another array, or raw data the array does not own, is only let
/// go: its other owner still reads it, and zeroing it would change that owner's value. Returns whether the bytes were
/// zeroed. The buffer stays allocated (at its capacity, now zeros) until the array is destroyed or reused.
///
/// Hostile servers E8: the client zeroes the buffers it built with credentials once they are written. Copies it does
/// not own (a caller's shared string, the socket's write buffer) are outside its reach.
bool wipeSecret(QByteArray &bytes);
/// The same for text: a password or token as the settings carry it.
bool wipeSecret(QString &text);

/// Secret bytes a mechanism derives or converts on its way to a response (a password in UTF-8, a SCRAM key): zeroed
/// by wipeSecret() when they go out of scope.
class SecretBytes final
{
public:
    explicit SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    ~SecretBytes() { wipeSecret(m_bytes); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace Smtp
