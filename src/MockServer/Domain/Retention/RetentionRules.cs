namespace AvatarIV.MockServer.Domain.Retention;

/// <summary>
/// Chooses what to forget: anything evictable older than the age limit, then, for each key over its count limit,
/// the evictable items at rest longest until the key is back within the limit (items that may not go still count).
/// </summary>
public static class RetentionRules
{
    public static IReadOnlySet<string> Choose(IReadOnlyCollection<RetentionCandidate> items, int maxPerKey, TimeSpan? maxAge, DateTimeOffset now)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        if (maxAge is { } age)
        {
            chosen.UnionWith(items.Where(i => i.Evictable && now - i.AtRestSince > age).Select(i => i.Id));
        }

        foreach (var key in items.GroupBy(i => i.OwnerKeyId))
        {
            var excess = key.Count(i => !chosen.Contains(i.Id)) - maxPerKey;
            if (excess <= 0)
            {
                continue;
            }

            chosen.UnionWith(key.Where(i => i.Evictable && !chosen.Contains(i.Id)).OrderBy(i => i.AtRestSince).Take(excess).Select(i => i.Id));
        }

        return chosen;
    }
}
