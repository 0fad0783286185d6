using AvatarIV.Benchmarks.All;

namespace MockServer.Tests.Docs;

/// <summary>The benchmark command rewrites only the marked tables of BENCHMARKS.md; the prose around them is the team's.</summary>
public sealed class BenchmarkSectionsTests
{
    private const string Document = """
        # Benchmarks

        Prose before, kept.

        <!-- bench:per-call -->
        | old | table |
        |---|---:|
        | a | 1 |
        <!-- /bench:per-call -->

        Prose between, kept.

        <!-- bench:scale -->
        (not run yet)
        <!-- /bench:scale -->

        Prose after, kept.
        """;

    [Fact]
    public void Replacing_a_section_changes_only_the_lines_between_its_markers()
    {
        var table = BenchmarkSections.Table(["call", "median"], [["v3 read", "120 µs"]]);

        var rewritten = BenchmarkSections.Replace(Document, "per-call", table);

        rewritten.ShouldBe(Document.Replace("| old | table |\n|---|---:|\n| a | 1 |", "| call | median |\n|---|---:|\n| v3 read | 120 µs |"));
        rewritten.ShouldContain("Prose before, kept.");
        rewritten.ShouldContain("Prose between, kept.");
        rewritten.ShouldContain("<!-- bench:scale -->\n(not run yet)\n<!-- /bench:scale -->");
    }

    [Fact]
    public void Rewriting_twice_with_the_same_content_changes_nothing_the_second_time()
    {
        var once = BenchmarkSections.Replace(Document, "scale", "| measurement | result |\n|---|---:|\n| start-up | 0.9 s |");

        BenchmarkSections.Replace(once, "scale", "| measurement | result |\n|---|---:|\n| start-up | 0.9 s |").ShouldBe(once);
    }

    [Fact]
    public void A_missing_section_is_refused_with_the_markers_to_add()
    {
        var error = Should.Throw<InvalidOperationException>(() => BenchmarkSections.Replace(Document, "transfer", "x"));

        error.Message.ShouldContain("<!-- bench:transfer -->");
        error.Message.ShouldContain("<!-- /bench:transfer -->");
    }

    [Fact]
    public void The_real_BENCHMARKS_md_has_every_section_the_command_writes()
    {
        var path = Path.Combine(RepositoryRoot(), "BENCHMARKS.md");
        var text = File.ReadAllText(path);
        foreach (var section in new[] { "run", "per-call", "cold-start", "transfer", "module-import", "scale", "pipeline" })
        {
            Should.NotThrow(() => BenchmarkSections.Replace(text, section, "x"), $"BENCHMARKS.md lacks the markers of section '{section}'");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AvatarIV.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AvatarIV.slnx not found above the test's folder.");
    }
}
