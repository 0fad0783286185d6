using System.Security;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>What Connect-AvatarIV stored for the session. The key stays a SecureString until a request needs it.</summary>
internal sealed record ConnectionSettings(SecureString ApiKey, Uri BaseUri, Uri? UploadUri, AvatarIVApiVersion ApiVersion, string KeySource)
{
    public AvatarConnection ToModel() => new() { BaseUri = BaseUri, UploadUri = UploadUri, ApiVersion = ApiVersion, KeySource = KeySource };
}
