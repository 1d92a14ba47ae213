#include "unboundlibrary.h"

#include <QCoreApplication>
#include <QLibrary>

namespace Smtp
{

namespace
{

struct Loaded
{
    UnboundLibrary functions;
    QString error;
};

// Sets @p function, or names it in @p missing (the first one missing only).
template <typename Function>
void resolve(QLibrary &library, Function &function, const char *name, QString *missing)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    if (function == nullptr && missing->isEmpty())
        *missing = QString::fromLatin1(name);
}

Loaded load()
{
    Loaded loaded;
    // By its soname, as the dynamic linker would have found it; never unloaded (QLibrary's destructor keeps it).
    QLibrary library(QStringLiteral("unbound"), SMTP_UNBOUND_SOVERSION);
    if (!library.load()) {
        loaded.error = QCoreApplication::translate("Smtp::DnsResolver", "The DNS library (%1) could not be loaded: %2")
                           .arg(library.fileName(), library.errorString());
        return loaded;
    }
    UnboundLibrary &f = loaded.functions;
    QString missing;
    resolve(library, f.ctxCreate, "ub_ctx_create", &missing);
    resolve(library, f.ctxDelete, "ub_ctx_delete", &missing);
    resolve(library, f.ctxSetOption, "ub_ctx_set_option", &missing);
    resolve(library, f.ctxAsync, "ub_ctx_async", &missing);
    resolve(library, f.ctxResolvconf, "ub_ctx_resolvconf", &missing);
    resolve(library, f.ctxHosts, "ub_ctx_hosts", &missing);
    resolve(library, f.ctxSetFwd, "ub_ctx_set_fwd", &missing);
    resolve(library, f.fd, "ub_fd", &missing);
    resolve(library, f.process, "ub_process", &missing);
    resolve(library, f.resolveAsync, "ub_resolve_async", &missing);
    resolve(library, f.cancel, "ub_cancel", &missing);
    resolve(library, f.resolveFree, "ub_resolve_free", &missing);
    resolve(library, f.errorString, "ub_strerror", &missing);
    if (!missing.isEmpty())
        loaded.error = QCoreApplication::translate("Smtp::DnsResolver", "The DNS library (%1) has no function %2.")
                           .arg(library.fileName(), missing);
    return loaded;
}

} // namespace

const UnboundLibrary *UnboundLibrary::instance(QString *error)
{
    // Made once, by whichever thread asks first; the others wait for it.
    static const Loaded loaded = load();
    if (error != nullptr)
        *error = loaded.error;
    return loaded.error.isEmpty() ? &loaded.functions : nullptr;
}

} // namespace Smtp
