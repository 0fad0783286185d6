namespace AvatarIV.PowerShell.Models;

/// <summary>The session's connection (Connect-AvatarIV -PassThru). Never holds or shows the key.</summary>
public sealed class AvatarConnection
{
    public Uri BaseUri { get; set; } = new("https://api.heygen.com/");

    /// <summary>Where uploads go: Connect-AvatarIV -UploadUri, else the default for the API version and base URI.</summary>
    public Uri? UploadUri { get; set; }

    public AvatarIVApiVersion ApiVersion { get; set; }

    /// <summary>Where the key came from: <c>Parameter</c> or <c>Environment</c>.</summary>
    public string KeySource { get; set; } = "";
}
