using System.Management.Automation;
using AvatarIV.PowerShell.Hosting;

namespace AvatarIV.PowerShell.Cmdlets.Infrastructure;

/// <summary>Adapts a handler's output to the cmdlet, always on the pipeline thread (through the dispatcher).</summary>
internal sealed class CmdletSink : ICmdletSink
{
    private readonly PSCmdlet _cmdlet;
    private readonly PipelineDispatcher _dispatcher;

    public CmdletSink(PSCmdlet cmdlet, PipelineDispatcher dispatcher)
    {
        _cmdlet = cmdlet;
        _dispatcher = dispatcher;
    }

    /// <summary>-Force on a ConfirmImpact=High cmdlet: skip the confirmation prompt, but still honour -WhatIf.</summary>
    public bool SkipConfirmation { get; set; }

    public void WriteObject(object item) => _dispatcher.Invoke(() => _cmdlet.WriteObject(item));

    public void WriteError(AvatarIVError error) => _dispatcher.Invoke(() => _cmdlet.WriteError(ErrorRecords.From(error)));

    public void WriteVerbose(string message) => _dispatcher.Invoke(() => _cmdlet.WriteVerbose(message));

    public void WriteWarning(string message) => _dispatcher.Invoke(() => _cmdlet.WriteWarning(message));

    public void WriteProgress(ProgressUpdate progress) => _dispatcher.Invoke(() => _cmdlet.WriteProgress(
        new ProgressRecord(progress.ActivityId, progress.Activity, progress.StatusDescription)
        {
            PercentComplete = Math.Min(100, progress.PercentComplete),
            ParentActivityId = progress.ParentActivityId,
            RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
        }));

    public bool ShouldProcess(string target, string action) => _dispatcher.Invoke(() =>
        (SkipConfirmation && !WhatIfRequested()) || _cmdlet.ShouldProcess(target, action));

    private bool WhatIfRequested() =>
        (_cmdlet.MyInvocation.BoundParameters.TryGetValue("WhatIf", out var bound) && LanguagePrimitives.IsTrue(bound))
        || LanguagePrimitives.IsTrue(_cmdlet.GetVariableValue("WhatIfPreference"));
}
