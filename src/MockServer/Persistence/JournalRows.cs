using System.Text.Json;
using AvatarIV.MockServer.Journal;

namespace AvatarIV.MockServer.Persistence;

/// <summary>The request journal in <c>mock.db</c>: entries by sequence, trimmed to the journal's capacity.</summary>
internal static class JournalRows
{
    public static void AppendJournal(this MockState state, IReadOnlyList<JournalEntry> entries, int capacity)
    {
        if (!state.IsPersistent || entries.Count == 0)
        {
            return;
        }

        using (state.BeginBatch())
        {
            foreach (var entry in entries)
            {
                state.Write(new("INSERT OR REPLACE INTO journal(sequence, json) VALUES($sequence, $json)", ("$sequence", entry.Sequence), ("$json", JsonSerializer.Serialize(entry, StateJsonContext.Default.JournalEntry))));
            }

            state.Write(new("DELETE FROM journal WHERE sequence <= $oldest", ("$oldest", entries.Max(e => e.Sequence) - capacity)));
        }
    }

    public static void ClearJournal(this MockState state) => state.Write(new("DELETE FROM journal"));

    public static List<JournalEntry> LoadJournal(this MockState state, int capacity)
    {
        // Read first, then parsed on every core: start-up with a full journal (10,000 entries) is on its critical path.
        var newestFirst = state.Query("SELECT json FROM journal ORDER BY sequence DESC LIMIT $limit", r => r.GetString(0), ("$limit", capacity));
        newestFirst.Reverse();
        return newestFirst.AsParallel().AsOrdered().Select(json => JsonSerializer.Deserialize(json, StateJsonContext.Default.JournalEntry)!).ToList();
    }
}
