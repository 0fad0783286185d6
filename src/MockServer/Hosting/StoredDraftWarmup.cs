using AvatarIV.MockServer.Domain.Jobs;

namespace AvatarIV.MockServer.Hosting;

/// <summary>
/// Once the server is listening, parses the stored jobs' drafts that nothing has used yet (one core, off the request
/// path), so start-up stays fast with 10,000 jobs stored and the first list after a restart is as quick as any other.
/// </summary>
public sealed class StoredDraftWarmup(JobEngine jobs, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            try
            {
                await started.Task.WaitAsync(stoppingToken);
                await Task.Run(() => jobs.WarmStoredDrafts(stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down before the warm-up finished: what is left is parsed on first use.
            }
        }
    }
}
