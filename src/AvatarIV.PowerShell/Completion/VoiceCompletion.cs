using AvatarIV.Core;

namespace AvatarIV.PowerShell.Completion;

/// <summary>One tab-completion candidate for -VoiceId.</summary>
internal sealed record VoiceCompletionItem(string CompletionText, string ListItemText, string ToolTip);

/// <summary>
/// -VoiceId tab completion: fetches the voice list once per session (a failed fetch is not cached, so the
/// next Tab tries again), matches the typed text against voice ids (prefix) and names (substring), and
/// quotes ids that PowerShell would otherwise split.
/// </summary>
internal sealed class VoiceCompletion
{
    private readonly object _gate = new();
    private IReadOnlyList<Voice>? _voices;

    /// <summary>Fills the cache from a voice list fetched elsewhere (Get-AvatarIVVoice without filters).</summary>
    public void Remember(IReadOnlyList<Voice> voices)
    {
        lock (_gate)
        {
            _voices = voices;
        }
    }

    public async Task<IReadOnlyList<VoiceCompletionItem>> CompleteAsync(
        string? wordToComplete,
        Func<CancellationToken, Task<IReadOnlyList<Voice>>> fetchVoices,
        CancellationToken cancellationToken)
    {
        var voices = await VoicesAsync(fetchVoices, cancellationToken).ConfigureAwait(false);
        var typed = Unquote(wordToComplete ?? string.Empty);
        return voices
            .Where(v => v.VoiceId.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || v.Name.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0)
            .OrderBy(v => v.VoiceId.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .Select(v => new VoiceCompletionItem(Quote(v.VoiceId), $"{v.Name} ({v.VoiceId})", ToolTip(v)))
            .ToList();
    }

    /// <summary>
    /// -Language or -Name of Get-AvatarIVVoice: the distinct values of <paramref name="field"/> in the voice list,
    /// those starting with the typed text first, then those containing it.
    /// </summary>
    public async Task<IReadOnlyList<VoiceCompletionItem>> CompleteFieldAsync(
        string? wordToComplete,
        Func<Voice, string?> field,
        Func<CancellationToken, Task<IReadOnlyList<Voice>>> fetchVoices,
        CancellationToken cancellationToken)
    {
        var voices = await VoicesAsync(fetchVoices, cancellationToken).ConfigureAwait(false);
        var typed = Unquote(wordToComplete ?? string.Empty);
        return voices
            .Select(field)
            .Where(value => !string.IsNullOrEmpty(value) && value!.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(value => value!.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(value => value, StringComparer.OrdinalIgnoreCase)
            .Select(value => new VoiceCompletionItem(Quote(value!), value!, value!))
            .ToList();
    }

    /// <summary>The id as PowerShell source: bare when safe, otherwise single-quoted with quotes doubled.</summary>
    public static string Quote(string id) =>
        id.Length > 0 && id.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.')
            ? id
            : "'" + id.Replace("'", "''") + "'";

    private async Task<IReadOnlyList<Voice>> VoicesAsync(Func<CancellationToken, Task<IReadOnlyList<Voice>>> fetch, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_voices is not null)
            {
                return _voices;
            }
        }

        var fetched = await fetch(ct).ConfigureAwait(false);
        Remember(fetched);
        return fetched;
    }

    private static string Unquote(string word) => word.Trim().Trim('\'', '"');

    private static string ToolTip(Voice v) =>
        string.Join(", ", new[] { v.Name, v.Language, v.Gender }.Where(s => !string.IsNullOrEmpty(s)));
}
