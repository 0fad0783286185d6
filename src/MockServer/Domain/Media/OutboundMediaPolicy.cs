using System.Net;
using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// What a media fetch (audio_url, v3 image url) may do: http(s) to loopback hosts only, on every redirect hop,
/// at most <see cref="MaxRedirects"/> hops, the whole fetch (headers and body) within <see cref="WholeFetchTimeout"/>
/// and the upload cap. The mock is offline by design: a test run must never reach a host the user did not allow.
/// </summary>
public sealed class OutboundMediaPolicy(MockServerOptions options, MockFacts facts)
{
    public const int MaxRedirects = 5;

    public static readonly TimeSpan WholeFetchTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The largest file a fetch may bring back: the upload cap (<c>--max-upload-mb</c>, else the larger documented one).</summary>
    public long MaxBytes => options.MaxUploadMb is { } mb
        ? mb * 1024L * 1024
        : Math.Max(facts.Limits.LegacyUploadMaxBytes, facts.Limits.V3UploadMaxBytes);

    public static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Null when the mock may GET <paramref name="url"/>; otherwise why not.</summary>
    public static string? Refusal(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return $"'{url.Scheme}' URLs are not fetched; only http and https";
        }

        return IsLoopback(url) ? null : $"'{url.Host}' is not a loopback host, and the mock only downloads from 127.0.0.0/8, ::1 or localhost";
    }
}
