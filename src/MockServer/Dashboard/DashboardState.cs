using AvatarIV.MockServer.Admin;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Faults;
using AvatarIV.MockServer.Journal;
using AvatarIV.MockServer.Rendering;

namespace AvatarIV.MockServer.Dashboard;

/// <summary>
/// Everything the page shows but the journal, in one snapshot: pushed whenever it changes. Keys appear as key ids only.
/// The clock is its offset from real time, not the current time, so an idle mock sends nothing.
/// </summary>
internal sealed record DashboardState(
    double ClockOffsetSeconds,
    DashboardState.MediaInfo Media,
    IReadOnlyList<LedgerSnapshot> Ledgers,
    int JobCount,
    IReadOnlyList<JobAdminView> Jobs,
    IReadOnlyList<FaultRuleView> Faults,
    IReadOnlyList<string> FailureCodes,
    long JournalSequence)
{
    /// <summary>The page lists at most this many jobs, newest first; a mock with thousands would make every update heavy.</summary>
    public const int JobLimit = 500;

    /// <summary><c>Encoder</c> is null when videos are Motion-JPEG, which browsers cannot play.</summary>
    public sealed record MediaInfo(string? Encoder, bool BrowserPlayable);

    public static DashboardState Capture(IServiceProvider services)
    {
        var jobs = services.GetRequiredService<JobEngine>().All();
        var journal = services.GetRequiredService<RequestJournal>().Snapshot();
        var encoder = services.GetRequiredService<MediaRenderer>().BrowserVideoEncoder;
        return new DashboardState(
            services.GetRequiredService<MockClock>().Offset.TotalSeconds,
            new MediaInfo(encoder, encoder is not null),
            services.GetRequiredService<LedgerBook>().All().OrderBy(l => l.KeyHint, StringComparer.Ordinal).ToList(),
            jobs.Count,
            jobs.Reverse().Take(JobLimit).Select(JobAdminView.Of).ToList(),
            services.GetRequiredService<FaultRuleSet>().List().Select(FaultRuleView.Of).ToList(),
            [.. ErrorCatalog.RenderFailureCodes],
            journal.Count == 0 ? 0 : journal[^1].Sequence);
    }
}
