using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Domain.Batches;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Retention;
using AvatarIV.MockServer.MediaLinks;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Retention;

/// <summary>
/// Keeps the mock's memory bounded: forgets finished jobs (and their rendered files) and assets past the limits,
/// finished batches past the age limit, and answered Idempotency-Keys past 24 h, all by the mock's clock. A sweep reads every job and asset, so it runs
/// only when it can find something: when a count changed since the last one, or a second of the mock's clock has
/// passed. One sweep at a time; a caller that finds one running goes on (the running sweep does the work).
/// </summary>
public sealed class RetentionSweeper(JobEngine jobs, AssetStore assets, IdempotencyStore idempotency, RenderCache renders, BatchStore batches, RetentionLimits limits, TimeProvider clock)
{
    private static readonly TimeSpan AgeCheckInterval = TimeSpan.FromSeconds(1);
    private readonly Lock _sweeping = new();
    private (int Jobs, int Assets) _countsAtLastSweep = (-1, -1);
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    public void Sweep()
    {
        if (!_sweeping.TryEnter())
        {
            return;
        }

        try
        {
            var now = clock.GetUtcNow();
            var counts = (jobs.Count, assets.Count);
            if (counts == _countsAtLastSweep && now - _lastSweep < AgeCheckInterval)
            {
                return;
            }

            var staleJobs = RetentionRules.Choose(jobs.RetentionCandidates(), limits.MaxJobsPerKey, limits.MaxAge, now);
            if (staleJobs.Count > 0)
            {
                foreach (var id in jobs.Forget(staleJobs))
                {
                    renders.Forget(id);
                }
            }

            var staleAssets = RetentionRules.Choose(assets.RetentionCandidates(), limits.MaxAssetsPerKey, limits.MaxAge, now);
            if (staleAssets.Count > 0)
            {
                assets.Forget(staleAssets);
            }

            if (limits.MaxAge is { } maxAge)
            {
                // A finished batch goes with the age rule its videos follow.
                batches.ForgetFinishedBefore(now - maxAge);
            }

            idempotency.ForgetExpired();
            _countsAtLastSweep = (jobs.Count, assets.Count);
            _lastSweep = now;
        }
        finally
        {
            _sweeping.Exit();
        }
    }
}
