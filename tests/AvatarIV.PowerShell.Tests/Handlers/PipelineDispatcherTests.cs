using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>PowerShell only accepts WriteObject and friends on the pipeline thread; the dispatcher guarantees it.</summary>
public sealed class PipelineDispatcherTests
{
    [Fact]
    public void Callbacks_from_async_work_run_on_the_calling_thread_in_order()
    {
        var dispatcher = new PipelineDispatcher();
        var pipelineThread = Environment.CurrentManagedThreadId;
        var seen = new List<(int Thread, int Value)>();

        dispatcher.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await Task.Yield();
                var value = i;
                dispatcher.Invoke(() => seen.Add((Environment.CurrentManagedThreadId, value)));
            }
        });

        seen.Select(s => s.Value).ShouldBe(new[] { 0, 1, 2, 3, 4 });
        seen.ShouldAllBe(s => s.Thread == pipelineThread);
    }

    [Fact]
    public void Exceptions_from_the_work_and_from_callbacks_reach_the_caller()
    {
        var dispatcher = new PipelineDispatcher();

        Should.Throw<InvalidOperationException>(() => dispatcher.Run(async () =>
        {
            await Task.Yield();
            dispatcher.Invoke(() => throw new InvalidOperationException("pipeline stopped"));
        })).Message.ShouldBe("pipeline stopped");
    }

    [Fact]
    public async Task A_stop_returns_at_once_even_when_the_work_ignores_it_and_later_callbacks_are_refused()
    {
        var dispatcher = new PipelineDispatcher();
        using var stop = new CancellationTokenSource();
        var release = new ManualResetEventSlim();
        Exception? lateCallback = null;
        var work = Task.CompletedTask;

        Should.Throw<OperationCanceledException>(() => dispatcher.Run(
            () => work = Task.Run(() =>
            {
                stop.Cancel(); // Ctrl+C while the work is busy and not looking at the token
                release.Wait();
                try
                {
                    dispatcher.Invoke(() => { });
                }
                catch (Exception e)
                {
                    lateCallback = e;
                }
            }),
            stop.Token));

        release.Set();
        await work.WaitAsync(TimeSpan.FromSeconds(10));
        lateCallback.ShouldBeOfType<OperationCanceledException>();
    }
}
