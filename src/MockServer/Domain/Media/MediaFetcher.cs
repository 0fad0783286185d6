using System.Net;

namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// Downloads media from loopback URLs under <see cref="OutboundMediaPolicy"/>: redirects are followed by hand so that
/// every hop is checked; one deadline covers the headers and the whole body; bytes past the cap stop the download.
/// </summary>
public sealed class MediaFetcher(OutboundMediaPolicy policy) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = LoopbackOnlyConnector.ConnectAsync,
    })
    {
        // The policy's deadline governs; this only keeps HttpClient from cutting in first.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<MediaFetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(OutboundMediaPolicy.WholeFetchTimeout);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (OutboundMediaPolicy.Refusal(current) is { } refusal)
                {
                    return MediaFetchResult.Refused(hop == 0 ? refusal : $"it redirects to {current.GetLeftPart(UriPartial.Authority)}: {refusal}");
                }

                using var response = await _http.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (RedirectTarget(current, response) is { } next)
                {
                    if (hop >= OutboundMediaPolicy.MaxRedirects)
                    {
                        return MediaFetchResult.Refused($"it redirects more than {OutboundMediaPolicy.MaxRedirects} times");
                    }

                    current = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return MediaFetchResult.Failed($"GET {current.GetLeftPart(UriPartial.Path)} answered HTTP {(int)response.StatusCode}");
                }

                return await ReadBodyAsync(response, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return MediaFetchResult.Refused($"the download took longer than {OutboundMediaPolicy.WholeFetchTimeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return MediaFetchResult.Failed($"{current.GetLeftPart(UriPartial.Path)} could not be downloaded ({ex.GetType().Name})");
        }
    }

    private async Task<MediaFetchResult> ReadBodyAsync(HttpResponseMessage response, CancellationToken deadline)
    {
        if (response.Content.Headers.ContentLength > policy.MaxBytes)
        {
            return TooLarge();
        }

        await using var body = await response.Content.ReadAsStreamAsync(deadline);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, deadline)) > 0)
        {
            if (copy.Length + read > policy.MaxBytes)
            {
                return TooLarge();
            }

            copy.Write(buffer, 0, read);
        }

        return MediaFetchResult.Of(copy.ToArray());
    }

    private MediaFetchResult TooLarge() =>
        MediaFetchResult.Refused($"the file is larger than the upload cap of {policy.MaxBytes / (1024.0 * 1024):0.#} MB");

    private static Uri? RedirectTarget(Uri current, HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400 && response.StatusCode != HttpStatusCode.NotModified && response.Headers.Location is { } location
            ? new Uri(current, location)
            : null;

    public void Dispose() => _http.Dispose();
}
