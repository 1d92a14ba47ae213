#pragma once

#include <QString>

#include <unbound.h>

namespace Smtp
{

/// libunbound's functions, found in the library when the first DNS resolver is made instead of linked into the
/// programs: only domain checks and MX lookups need DNS, and mapping libunbound with its dependencies (libevent,
/// nettle, GMP) at start cost every run of the command line about 1.5 ms (docs/performance.md).
struct UnboundLibrary
{
    decltype(&ub_ctx_create) ctxCreate = nullptr;
    decltype(&ub_ctx_delete) ctxDelete = nullptr;
    decltype(&ub_ctx_set_option) ctxSetOption = nullptr;
    decltype(&ub_ctx_async) ctxAsync = nullptr;
    decltype(&ub_ctx_resolvconf) ctxResolvconf = nullptr;
    decltype(&ub_ctx_hosts) ctxHosts = nullptr;
    decltype(&ub_ctx_set_fwd) ctxSetFwd = nullptr;
    decltype(&ub_fd) fd = nullptr;
    decltype(&ub_process) process = nullptr;
    decltype(&ub_resolve_async) resolveAsync = nullptr;
    decltype(&ub_cancel) cancel = nullptr;
    decltype(&ub_resolve_free) resolveFree = nullptr;
    decltype(&ub_strerror) errorString = nullptr;

    /// The library, loaded once per process and kept; nullptr when it cannot be loaded or lacks a function, with
    /// @p error (when given) saying which and why.
    static const UnboundLibrary *instance(QString *error = nullptr);
};

} // namespace Smtp
