using System.Net.Sockets;

namespace AvatarIV.Core.Http;

/// <summary>
/// Tells a failure to connect (nothing listening, host or network unreachable) from an answer that broke off:
/// the first means the endpoint is down or wrong, the second only that one request was unlucky.
/// </summary>
internal static class ConnectionFailure
{
    public static bool IsConnectFailure(Exception? failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket && socket.SocketErrorCode is SocketError.ConnectionRefused
                or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable
                or SocketError.NoData or SocketError.TryAgain or SocketError.AddressNotAvailable)
            {
                return true;
            }
        }

        return false;
    }
}
