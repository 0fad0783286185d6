namespace AvatarIV.Core.Surfaces;

/// <summary>Maps every status word either surface uses onto <see cref="VideoStatus"/>.</summary>
internal static class StatusWords
{
    /// <summary>The bulk-status word for an id the server does not know (v3).</summary>
    public const string NotFound = "not_found";

    public static VideoStatus Parse(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "waiting" or "queued" => VideoStatus.Waiting,
        "pending" => VideoStatus.Pending,
        "processing" or "rendering" => VideoStatus.Processing,
        "completed" or "complete" or "succeeded" or "success" => VideoStatus.Completed,
        "failed" or "error" or NotFound => VideoStatus.Failed,
        _ => VideoStatus.Unknown,
    };
}
