using System.Net;

namespace AvatarIV.PowerShell.Loading;

/// <summary>
/// Windows PowerShell 5.1 runs on .NET Framework as an application built for 4.5, so unless the machine opts into
/// strong cryptography its <see cref="ServicePointManager.SecurityProtocol"/> is <c>Ssl3, Tls</c>: every HTTPS call to
/// HeyGen (and to the storage its video links point to), which accept TLS 1.2 or later only, would fail with
/// "The underlying connection was closed". On import the module adds TLS 1.2, as other modules do.
/// </summary>
internal static class TlsProtocols
{
    /// <summary><paramref name="current"/> with TLS 1.2 added; the system default (0, the OS chooses) stays as it is.</summary>
    public static SecurityProtocolType WithTls12(SecurityProtocolType current) =>
        current == 0 ? current : current | SecurityProtocolType.Tls12;
}
