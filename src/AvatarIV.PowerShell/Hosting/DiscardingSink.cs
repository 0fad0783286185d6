namespace AvatarIV.PowerShell.Hosting;

/// <summary>A sink for work with no pipeline to write to (tab completion).</summary>
internal sealed class DiscardingSink : ICmdletSink
{
    public static readonly DiscardingSink Instance = new();

    public void WriteObject(object item)
    {
    }

    public void WriteError(AvatarIVError error)
    {
    }

    public void WriteVerbose(string message)
    {
    }

    public void WriteWarning(string message)
    {
    }

    public void WriteProgress(ProgressUpdate progress)
    {
    }

    public bool ShouldProcess(string target, string action) => false;
}
