using System.Net;
using System.Net.Sockets;

namespace DobraPraxe.Generator.Tests.Support;

/// <summary>A loopback port nothing listens on just now, for a preview server under test.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
