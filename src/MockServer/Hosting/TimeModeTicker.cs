using AvatarIV.MockServer.Domain.Jobs;

namespace AvatarIV.MockServer.Hosting;

/// <summary>Finishes time-mode jobs (and polls jobs past <c>--polls-timeout</c>) even when nobody polls them, so their webhooks still fire.</summary>
public sealed class TimeModeTicker(JobEngine jobs, ILogger<TimeModeTicker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                TickOnce();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    // One failed tick is logged and the next one tried: the ticker must outlive any bug in a single tick.
    private void TickOnce()
    {
        try
        {
            jobs.Tick();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Finishing time-mode jobs failed; retrying on the next tick.");
        }
    }
}
