using System.Net;
using System.Security;
using AvatarIV.Core;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Hosting;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// Module-session state: the connection from Connect-AvatarIV and the cached voice and look lists.
/// Cmdlets get their runspace's from SessionRegistry; tests make their own with a fake environment.
/// </summary>
internal sealed class AvatarIVSession
{
    public const string ApiKeyVariable = "HEYGEN_API_KEY";
    public const string BaseUriVariable = "HEYGEN_BASE_URI";
    public const string UploadUriVariable = "HEYGEN_UPLOAD_URI";
    public const string SurfaceVariable = "HEYGEN_API_SURFACE";

    public AvatarIVSession(Func<string, string?> environment)
    {
        Environment = environment;
        Voices = new VoiceCompletion();
    }

    public Func<string, string?> Environment { get; }

    /// <summary>Set by Connect-AvatarIV; null = read the HEYGEN_* environment variables on each call.</summary>
    public ConnectionSettings? Connection { get; set; }

    public VoiceCompletion Voices { get; }

    /// <summary>The avatar looks -AvatarId completes from.</summary>
    public LookCompletion Looks { get; } = new();

    /// <summary>The mocks Start-AvatarIVMock started in this session; the *-AvatarIVMock* cmdlets use the newest running one without -Mock.</summary>
    public Mock.StartedMocks Mocks { get; } = new();

    /// <summary>Videos this session created or read (for -VideoId completion and what legacy reads leave out).</summary>
    public RecentVideos Videos { get; } = new();

    /// <summary>Adjusts every client this session makes (tests shorten retry delays with it).</summary>
    public Action<AvatarIVClientOptions>? ConfigureClient { get; set; }

    /// <summary>
    /// Client options from, in order: an explicit -ApiKey, Connect-AvatarIV, the environment.
    /// Throws a terminating NotConnected error when no key is found anywhere.
    /// </summary>
    public AvatarIVClientOptions ResolveOptions(SecureString? apiKey)
    {
        var settings = Connection ?? Settings(apiKey, null, null, null);
        var key = new NetworkCredential(string.Empty, apiKey ?? settings.ApiKey).Password;
        if (string.IsNullOrWhiteSpace(key))
        {
            // An empty SecureString (or only spaces) is no key: NotConnected, not a configuration error.
            throw new CmdletTerminatingException(ErrorMap.EmptyApiKey());
        }

        var options = new AvatarIVClientOptions
        {
            ApiKey = key,
            BaseUri = settings.BaseUri,
            UploadUri = settings.UploadUri,
            Surface = ToSurface(settings.ApiVersion),
        };
        if (settings.MaxRateLimitWait is { } budget)
        {
            options.Retry.MaxRateLimitWait = budget;
        }

        return options;
    }

    /// <summary>The surface in use for offline work such as estimates: the connection's, else HEYGEN_API_SURFACE, else v3.</summary>
    public ApiSurface Surface => Connection is { } connection ? ToSurface(connection.ApiVersion) : SurfaceFromEnvironment();

    /// <summary>Connection settings from the given values, the HEYGEN_* environment variables filling the gaps; NotConnected without a key.</summary>
    public ConnectionSettings Settings(SecureString? apiKey, Uri? baseUri, Uri? uploadUri, AvatarIVApiVersion? apiVersion)
    {
        var source = "Parameter";
        if (apiKey is null && Environment(ApiKeyVariable) is { Length: > 0 } fromEnvironment)
        {
            apiKey = ToSecureString(fromEnvironment);
            source = "Environment";
        }

        if (apiKey is null)
        {
            throw new CmdletTerminatingException(ErrorMap.NoApiKey());
        }

        if (apiKey.Length == 0)
        {
            throw new CmdletTerminatingException(ErrorMap.EmptyApiKey());
        }

        return new ConnectionSettings(
            apiKey,
            baseUri ?? UriFromEnvironment(BaseUriVariable) ?? AvatarIVClientOptions.HeyGenApiUri,
            uploadUri ?? UriFromEnvironment(UploadUriVariable),
            apiVersion ?? (SurfaceFromEnvironment() == ApiSurface.Legacy ? AvatarIVApiVersion.Legacy : AvatarIVApiVersion.V3),
            source);
    }

    public static ApiSurface ToSurface(AvatarIVApiVersion version) => version == AvatarIVApiVersion.Legacy ? ApiSurface.Legacy : ApiSurface.V3;

    private Uri? UriFromEnvironment(string variable)
    {
        var value = Environment(variable);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new CmdletTerminatingException(new AvatarIVError(
                ErrorMap.InvalidConfiguration,
                AvatarIVErrorCategory.InvalidArgument,
                $"The environment variable {variable} ('{value}') is not an absolute URI.",
                $"Set {variable} to e.g. http://127.0.0.1:5080/, or pass the URI to Connect-AvatarIV.",
                variable,
                null,
                IsTerminating: true));
    }

    private ApiSurface SurfaceFromEnvironment()
    {
        var value = Environment(SurfaceVariable);
        try
        {
            return string.IsNullOrEmpty(value) ? ApiSurface.V3 : AvatarIVClientOptions.ParseSurface(value!);
        }
        catch (AvatarIVConfigurationException e)
        {
            throw new CmdletTerminatingException(ErrorMap.From(e, SurfaceVariable));
        }
    }

    internal static SecureString ToSecureString(string value)
    {
        var secure = new SecureString();
        foreach (var c in value)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
