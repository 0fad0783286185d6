namespace AvatarIV.Core;

/// <summary>Everything the client needs to reach HeyGen (or the mock). The key never appears in <see cref="ToString"/>.</summary>
public sealed class AvatarIVClientOptions
{
    /// <summary>HeyGen's API host, used for every call on v3 (uploads too) and for non-upload calls on the legacy surface.</summary>
    public static readonly Uri HeyGenApiUri = new("https://api.heygen.com/");

    /// <summary>HeyGen's legacy upload host (<c>POST /v1/asset</c>).</summary>
    public static readonly Uri HeyGenLegacyUploadUri = new("https://upload.heygen.com/");

    private string? _apiKey;

    /// <summary>
    /// The HeyGen API key, sent as <c>X-Api-Key</c>. Surrounding whitespace is trimmed (a key read from a file ends with a newline);
    /// any other control character makes the client refuse the options with an error that never shows the key.
    /// </summary>
    public string? ApiKey
    {
        get => _apiKey;
        set => _apiKey = value?.Trim();
    }

    private Uri? _baseUri;
    private bool _baseUriSet;

    /// <summary>Where the API is (default <see cref="HeyGenApiUri"/>).</summary>
    public Uri BaseUri
    {
        // The default is read only when no other was set: parsing a host name costs a cold process several milliseconds,
        // which a client pointed at a mock or proxy should not pay.
        get => _baseUriSet ? _baseUri! : HeyGenApiUri;
        set
        {
            _baseUri = value;
            _baseUriSet = true;
        }
    }

    /// <summary>
    /// Where uploads go; null = <see cref="BaseUri"/>, except on <see cref="ApiSurface.Legacy"/> against HeyGen itself, where
    /// uploads go to HeyGen's upload host. A non-HeyGen <see cref="BaseUri"/> (a mock, a proxy) is never bypassed: the key goes only where the user pointed it.
    /// </summary>
    public Uri? UploadUri { get; set; }

    public ApiSurface Surface { get; set; } = ApiSurface.V3;

    /// <summary>Time limit for reads and deletes.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit for creating a video (HeyGen's p99 is about 31 s).</summary>
    public TimeSpan CreateTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Time limit for an upload or a download.</summary>
    public TimeSpan TransferTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public RetryOptions Retry { get; set; } = new();

    public string UserAgent { get; set; } = "AvatarIV/" + ProductVersion;

    /// <summary>Called before each retry.</summary>
    public Action<RetryNotice>? OnRetry { get; set; }

    /// <summary>Called after each HTTP attempt.</summary>
    public Action<RequestNotice>? OnRequest { get; set; }

    /// <summary>The upload host actually used (see <see cref="UploadUri"/>); what <c>Connect-AvatarIV -PassThru</c> shows.</summary>
    public Uri EffectiveUploadUri => UploadUri ?? (Surface == ApiSurface.Legacy && IsHeyGenApi(BaseUri) ? HeyGenLegacyUploadUri : BaseUri);

    /// <summary>Reads <c>HEYGEN_API_KEY</c>, <c>HEYGEN_BASE_URI</c>, <c>HEYGEN_UPLOAD_URI</c> and <c>HEYGEN_API_SURFACE</c> (v3 or legacy).</summary>
    public static AvatarIVClientOptions FromEnvironment()
    {
        var options = new AvatarIVClientOptions { ApiKey = Environment.GetEnvironmentVariable("HEYGEN_API_KEY") };
        if (Environment.GetEnvironmentVariable("HEYGEN_BASE_URI") is { Length: > 0 } baseUri)
        {
            options.BaseUri = ParseUri(baseUri, "HEYGEN_BASE_URI");
        }

        if (Environment.GetEnvironmentVariable("HEYGEN_UPLOAD_URI") is { Length: > 0 } uploadUri)
        {
            options.UploadUri = ParseUri(uploadUri, "HEYGEN_UPLOAD_URI");
        }

        if (Environment.GetEnvironmentVariable("HEYGEN_API_SURFACE") is { Length: > 0 } surface)
        {
            options.Surface = ParseSurface(surface);
        }

        return options;
    }

