using System.Diagnostics;

namespace AvatarIV.PowerShell.Models;

/// <summary>A mock server started by Start-AvatarIVMock: its base URL and its process. Stop it with Stop-AvatarIVMock.</summary>
public sealed class AvatarIVMock
{
    internal AvatarIVMock(Uri baseUri, Process process, IDisposable server)
    {
        BaseUri = baseUri;
        Process = process;
        ProcessId = process.Id;
        Server = server;
    }

    /// <summary>Base URL with a trailing slash, e.g. http://127.0.0.1:45123/; give it to Connect-AvatarIV -BaseUri.</summary>
    public Uri BaseUri { get; }

    public int ProcessId { get; }

    public Process Process { get; }

    /// <summary>True once Stop-AvatarIVMock stopped it or the process ended by itself.</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return Stopped || Process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>The running server (the admin client's process wrapper); disposing it stops the process.</summary>
    internal IDisposable Server { get; }

    internal bool Stopped { get; set; }

    public override string ToString() => BaseUri.ToString();
}
