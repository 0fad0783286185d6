using AvatarIV.MockServer.Domain.Errors;
using System.Globalization;
using AvatarIV.MockServer.Journal;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Dashboard;

/// <summary>The journal's status filter: an exact status (<c>503</c>), a class (<c>4xx</c>), <c>dropped</c> (no response), or none.</summary>
internal sealed record JournalStatusFilter(int? Exact, int? Class, bool Dropped)
{
    private static readonly JournalStatusFilter None = new(null, null, false);

    public static JournalStatusFilter Parse(string? text)
    {
        var value = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return None;
        }

        if (value == "dropped")
        {
            return new(null, null, true);
        }

        if (value.Length == 3 && value.EndsWith("xx", StringComparison.Ordinal) && value[0] is >= '1' and <= '5')
        {
            return new(null, value[0] - '0', false);
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var exact) && exact is >= 100 and <= 599
            ? new(exact, null, false)
            : throw ErrorCatalog.InvalidParameter.With($"'status' must be a status such as 503, a class such as 4xx, or 'dropped'; got '{text}'.", "status");
    }

    public bool Matches(JournalEntry entry) =>
        this == None
        || (Dropped && entry.Status is null)
        || (Exact is { } exact && entry.Status == exact)
        || (Class is { } statusClass && entry.Status / 100 == statusClass);
}
