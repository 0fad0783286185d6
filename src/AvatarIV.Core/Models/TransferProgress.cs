namespace AvatarIV.Core;

/// <summary>Bytes moved so far in an upload or download.</summary>
public sealed record TransferProgress(long BytesTransferred, long? TotalBytes)
{
    /// <summary>0–100, or null when the total is unknown.</summary>
    public int? Percent => TotalBytes is > 0 ? (int)Math.Min(100, BytesTransferred * 100 / TotalBytes.Value) : null;
}
