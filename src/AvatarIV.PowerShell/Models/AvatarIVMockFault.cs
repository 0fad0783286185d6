namespace AvatarIV.PowerShell.Models;

/// <summary>A fault rule in force in the mock (Add-AvatarIVMockFault, Get-AvatarIVMockFault).</summary>
public sealed class AvatarIVMockFault
{
    public string Id { get; set; } = "";

    /// <summary>The HTTP method it matches; null = any.</summary>
    public string? Method { get; set; }

    /// <summary>The path it matches: exact, or a prefix ending with *.</summary>
    public string Path { get; set; } = "";

    /// <summary>status, latency, drop or malformed.</summary>
    public string Kind { get; set; } = "";

    public int? StatusCode { get; set; }

    /// <summary>The catalogue error code answered, e.g. video_not_found.</summary>
    public string? Code { get; set; }

    public int? Times { get; set; }

    public int? TimesLeft { get; set; }

    /// <summary>How many requests it has answered.</summary>
    public int Hits { get; set; }

    /// <summary>before (the request is not handled) or after (handled, then the answer replaced).</summary>
    public string Phase { get; set; } = "";

    public bool Enabled { get; set; }

    /// <summary>The rule in the mock's --fault flag form.</summary>
    public string Rule { get; set; } = "";
}
