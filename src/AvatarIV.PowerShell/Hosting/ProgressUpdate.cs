namespace AvatarIV.PowerShell.Hosting;

/// <summary>One Write-Progress call: <paramref name="PercentComplete"/> is -1 when unknown.</summary>
internal sealed record ProgressUpdate(
    int ActivityId,
    string Activity,
    string StatusDescription,
    int PercentComplete = -1,
    bool Completed = false,
    int ParentActivityId = -1);
