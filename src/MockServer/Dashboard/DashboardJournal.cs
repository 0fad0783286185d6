using AvatarIV.MockServer.Journal;
using Microsoft.AspNetCore.Mvc;

namespace AvatarIV.MockServer.Dashboard;

/// <summary>
/// <c>GET /_mock/ui/journal?route=&amp;method=&amp;status=&amp;key_id=&amp;limit=</c>: the newest journal entries first, filtered
/// by route (exact or prefix*), status (<c>503</c>, <c>4xx</c> or <c>dropped</c>) and key id. Entries hold key ids, never keys.
/// </summary>
internal static class DashboardJournal
{
    private const int DefaultLimit = 200;

    public static RouteGroupBuilder MapDashboardJournal(this RouteGroupBuilder ui)
    {
        ui.MapGet("/journal", (RequestJournal journal, string? route, string? method, string? status, [FromQuery(Name = "key_id")] string? keyId, int? limit) =>
        {
            var query = JournalQuery.From(route, method, since: null);
            var statusFilter = JournalStatusFilter.Parse(status);
            var entries = journal.Snapshot()
                .Reverse()
                .Where(query.Matches)
                .Where(statusFilter.Matches)
                .Where(entry => string.IsNullOrWhiteSpace(keyId) || string.Equals(entry.KeyId, keyId.Trim(), StringComparison.OrdinalIgnoreCase))
                .Take(Math.Clamp(limit ?? DefaultLimit, 1, RequestJournal.Capacity))
                .ToList();
            return TypedResults.Ok(entries);
        }).WithSummary("Journal entries, newest first, filtered by route, method, status (503, 4xx, dropped) and key_id.");
        return ui;
    }
}
