namespace AvatarIV.Benchmarks.All;

/// <summary>
/// Rewrites the generated parts of BENCHMARKS.md: each lives between <c>&lt;!-- bench:NAME --&gt;</c> and
/// <c>&lt;!-- /bench:NAME --&gt;</c> on lines of their own; everything outside the markers (the prose) is kept as it is.
/// </summary>
internal static class BenchmarkSections
{
    public static string Start(string name) => $"<!-- bench:{name} -->";

    public static string End(string name) => $"<!-- /bench:{name} -->";

    /// <summary>The document with section <paramref name="name"/>'s content replaced; throws when its markers are missing or out of order.</summary>
    public static string Replace(string document, string name, string content)
    {
        var start = document.IndexOf(Start(name), StringComparison.Ordinal);
        var end = document.IndexOf(End(name), StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"BENCHMARKS.md has no section '{name}': add the lines {Start(name)} and {End(name)} where its table goes.");
        }

        var newline = document.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var bodyStart = start + Start(name).Length;
        var body = newline + content.Trim().ReplaceLineEndings(newline) + newline;
        return string.Concat(document.AsSpan(0, bodyStart), body, document.AsSpan(end));
    }

    /// <summary>A Markdown table: the header row, its separator (right-aligned columns after the first) and the rows.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var lines = new List<string>
        {
            "| " + string.Join(" | ", header) + " |",
            "|" + string.Join("|", header.Select((_, i) => i == 0 ? "---" : "---:")) + "|",
        };
        lines.AddRange(rows.Select(row => "| " + string.Join(" | ", row) + " |"));
        return string.Join("\n", lines);
    }
}
