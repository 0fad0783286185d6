using System.Text.Json;
using AvatarIV.MockServer.Journal;

namespace AvatarIV.MockServer.Persistence;

/// <summary>The request journal in <c>mock.db</c>: entries by sequence, trimmed to the journal's capacity.</summary>
internal static class JournalRows
{
    private const int RowsPerInsert = 32;
    private static readonly string[] s_sequenceNames = [.. Enumerable.Range(0, RowsPerInsert).Select(i => $"$s{i}")];
    private static readonly string[] s_jsonNames = [.. Enumerable.Range(0, RowsPerInsert).Select(i => $"$j{i}")];
    private static readonly string[] s_inserts = [.. Enumerable.Range(0, RowsPerInsert + 1).Select(InsertOf)];

    public static void AppendJournal(this MockState state, IReadOnlyList<JournalEntry> entries, int capacity)
    {
        if (!state.IsPersistent || entries.Count == 0)
        {
            return;
        }

        using (state.BeginBatch())
        {
            // Many rows per statement: a flush holds every request of the last quarter second, and one statement
            // per row cost more than the requests themselves.
            for (var start = 0; start < entries.Count; start += RowsPerInsert)
            {
                var rows = Math.Min(RowsPerInsert, entries.Count - start);
                var parameters = new (string Name, object? Value)[rows * 2];
                for (var i = 0; i < rows; i++)
                {
                    var entry = entries[start + i];
                    parameters[2 * i] = (s_sequenceNames[i], entry.Sequence);
                    parameters[(2 * i) + 1] = (s_jsonNames[i], JsonSerializer.Serialize(entry, StateJsonContext.Default.JournalEntry));
                }

                state.Write(new(s_inserts[rows], parameters));
            }

            state.Write(new("DELETE FROM journal WHERE sequence <= $oldest", ("$oldest", entries.Max(e => e.Sequence) - capacity)));
        }
    }

    private static string InsertOf(int rows) =>
        "INSERT OR REPLACE INTO journal(sequence, json) VALUES " + string.Join(", ", Enumerable.Range(0, rows).Select(i => $"($s{i}, $j{i})"));

    public static void ClearJournal(this MockState state) => state.Write(new("DELETE FROM journal"));

    public static List<JournalEntry> LoadJournal(this MockState state, int capacity)
    {
        // Read first, then parsed on every core: start-up with a full journal (10,000 entries) is on its critical path.
        var newestFirst = state.Query("SELECT json FROM journal ORDER BY sequence DESC LIMIT $limit", r => r.GetString(0), ("$limit", capacity));
        newestFirst.Reverse();
        return newestFirst.AsParallel().AsOrdered().Select(json => JsonSerializer.Deserialize(json, StateJsonContext.Default.JournalEntry)!).ToList();
    }
}
