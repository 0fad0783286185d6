using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Arguments;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Connect-AvatarIV: sets the key, base URIs and API surface for the rest of the session.</summary>
[Cmdlet(VerbsCommunications.Connect, "AvatarIV", HelpUri = HelpLinks.Reference + "connect-avatariv")]
[OutputType(typeof(AvatarConnection))]
public sealed class ConnectAvatarIVCommand : AvatarIVCmdlet
{
    private const double MaxRateLimitWaitSeconds = 24 * 3600;

    /// <summary>HeyGen's API host, or a mock's base URL such as http://127.0.0.1:5080/. Default: HEYGEN_BASE_URI, else https://api.heygen.com/.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNull]
    public Uri? BaseUri { get; set; }

    /// <summary>Upload host; default: HEYGEN_UPLOAD_URI, else the legacy upload host (legacy) or BaseUri (v3).</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? UploadUri { get; set; }

    /// <summary>V3 (default) or Legacy.</summary>
    [Parameter]
    public AvatarIVApiVersion ApiVersion { get; set; }

    /// <summary>
    /// How long one request may wait out 429 answers (every render slot busy, or the rate limit) before it fails:
    /// seconds (600) or a TimeSpan ('00:10:00'). Default 10 minutes; 0 = fail after the two usual retries.
    /// </summary>
    [Parameter]
    [SecondsToTimeSpan]
    [ValidateTimeSpanRange(0, MaxRateLimitWaitSeconds)]
    public TimeSpan MaxRateLimitWait { get; set; }

    /// <summary>Writes the connection object.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        AvatarIVApiVersion? version = MyInvocation.BoundParameters.ContainsKey(nameof(ApiVersion)) ? ApiVersion : null;
        TimeSpan? rateLimitWait = MyInvocation.BoundParameters.ContainsKey(nameof(MaxRateLimitWait)) ? MaxRateLimitWait : null;
        Run(context => new ConnectHandler(context).Connect(ApiKey, BaseUri, UploadUri, version, PassThru.IsPresent, rateLimitWait));
    }
}
