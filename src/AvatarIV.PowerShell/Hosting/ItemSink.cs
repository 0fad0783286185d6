namespace AvatarIV.PowerShell.Hosting;

/// <summary>
/// What one pipeline item says while it works off the pipeline thread: objects and errors are kept, in the order
/// said, until <see cref="ThrottledPipeline"/> writes them in input order; progress, verbose and warnings go to the
/// pipeline's live queue at once. ShouldProcess is only allowed while the item is being dispatched (on the command's
/// own flow, before its first await), so every prompt comes before the item's work goes to the background.
/// </summary>
internal sealed class ItemSink : ICmdletSink
{
    private readonly ICmdletSink _output;
    private readonly ThrottledPipeline.LiveMessages _live;
    private static readonly AsyncLocal<ICmdletSink?> CurrentItem = new();
    private readonly List<Action<ICmdletSink>> _results = new();
    private volatile bool _dispatching;

    public ItemSink(ICmdletSink output, ThrottledPipeline.LiveMessages live)
    {
        _output = output;
        _live = live;
    }

    /// <summary>The sink of the item whose background work runs on this async flow (null: none).</summary>
    public static ICmdletSink? Current
    {
        get => CurrentItem.Value;
        set => CurrentItem.Value = value;
    }

    /// <summary>Added to the handler's progress activity ids: each slot in flight has its own lane, so its own bar.</summary>
    public int ActivityOffset { get; set; }

    /// <summary>True while the pipeline dispatches the item: ShouldProcess may ask PowerShell then, and only then.</summary>
    public bool Dispatching
    {
        get => _dispatching;
        set => _dispatching = value;
    }

    public void WriteObject(object item) => Keep(sink => sink.WriteObject(item));

    public void WriteError(AvatarIVError error) => Keep(sink => sink.WriteError(error));

    public void WriteVerbose(string message) => _live.Post(sink => sink.WriteVerbose(message));

    public void WriteWarning(string message) => _live.Post(sink => sink.WriteWarning(message));

    /// <summary>Each item in flight has its own lane, so concurrent transfers show as separate progress bars.</summary>
    public void WriteProgress(ProgressUpdate progress) =>
        _live.Progress(progress with { ActivityId = progress.ActivityId + ActivityOffset });

    public bool ShouldProcess(string target, string action) => Dispatching
        ? _output.ShouldProcess(target, action)
        : throw new InvalidOperationException("ShouldProcess was asked after the item's work left the pipeline thread; ask it before the first await.");

    /// <summary>Writes what the item kept, in the order it said it (on the pipeline thread, through the command's sink).</summary>
    public void WriteResults()
    {
        Action<ICmdletSink>[] results;
        lock (_results)
        {
            results = _results.ToArray();
            _results.Clear();
        }

        foreach (var result in results)
        {
            result(_output);
        }
    }

    private void Keep(Action<ICmdletSink> result)
    {
        lock (_results)
        {
            _results.Add(result);
        }
    }
}
