namespace AvatarIV.PowerShell.Models;

/// <summary>Which HeyGen API surface the cmdlets talk to (-ApiVersion).</summary>
public enum AvatarIVApiVersion
{
    /// <summary>HeyGen's current API (/v3/...). The default.</summary>
    V3,

    /// <summary>The v1/v2 API the original Avatar IV guide describes.</summary>
    Legacy,
}
