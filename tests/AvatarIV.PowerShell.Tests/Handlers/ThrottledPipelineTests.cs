using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>
/// -ThrottleLimit's engine: items run concurrently, results are written in input order, at most the limit are
/// unwritten, and a terminating failure ends the command after what came before it was written.
/// </summary>
public sealed class ThrottledPipelineTests
{
    [Fact]
    public async Task Results_are_written_in_input_order_whatever_order_the_items_finish_in()
    {
        var output = new RecordingSink();
        using var pipeline = new ThrottledPipeline(output, 2, CancellationToken.None);
        var gates = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();

        await pipeline.AddAsync(Item(0, gates[0].Task));
        await pipeline.AddAsync(Item(1, gates[1].Task));
        var third = pipeline.AddAsync(Item(2, gates[2].Task)); // 2 × 2 − 1 unwritten: waits for room
        gates[1].SetResult(); // the second finishes first, then the third takes its slot and finishes too
        gates[2].SetResult();
        third.IsCompleted.ShouldBeFalse("the first item has not finished, so nothing can be written yet");
        output.Objects.ShouldBeEmpty();

        gates[0].SetResult();
        await third.WaitAsync(TimeSpan.FromSeconds(10));
        await pipeline.CompleteAsync();
        output.Objects.ShouldBe(new object[] { 0, 1, 2 });
    }

    [Fact]
    public async Task With_a_limit_of_one_each_item_is_written_before_the_next_is_taken()
    {
        var output = new RecordingSink();
        using var pipeline = new ThrottledPipeline(output, 1, CancellationToken.None);

        await pipeline.AddAsync(Item(0, Task.Run(() => { })));
        output.Objects.ShouldBe(new object[] { 0 });
        await pipeline.AddAsync(Item(1, Task.Run(() => { })));
        output.Objects.ShouldBe(new object[] { 0, 1 });
    }

    [Fact]
    public async Task No_more_than_the_limit_run_at_once()
    {
        var output = new RecordingSink();
        using var pipeline = new ThrottledPipeline(output, 4, CancellationToken.None);
        var running = 0;
        var most = 0;
        for (var i = 0; i < 20; i++)
        {
            var value = i;
            await pipeline.AddAsync(sink => async () =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                await Task.Yield();
                Interlocked.Decrement(ref running);
                sink.WriteObject(value);
            });
        }

        await pipeline.CompleteAsync();
        most.ShouldBeLessThanOrEqualTo(4);
        output.Objects.ShouldBe(Enumerable.Range(0, 20).Cast<object>());
    }

    [Fact]
    public async Task A_terminating_failure_is_thrown_after_the_items_before_it_are_written_and_stops_the_rest()
    {
        var output = new RecordingSink();
        using var pipeline = new ThrottledPipeline(output, 3, CancellationToken.None);
        var later = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await pipeline.AddAsync(Item(0, Task.CompletedTask));
        await pipeline.AddAsync(_ => () => Task.FromException(new InvalidOperationException("endpoint gone")));
        await pipeline.AddAsync(sink => () => later.Task.WaitAsync(pipeline.Cancellation));

        (await Should.ThrowAsync<InvalidOperationException>(pipeline.CompleteAsync)).Message.ShouldBe("endpoint gone");
        output.Objects.ShouldBe(new object[] { 0 });
        pipeline.Cancellation.IsCancellationRequested.ShouldBeTrue("the items after it are told to stop");
    }

    [Fact]
    public async Task ShouldProcess_is_asked_while_an_item_is_dispatched_and_refused_once_its_work_runs()
    {
        var output = new RecordingSink { Proceed = false };
        using var pipeline = new ThrottledPipeline(output, 2, CancellationToken.None);

        await pipeline.AddAsync(sink => sink.ShouldProcess("photo1", "Create") ? () => Task.CompletedTask : null);
        await pipeline.AddAsync(sink => () =>
        {
            sink.ShouldProcess("photo2", "Create");
            return Task.CompletedTask;
        });

        await Should.ThrowAsync<InvalidOperationException>(pipeline.CompleteAsync);
        output.ShouldProcessCalls.Select(c => c.Target).ShouldBe(new[] { "photo1" });
    }

    private static Func<ICmdletSink, Func<Task>?> Item(int value, Task finish) => sink => async () =>
    {
        await finish;
        sink.WriteObject(value);
    };

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
