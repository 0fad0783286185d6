using Microsoft.AspNetCore.Http.HttpResults;

namespace AvatarIV.MockServer.Journal;

/// <summary><c>/_mock/journal</c>: what the mock was asked, oldest first, keys redacted.</summary>
public static class JournalAdminApi
{
    public static RouteGroupBuilder MapJournalAdminRoutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/_mock/journal").WithTags("Admin: journal");
        group.MapGet("/", List).WithSummary("Recorded requests (last 10 000), filtered by ?path= (exact or prefix*), ?method=, ?since= (ISO 8601).");
        group.MapDelete("/", Clear).WithSummary("Forgets every recorded request.");
        return group;
    }

    private static Ok<JournalEntry[]> List(RequestJournal journal, string? path, string? method, string? since)
    {
        var query = JournalQuery.From(path, method, since);
        return TypedResults.Ok(journal.Snapshot().Where(query.Matches).ToArray());
    }

    private static Ok<ClearedJournal> Clear(RequestJournal journal) => TypedResults.Ok(new ClearedJournal(journal.Clear()));

    public sealed record ClearedJournal(int Removed);
}
