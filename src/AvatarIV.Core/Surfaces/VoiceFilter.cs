namespace AvatarIV.Core.Surfaces;

/// <summary>
/// Applies <see cref="VoiceQuery"/> on the client, so both surfaces filter the same way whatever the server supports.
/// Legacy voices have no type, so a type filter does not remove them.
/// </summary>
internal static class VoiceFilter
{
    public static IReadOnlyList<Voice> Apply(IEnumerable<Voice> voices, VoiceQuery query) =>
        voices
            .Where(v => Matches(v.Language, query.Language) && Matches(v.Gender, query.Gender) && (v.Type is null || Matches(v.Type, query.Type)))
            .Where(v => string.IsNullOrEmpty(query.Name) || v.Name.IndexOf(query.Name, StringComparison.OrdinalIgnoreCase) >= 0)
            .ToList();

    private static bool Matches(string? actual, string? wanted) =>
        string.IsNullOrEmpty(wanted) || string.Equals(actual, wanted, StringComparison.OrdinalIgnoreCase);
}
