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
    private readonly RetryPipeline<ApiAttempt> _retries;

    public ApiTransport(AvatarIVClientOptions options)
    {
        _options = options;
        Redactor = new SecretRedactor(options.ApiKey);
        Errors = new ApiErrorFactory(Redactor, options.Surface);
        _api = CreateClient(options.BaseUri);
        _upload = SameHost(options.EffectiveUploadUri, options.BaseUri) ? _api : CreateClient(options.EffectiveUploadUri);
        _retries = new RetryPipeline<ApiAttempt>(options, ApiAttempt.Classify);
    }

    public SecretRedactor Redactor { get; }

    public ApiErrorFactory Errors { get; }

    /// <summary>Sends the call (retrying per its safety) and parses a 2xx body once into <typeparamref name="T"/>; failures become exceptions.</summary>
    public async Task<ApiAnswer<T>> SendAsync<T>(ApiCall call, CancellationToken cancellationToken)
    {
        var client = call.OnUploadHost ? _upload : _api;
        var attempt = await _retries.ExecuteAsync(
            call.Safety,
            call.MethodName,
            call.Path,
            token => AttemptAsync<T>(client, call, token),
            cancellationToken,
            call.StartsRender).ConfigureAwait(false);
        return ToAnswer<T>(call, attempt);
    }

    /// <summary>Sends a call whose answer carries nothing the caller needs (a delete); the body must still be well-formed JSON.</summary>
    public Task<ApiAnswer<System.Text.Json.JsonElement>> SendAsync(ApiCall call, CancellationToken cancellationToken) =>
        SendAsync<System.Text.Json.JsonElement>(call, cancellationToken);

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

    private static bool SameHost(Uri a, Uri b) => Uri.Compare(a, b, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private async Task<ApiAttempt> AttemptAsync<T>(RestClient client, ApiCall call, CancellationToken cancellationToken)
    {
        var request = new RestRequest(call.Path, call.Method) { Timeout = call.Timeout };
        call.Configure?.Invoke(request);
        var clock = Stopwatch.StartNew();
        var response = await client.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        _options.OnRequest?.Invoke(new RequestNotice(
            call.MethodName, Redactor.Redact(client.BuildUri(request).ToString()), (int)response.StatusCode, clock.Elapsed));

        cancellationToken.ThrowIfCancellationRequested();
        if (response.ResponseStatus == ResponseStatus.TimedOut)
        {
            throw Errors.Timeout(call);
        }

        return Parse<T>(response);
    }

    /// <summary>The one parse of a 2xx body: into the call's wire type, which also proves the body is complete JSON.</summary>
    private static ApiAttempt Parse<T>(RestResponse response)
    {
        var status = (int)response.StatusCode;
        if (status is < 200 or >= 300 || string.IsNullOrWhiteSpace(response.Content))
        {
            return new ApiAttempt(response, null, null);
        }

        try
        {
            return new ApiAttempt(response, WireJson.Read<T>(response.RawBytes, response.Content!), null);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return new ApiAttempt(response, null, ex.Message);
        }
    }

    private ApiAnswer<T> ToAnswer<T>(ApiCall call, ApiAttempt attempt)
    {
        var response = attempt.Response;
        var status = attempt.StatusCode;
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

        if (attempt.Malformed is { } detail)
        {
            throw Errors.Malformed(call, status, response.Content, requestId, detail);
        }

        return new ApiAnswer<T>(status, response.Content ?? "", requestId, attempt.Body is T body ? body : default);
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
