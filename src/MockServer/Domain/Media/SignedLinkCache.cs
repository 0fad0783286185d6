namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// The links signed most recently, one per slot of a fixed table (so memory stays bounded however many videos are
/// read). A link is only reused for the same base URL, path and expiry second, so it is exactly the link signing
/// would make again; a slot another link took over just means signing once more. Lock-free: a slot holds an
/// immutable entry, replaced whole.
/// </summary>
internal sealed class SignedLinkCache
{
    private const int Slots = 1024;
    private readonly Entry?[] _slots = new Entry?[Slots];

    public string? Find(string baseUrl, string path, long expires) =>
        Volatile.Read(ref _slots[SlotOf(path)]) is { } entry
        && entry.Expires == expires
        && string.Equals(entry.Path, path, StringComparison.Ordinal)
        && string.Equals(entry.BaseUrl, baseUrl, StringComparison.Ordinal)
            ? entry.Url
            : null;

    public void Remember(string baseUrl, string path, long expires, string url) =>
        Volatile.Write(ref _slots[SlotOf(path)], new Entry(baseUrl, path, expires, url));

    private static int SlotOf(string path) => (int)((uint)string.GetHashCode(path, StringComparison.Ordinal) % Slots);

    private sealed record Entry(string BaseUrl, string Path, long Expires, string Url);
}
