#pragma once

#include <thread>

namespace Smtp
{

// Loads and initialises the TLS libraries on a thread of their own while the program starts, so that the first
// session does not wait for them on its critical path: OpenSSL reading its configuration and loading its providers,
// then Qt's TLS backend plugin. Whatever needs them first simply waits for the part still running. The destructor
// waits for the thread, so nothing is still initialising while the program exits.
class TlsWarmUp final
{
public:
    TlsWarmUp();
    ~TlsWarmUp();

    TlsWarmUp(const TlsWarmUp &) = delete;
    TlsWarmUp &operator=(const TlsWarmUp &) = delete;

private:
    std::thread m_thread;
};

} // namespace Smtp
