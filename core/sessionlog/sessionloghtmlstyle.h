#pragma once

namespace Smtp
{

/// The style sheet of the HTML session log: self-contained (no fetches), light and dark, long lines wrapped between
/// words where they can be.
inline constexpr const char *sessionLogHtmlStyle = R"css(
:root { color-scheme: light dark; --fg: #1d1f21; --bg: #ffffff; --muted: #6a6f75; --line: #d8dbe0;
  --server: #1a5fb4; --client: #26734d; --tls: #8a4fbf; --info: #5e5c64; --warning: #a15c00; --error: #c01c28; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e6; --bg: #1e1f22; --muted: #9a9ea6; --line: #3a3d42;
  --server: #78aeed; --client: #8ff0a4; --tls: #dc8add; --info: #c0bfbc; --warning: #f8e45c; --error: #ff7b63; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2em auto;
  max-width: 70em; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.meta { color: var(--muted); margin-top: 0; }
table { border-collapse: collapse; } td, th { padding: 0.15em 0.6em; vertical-align: top; text-align: left; }
table.kv th { color: var(--muted); font-weight: normal; white-space: nowrap; }
table.transcript { width: 100%; font: 13px/1.35 ui-monospace, "DejaVu Sans Mono", monospace; }
table.transcript td { border-bottom: 1px solid var(--line); }
td.time { color: var(--muted); white-space: nowrap; } td.prefix { font-weight: bold; white-space: nowrap; }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
tr.server { color: var(--server); } tr.client { color: var(--client); } tr.tls { color: var(--tls); }
tr.info { color: var(--info); } tr.warning { color: var(--warning); } tr.error { color: var(--error); font-weight: bold; }
.badge { font-size: 0.8em; border: 1px solid currentColor; border-radius: 0.3em; padding: 0 0.3em; margin-left: 0.5em; }
.ok { color: var(--client); font-weight: bold; } .failed { color: var(--error); font-weight: bold; }
.running { font-weight: bold; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
)css";

} // namespace Smtp
