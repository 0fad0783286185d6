using AvatarIV.Core;

namespace AvatarIV.PowerShell.Completion;

/// <summary>
/// -AvatarId tab completion: fetches the look list once per session (a failed fetch is not cached, so the next Tab tries
/// again; Get-AvatarIVLook without filters refreshes it), and matches the typed text against look ids (prefix) and names (substring).
/// </summary>
internal sealed class LookCompletion
{
    private readonly object _gate = new();
    private IReadOnlyList<AvatarLook>? _looks;

    public void Remember(IReadOnlyList<AvatarLook> looks)
    {
        lock (_gate)
        {
            _looks = looks;
        }
    }

    /// <summary>The cached look's avatar type (for pricing), or null when the session has not listed it.</summary>
    public string? TypeOf(string lookId)
    {
        lock (_gate)
        {
            return _looks?.FirstOrDefault(l => string.Equals(l.LookId, lookId, StringComparison.Ordinal))?.AvatarType;
        }
    }

    public async Task<IReadOnlyList<VoiceCompletionItem>> CompleteAsync(
        string? wordToComplete, Func<CancellationToken, Task<IReadOnlyList<AvatarLook>>> fetchLooks, CancellationToken cancellationToken)
    {
        IReadOnlyList<AvatarLook>? looks;
        lock (_gate)
        {
            looks = _looks;
        }

        if (looks is null)
        {
            looks = await fetchLooks(cancellationToken).ConfigureAwait(false);
            Remember(looks);
        }

        var typed = (wordToComplete ?? string.Empty).Trim().Trim('\'', '"');
        return looks
            .Where(l => l.LookId.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || l.Name.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0)
            .OrderBy(l => l.LookId.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
            .Select(l => new VoiceCompletionItem(VoiceCompletion.Quote(l.LookId), $"{l.Name} ({l.LookId})", $"{l.Name}, {l.AvatarType}"))
            .ToList();
    }
}
