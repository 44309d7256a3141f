#pragma once

class AppSettings;

/// Applies the proxy setting to the whole process: every QNetworkAccessManager without its
/// own proxy follows it, so the providers and the connection test need not know about it.
namespace ProxyPolicy {

/// System: the desktop's proxy configuration (Qt's system proxy factory). None: direct
/// connections. Manual: one HTTP proxy at the stored host and port (direct if no host is set).
void apply(const AppSettings& settings);

} // namespace ProxyPolicy
