using AvatarIV.MockServer.Domain.Errors;
using System.Globalization;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Journal;

/// <summary>Filters of <c>GET /_mock/journal</c>: <c>path</c> (exact, or prefix ending in <c>*</c>), <c>method</c>, <c>since</c> (ISO 8601).</summary>
public sealed record JournalQuery(string? Path, string? Method, DateTimeOffset? Since)
{
    public static JournalQuery From(string? path, string? method, string? since)
    {
        DateTimeOffset? sinceTime = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            sinceTime = DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw ErrorCatalog.InvalidParameter.With($"'since' must be an ISO 8601 time such as 2026-01-31T12:00:00Z; got '{since}'.", "since");
        }

        return new JournalQuery(string.IsNullOrWhiteSpace(path) ? null : path, string.IsNullOrWhiteSpace(method) ? null : method, sinceTime);
    }

    public bool Matches(JournalEntry entry) =>
        (Method is null || string.Equals(entry.Method, Method, StringComparison.OrdinalIgnoreCase))
        && (Since is null || entry.Time >= Since)
        && (Path is null || PathMatches(entry.Path));

    private bool PathMatches(string path) => Path!.EndsWith('*')
        ? path.StartsWith(Path[..^1], StringComparison.OrdinalIgnoreCase)
        : string.Equals(path, Path, StringComparison.OrdinalIgnoreCase);
}
