using System.Management.Automation;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Cmdlets.Infrastructure;

/// <summary>
/// Base of the cmdlets that work on pipeline input concurrently: -ThrottleLimit items at a time, each prepared
/// (checks, ShouldProcess) in input order in ProcessRecord, its requests made in the background, its results written
/// in input order; EndProcessing waits for the rest. -ThrottleLimit 1 is the one-after-another behaviour.
/// </summary>
public abstract class AvatarIVPipelineCmdlet : AvatarIVCmdlet
{
    private ThrottledPipeline? _items;

    /// <summary>How many input items are worked on at once (uploads or creates in flight). Default 10 (Send-AvatarPhoto: 25).</summary>
    [Parameter]
    [ValidateRange(1, ThrottledPipeline.MaxLimit)]
    public int ThrottleLimit { get; set; } = ThrottledPipeline.DefaultLimit;

    /// <summary>
    /// Dispatches one input item (from ProcessRecord). <paramref name="prepare"/> runs now with the item's own context
    /// and answers the work to run in the background, or null when there is none (refused, declined: said on the sink).
    /// </summary>
    internal void Dispatch(Func<HandlerContext, Func<Task>?> prepare) => Run(context =>
    {
        _items ??= new ThrottledPipeline(context.Sink, ItemsAtOnce(context), context.CancellationToken);
        var items = _items;
        return items.AddAsync(sink => prepare(context.ForItem(sink, items.Cancellation)));
    });

    /// <summary>How many items the pipeline works on at once: -ThrottleLimit, unless the cmdlet bounds its requests itself.</summary>
    private protected virtual int ItemsAtOnce(HandlerContext context) => ThrottleLimit;

    protected override void EndProcessing()
    {
        if (_items is { } items)
        {
            Run(_ => items.CompleteAsync());
        }

        base.EndProcessing();
    }

    private protected override void OnDisposing() => _items?.Dispose();
}
