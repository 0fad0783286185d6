using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// Mints presigned <c>/_media/…</c> links like HeyGen's: <c>?Expires=&lt;unix s&gt;&amp;Signature=&lt;hmac&gt;</c>,
/// valid for <c>--url-ttl</c> seconds from the status read that minted them. Expired or tampered links get 403.
/// Expiry is in whole seconds of the mock's clock, so every read within one second gets the same link; the links of
/// recent seconds are remembered (<see cref="SignedLinkCache"/>) rather than signed again for each read.
/// </summary>
public sealed class MediaUrlSigner
{
    private readonly byte[] _secret;
    private readonly TimeProvider _clock;
    private readonly int _ttlSeconds;
    private readonly SignedLinkCache _recent = new();

    private const string SecretMetaName = "signing_secret";

    public MediaUrlSigner(MockServerOptions options, TimeProvider clock, MockState? state = null)
    {
        _clock = clock;
        _ttlSeconds = options.UrlTtlSeconds;
        _secret = new byte[32];
        if (options.Seed is { } seed)
        {
            new Random(seed ^ 0x5eed).NextBytes(_secret);
        }
        else if (state?.Meta(SecretMetaName) is { } stored)
        {
            // Links minted before a restart keep working until they expire.
            _secret = Convert.FromHexString(stored);
        }
        else
        {
            RandomNumberGenerator.Fill(_secret);
            state?.SetMeta(SecretMetaName, Convert.ToHexStringLower(_secret));
        }
    }

    public static string VideoPath(string jobId) => $"/_media/videos/{jobId}.mp4";

    public static string ThumbnailPath(string jobId) => $"/_media/thumbnails/{jobId}.jpg";

    public static string LookPreviewPath(string lookId) => $"/_media/looks/{lookId}.jpg";

    public static string SubtitlePath(string jobId) => $"/_media/subtitles/{jobId}.srt";

    public static string CaptionedVideoPath(string jobId) => $"/_media/captioned/{jobId}.mp4";

    public string Sign(string baseUrl, string path)
    {
        var expires = _clock.GetUtcNow().ToUnixTimeSeconds() + _ttlSeconds;
        if (_recent.Find(baseUrl, path, expires) is { } known)
        {
            return known;
        }

        var expiresText = expires.ToString(CultureInfo.InvariantCulture);
        var url = $"{baseUrl.TrimEnd('/')}{path}?Expires={expiresText}&Signature={SignatureOf(path, expiresText)}";
        _recent.Remember(baseUrl, path, expires, url);
        return url;
    }

    /// <summary>Null when the link is good; otherwise why it is refused.</summary>
    public string? Refusal(string path, string? expires, string? signature)
    {
        if (string.IsNullOrEmpty(expires) || string.IsNullOrEmpty(signature))
        {
            return "This media link is missing its Expires/Signature parameters. Read the video's status again for a fresh link.";
        }

        var expected = Encoding.ASCII.GetBytes(SignatureOf(path, expires));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return "This media link's signature does not match. Use the link exactly as the API returned it.";
        }

        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var until) || _clock.GetUtcNow().ToUnixTimeSeconds() >= until)
        {
            return "This media link has expired. Read the video's status again for a fresh link.";
        }

        return null;
    }

    // One keyed HMAC per thread, reused: creating one per signature (two per completed status read) was a large
    // share of a status read's CPU.
    [ThreadStatic]
    private static (byte[] Secret, IncrementalHash Mac)? t_mac;

    private string SignatureOf(string path, string expires)
    {
        if (t_mac is not { } cached || !ReferenceEquals(cached.Secret, _secret))
        {
            t_mac?.Mac.Dispose();
            cached = (_secret, IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret));
            t_mac = cached;
        }

        cached.Mac.AppendData(Encoding.UTF8.GetBytes(path + "\n" + expires));
        Span<byte> mac = stackalloc byte[32];
        cached.Mac.GetHashAndReset(mac);
        return Convert.ToHexStringLower(mac[..20]);
    }
}
