using AvatarIV.MockServer.Domain.Jobs;

namespace AvatarIV.MockServer.Hosting;

/// <summary>Finishes time-mode jobs even when nobody polls them, so their webhooks still fire.</summary>
public sealed class TimeModeTicker(JobEngine jobs) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                jobs.Tick();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
