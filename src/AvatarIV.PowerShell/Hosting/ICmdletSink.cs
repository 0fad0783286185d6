namespace AvatarIV.PowerShell.Hosting;

/// <summary>
/// Everything a handler may say to PowerShell. The cmdlets adapt it to PSCmdlet; tests record it.
/// Deliberately free of System.Management.Automation types so handlers run under xunit.
/// </summary>
internal interface ICmdletSink
{
    void WriteObject(object item);

    /// <summary>A non-terminating error: this item failed, the rest of the pipeline goes on.</summary>
    void WriteError(AvatarIVError error);

    /// <summary>Diagnostics shown with -Verbose (requests, retries). Never contains the API key.</summary>
    void WriteVerbose(string message);

    void WriteWarning(string message);

    void WriteProgress(ProgressUpdate progress);

    /// <summary>PowerShell's ShouldProcess: false under -WhatIf or when the user declines -Confirm.</summary>
    bool ShouldProcess(string target, string action);
}