    /// <summary>Reads a surface name (<c>v3</c> or <c>legacy</c>, any case).</summary>
    public static ApiSurface ParseSurface(string value) => value.Trim().ToLowerInvariant() switch
    {
        "v3" => ApiSurface.V3,
        "legacy" or "v2" or "v1" => ApiSurface.Legacy,
        _ => throw new AvatarIVConfigurationException($"Unknown API surface '{value}'. Use 'v3' (HeyGen's current API) or 'legacy' (the v1/v2 API)."),
    };

    public override string ToString() =>
        $"Surface={Surface}, BaseUri={BaseUri}, UploadUri={EffectiveUploadUri}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, " +
        $"RequestTimeout={RequestTimeout}, CreateTimeout={CreateTimeout}, TransferTimeout={TransferTimeout}, Retry=[{Retry}], UserAgent={UserAgent}";

    /// <summary>Batch items asked for per page (HeyGen's most, 100); tests make it small so that a batch spans several pages.</summary>
    internal int BatchPageSize { get; set; } = CreateVideoBatchRequest.MaxVideos;

    /// <summary>Refuses options that cannot work or would leak the key; called by the client's constructor.</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new AvatarIVConfigurationException("No API key given. Set ApiKey (or the HEYGEN_API_KEY environment variable) to your HeyGen API key.");
        }

        RequireHeaderSafeKey(ApiKey!);

        RequireSafeHost(BaseUri, nameof(BaseUri));
        RequireSafeHost(EffectiveUploadUri, nameof(UploadUri));
        RequirePositive(RequestTimeout, nameof(RequestTimeout));
        RequirePositive(CreateTimeout, nameof(CreateTimeout));
        RequirePositive(TransferTimeout, nameof(TransferTimeout));
        if (Retry is null || Retry.MaxRetries < 0 || Retry.BaseDelay < TimeSpan.Zero || Retry.MaxDelay < TimeSpan.Zero || Retry.MaxRetryAfter < TimeSpan.Zero || Retry.MaxRateLimitWait < TimeSpan.Zero)
        {
            throw new AvatarIVConfigurationException("Retry settings must be zero or more (MaxRetries, BaseDelay, MaxDelay, MaxRetryAfter, MaxRateLimitWait).");
        }
    }

    /// <summary>A key must be sendable as a header value; the message names the position of the bad character, never the key.</summary>
    private static void RequireHeaderSafeKey(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] < ' ' || key[i] > '~')
            {
                throw new AvatarIVConfigurationException(
                    $"The API key has a control or non-ASCII character at position {i + 1} of {key.Length}. " +
                    "Copy the key again from HeyGen's settings (API keys are plain printable ASCII).");
            }
        }
    }

    private static void RequireSafeHost(Uri uri, string name)
    {
        if (uri is null || !uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new AvatarIVConfigurationException($"{name} must be an absolute http(s) URI, e.g. https://api.heygen.com/.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            throw new AvatarIVConfigurationException(
                $"{name} {uri.GetLeftPart(UriPartial.Authority)} uses plain http to a non-loopback host, which would send your API key unencrypted. " +
                "Use https, or a loopback address (127.0.0.1, ::1, localhost) for a local mock.");
        }
    }

    // Compared by name, not against HeyGenApiUri, so that a client given another host never parses HeyGen's.
    private const string HeyGenApiHost = "api.heygen.com";

    private static bool IsHeyGenApi(Uri? uri) =>
        uri is not null && uri.IsAbsoluteUri && string.Equals(uri.Host, HeyGenApiHost, StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase);

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new AvatarIVConfigurationException($"{name} must be a positive time span (it is {value}).");
        }
    }

    private static Uri ParseUri(string value, string variable) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new AvatarIVConfigurationException($"{variable} '{value}' is not an absolute URI; use e.g. http://127.0.0.1:5080/.");

    // A build-time constant (BuildInfo.g.cs): Assembly.GetName() costs a cold process about 15 ms.
    private static string ProductVersion => BuildInfo.Version;
}
