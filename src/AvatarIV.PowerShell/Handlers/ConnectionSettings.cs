using System.Security;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>What Connect-AvatarIV stored for the session. The key stays a SecureString until a request needs it.</summary>
internal sealed record ConnectionSettings(SecureString ApiKey, Uri BaseUri, Uri? UploadUri, AvatarIVApiVersion ApiVersion, string KeySource)
{
    /// <param name="uploadUriInUse">Where uploads really go: -UploadUri, else the client's default for the surface and base URI.</param>
    public AvatarConnection ToModel(Uri uploadUriInUse) =>
        new() { BaseUri = BaseUri, UploadUri = uploadUriInUse, ApiVersion = ApiVersion, KeySource = KeySource };
}
