using AvatarIV.MockServer.Domain.Errors;
using System.Globalization;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>Cursor paging shared by the list routes: an opaque <c>token</c> (an offset) and a bounded <c>limit</c>.</summary>
public static class Paging
{
    public sealed record Page<T>(IReadOnlyList<T> Items, string? NextToken)
    {
        public bool HasMore => NextToken is not null;
    }

    public static Page<T> Slice<T>(IReadOnlyList<T> all, HttpRequest request, int defaultLimit, int minLimit, int maxLimit)
    {
        var limit = Limit(request, defaultLimit, minLimit, maxLimit);
        var offset = Offset(request);
        var items = all.Skip(offset).Take(limit).ToList();
        var next = offset + items.Count < all.Count ? "p" + (offset + items.Count).ToString(CultureInfo.InvariantCulture) : null;
        return new Page<T>(items, next);
    }

    private static int Limit(HttpRequest request, int defaultLimit, int minLimit, int maxLimit)
    {
        var text = request.Query["limit"].ToString();
        if (text.Length == 0)
        {
            return defaultLimit;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < minLimit || limit > maxLimit)
        {
            throw ErrorCatalog.InvalidParameter.With($"limit '{text}' is not valid: use a whole number from {minLimit} to {maxLimit}.", "limit");
        }

        // Legacy lists accept 0, which we read as "the default page size".
        return limit == 0 ? defaultLimit : limit;
    }

    private static int Offset(HttpRequest request)
    {
        var token = request.Query["token"].ToString();
        if (token.Length == 0)
        {
            return 0;
        }

        return token.StartsWith('p') && int.TryParse(token[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : throw ErrorCatalog.InvalidParameter.With("token is not a page token this server issued. Pass the next_token/token value from the previous page unchanged.", "token");
    }
}
