using System.Collections.Concurrent;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>Records what a handler tells PowerShell; answers ShouldProcess as told.</summary>
internal sealed class RecordingSink : ICmdletSink
{
    public ConcurrentQueue<object> Objects { get; } = new();
    public ConcurrentQueue<AvatarIVError> Errors { get; } = new();
    public ConcurrentQueue<string> Verbose { get; } = new();
    public ConcurrentQueue<ProgressUpdate> Progress { get; } = new();
    public ConcurrentQueue<(string Target, string Action)> ShouldProcessCalls { get; } = new();

    /// <summary>The answer to ShouldProcess: false behaves like -WhatIf (or a declined -Confirm).</summary>
    public bool Proceed { get; set; } = true;

    /// <summary>Called on each progress report (e.g. to cancel mid-wait).</summary>
    public Action<ProgressUpdate>? OnProgress { get; set; }

    public IEnumerable<T> Written<T>() => Objects.OfType<T>();

    public void WriteObject(object item) => Objects.Enqueue(item);
    public void WriteError(AvatarIVError error) => Errors.Enqueue(error);
    public void WriteVerbose(string message) => Verbose.Enqueue(message);
    public void WriteWarning(string message) => Verbose.Enqueue("WARNING: " + message);

    public void WriteProgress(ProgressUpdate progress)
    {
        Progress.Enqueue(progress);
        OnProgress?.Invoke(progress);
    }

    public bool ShouldProcess(string target, string action)
    {
        ShouldProcessCalls.Enqueue((target, action));
        return Proceed;
    }
}
