using System.Diagnostics;
using RestSharp;

namespace AvatarIV.Core.Http;

/// <summary>
/// Sends <see cref="ApiCall"/>s with RestSharp through the retry pipeline, reports every attempt,
/// and turns failures into <see cref="AvatarIVApiException"/>s. The key travels only in the <c>X-Api-Key</c> header.
/// </summary>
internal sealed class ApiTransport : IDisposable
{
    private readonly AvatarIVClientOptions _options;
    private readonly RestClient _api;
    private readonly RestClient _upload;

    public ApiTransport(AvatarIVClientOptions options)
    {
        _options = options;
        Redactor = new SecretRedactor(options.ApiKey);
        Errors = new ApiErrorFactory(Redactor, options.Surface);
        _api = CreateClient(options.BaseUri);
        _upload = SameHost(options.EffectiveUploadUri, options.BaseUri) ? _api : CreateClient(options.EffectiveUploadUri);
    }

    public SecretRedactor Redactor { get; }

    public ApiErrorFactory Errors { get; }

    public async Task<ApiAnswer> SendAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var client = call.OnUploadHost ? _upload : _api;
        var pipeline = RetryPipelines.Create<RestResponse>(
            _options.Retry, call.Safety, Classify, _options.OnRetry, call.Method.ToString().ToUpperInvariant(), "/" + call.Path);
        var response = await pipeline.ExecuteAsync(
            async token => await AttemptAsync(client, call, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return ToAnswer(call, response);
    }

    public void Dispose()
    {
        if (!ReferenceEquals(_upload, _api))
        {
            _upload.Dispose();
        }

        _api.Dispose();
    }

    internal static string? Header(RestResponse response, string name) =>
        response.Headers?.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value?.ToString();

    private static RetryReason? Classify(RestResponse response)
    {
        var status = (int)response.StatusCode;
        if (status == 0)
        {
            return new RetryReason(RetryReasonKind.Network, $"network: {response.ErrorException?.GetType().Name ?? "no answer"}");
        }

        if (status == 429)
        {
            return new RetryReason(RetryReasonKind.RateLimited, "HTTP 429", RetryAfterHeader.Parse(Header(response, "Retry-After"), DateTimeOffset.UtcNow));
        }

        if (ApiErrorFactory.IsTransient(status))
        {
            return new RetryReason(RetryReasonKind.ServerError, $"HTTP {status}");
        }

        // v3: the first request with this Idempotency-Key is still running; asking again later gets its answer.
        if (status == 409 && ErrorBody.TryRead(response.Content)?.Code == AvatarIVErrorCodes.RequestInProgress)
        {
            return new RetryReason(RetryReasonKind.ServerError, "HTTP 409 request_in_progress", RetryAfterHeader.Parse(Header(response, "Retry-After"), DateTimeOffset.UtcNow));
        }

        return status is >= 200 and < 300 && !WireJson.IsWellFormed(response.Content)
            ? new RetryReason(RetryReasonKind.Malformed, $"HTTP {status} with a malformed body")
            : null;
    }

    private static bool SameHost(Uri a, Uri b) => Uri.Compare(a, b, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private async Task<RestResponse> AttemptAsync(RestClient client, ApiCall call, CancellationToken cancellationToken)
    {
        var request = new RestRequest(call.Path, call.Method) { Timeout = call.Timeout };
        call.Configure?.Invoke(request);
        var clock = Stopwatch.StartNew();
        var response = await client.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        _options.OnRequest?.Invoke(new RequestNotice(
            call.Method.ToString().ToUpperInvariant(), Redactor.Redact(client.BuildUri(request).ToString()), (int)response.StatusCode, clock.Elapsed));

        cancellationToken.ThrowIfCancellationRequested();
        if (response.ResponseStatus == ResponseStatus.TimedOut)
        {
            throw Errors.Timeout(call);
        }

        return response;
    }

    private ApiAnswer ToAnswer(ApiCall call, RestResponse response)
    {
        var status = (int)response.StatusCode;
        var requestId = Header(response, "X-Request-Id");
        if (status == 0)
        {
            throw Errors.Network(call, response.ErrorException);
        }

        if (status is < 200 or >= 300)
        {
            var retryAfter = status == 429 ? RetryAfterHeader.Parse(Header(response, "Retry-After"), DateTimeOffset.UtcNow) : null;
            throw Errors.FromAnswer(call, status, response.Content, requestId, retryAfter);
        }

        if (!WireJson.IsWellFormed(response.Content))
        {
            throw Errors.Malformed(call, status, response.Content, requestId);
        }

        return new ApiAnswer(status, response.Content ?? "", requestId);
    }

    private RestClient CreateClient(Uri baseUri)
    {
        var withSlash = baseUri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        var client = new RestClient(new RestClientOptions(withSlash)
        {
            UserAgent = _options.UserAgent,
            ThrowOnAnyError = false,

            // A redirect would carry X-Api-Key to whatever host it names; HeyGen's API does not redirect.
            FollowRedirects = false,
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        });
        client.AddDefaultHeader("X-Api-Key", _options.ApiKey!);
        client.AddDefaultHeader("Accept", "application/json");
        return client;
    }
}
