namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>The one status machine; each surface words it its own way at the edge.</summary>
public enum JobStatus
{
    /// <summary>Queued behind the key's busy render slots (legacy only).</summary>
    Waiting,
    Pending,
    Processing,
    Completed,
    Failed,
}
