using System.Net;
using System.Net.Sockets;

namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// The socket layer of media fetches: connects only to loopback addresses (never resolving a name through DNS), so
/// that even a hop the URL check missed can never open a connection off this machine.
/// </summary>
internal static class LoopbackOnlyConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        // No DNS lookup at all: only literal addresses and "localhost" are ever connected to.
        IPAddress[] loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            ? [IPAddress.Loopback, IPAddress.IPv6Loopback]
            : IPAddress.TryParse(host.Trim('[', ']'), out var literal) && IPAddress.IsLoopback(literal) ? [literal] : [];
        if (loopback.Length == 0)
        {
            throw new HttpRequestException($"'{host}' does not resolve to a loopback address; the mock does not connect to it.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(loopback, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
