#include "secretwipe.h"

#include <openssl/crypto.h>

namespace Smtp
{

namespace
{

template <typename Array>
bool wipeOwned(Array &array, qsizetype bytes)
{
    // isShared() is also true for raw data, which has no owner to count.
    const bool owned = !array.data_ptr().isShared();
    if (owned && bytes > 0)
        OPENSSL_cleanse(array.data(), size_t(bytes));
    if (owned)
        array.resize(0); // keeps the zeroed buffer: freeing it is the array's job
    else
        array = Array();
    return owned && bytes > 0;
}

} // namespace

bool wipeSecret(QByteArray &bytes)
{
    return wipeOwned(bytes, bytes.size());
}

bool wipeSecret(QString &text)
{
    return wipeOwned(text, text.size() * qsizetype(sizeof(QChar)));
}

} // namespace Smtp
