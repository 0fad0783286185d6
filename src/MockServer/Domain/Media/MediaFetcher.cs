using System.Net;

namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// Downloads media from loopback URLs only (the mock is offline by design): 5 s timeout, 50 MB cap, so a create
/// request never hangs. Anything else is reported, not fetched.
/// </summary>
public sealed class MediaFetcher : IDisposable
{
    public const long MaxBytes = 50L * 1024 * 1024;

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The body, or null with the reason when it could not be downloaded.</summary>
    public async Task<(byte[]? Bytes, string? Problem)> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"GET {url.GetLeftPart(UriPartial.Path)} answered HTTP {(int)response.StatusCode}");
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return (null, $"the file is larger than {MaxBytes / (1024 * 1024)} MB");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (copy.Length + read > MaxBytes)
                {
                    return (null, $"the file is larger than {MaxBytes / (1024 * 1024)} MB");
                }

                copy.Write(buffer, 0, read);
            }

            return (copy.ToArray(), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return (null, $"{url.GetLeftPart(UriPartial.Path)} could not be downloaded ({ex.GetType().Name})");
        }
    }

    public void Dispose() => _http.Dispose();
}
