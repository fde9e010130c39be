using Microsoft.AspNetCore.Http;

namespace DobraPraxe.Generator.Serve;

/// <summary>
/// The names the preview answers to: the loopback ones, with its own port. A page elsewhere whose DNS name was rebound
/// to 127.0.0.1 still sends its own name as Host, and is refused (DNS rebinding); the local backend also takes requests
/// only from these origins.
/// </summary>
public static class Loopback
{
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];

    public static bool IsOwnHost(HostString host, int port) =>
        host.HasValue && Names.Contains(host.Host, StringComparer.OrdinalIgnoreCase) && (host.Port ?? 80) == port;

    public static bool IsOwnOrigin(string origin, int port) =>
        Names.Any(n => string.Equals(origin.TrimEnd('/'), port == 80 ? $"http://{n}" : $"http://{n}:{port}", StringComparison.OrdinalIgnoreCase));
}
