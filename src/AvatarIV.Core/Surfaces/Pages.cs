using System.Runtime.CompilerServices;

namespace AvatarIV.Core.Surfaces;

/// <summary>Follows cursor tokens page after page; stops at an empty token or one already seen (so a buggy server cannot loop us).</summary>
internal static class Pages
{
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? NextToken)>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var (items, next) = await fetchPage(token, cancellationToken).ConfigureAwait(false);
            foreach (var item in items)
            {
                yield return item;
            }

            token = next;
        }
        while (!string.IsNullOrEmpty(token) && seenTokens.Add(token!));
    }
}
