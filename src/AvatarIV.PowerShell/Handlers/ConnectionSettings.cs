using System.Security;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>What Connect-AvatarIV stored for the session. The key stays a SecureString until a request needs it.</summary>
internal sealed record ConnectionSettings(SecureString ApiKey, Uri BaseUri, Uri? UploadUri, AvatarIVApiVersion ApiVersion, string KeySource)
{
    /// <summary>Connect-AvatarIV -MaxRateLimitWait: how long a request may wait out 429s (e.g. for a render slot); null = the client's default.</summary>
    public TimeSpan? MaxRateLimitWait { get; init; }

    /// <param name="uploadUriInUse">Where uploads really go: -UploadUri, else the client's default for the surface and base URI.</param>
    public AvatarConnection ToModel(Uri uploadUriInUse) =>
        new() { BaseUri = BaseUri, UploadUri = uploadUriInUse, ApiVersion = ApiVersion, KeySource = KeySource };
}
