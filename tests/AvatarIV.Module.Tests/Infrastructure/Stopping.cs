using System.Diagnostics;
using System.Management.Automation;

namespace AvatarIV.Module.Tests.Infrastructure;

/// <summary>Ctrl+C as PowerShell does it (<see cref="PowerShell.BeginStop"/>) on a running command.</summary>
public static class Stopping
{
    /// <summary>Stops <paramref name="shell"/>, checks it ended stopped, and answers how long the stop took.</summary>
    public static async Task<TimeSpan> StopAndTimeAsync(this PowerShell shell, IAsyncResult invocation)
    {
        var clock = Stopwatch.StartNew();
        await Task.Factory.FromAsync(shell.BeginStop(null, null), shell.EndStop);
        Should.Throw<PipelineStoppedException>(() => shell.EndInvoke(invocation));
        clock.Stop();
        shell.InvocationStateInfo.State.ShouldBe(PSInvocationState.Stopped);
        return clock.Elapsed;
    }
}
