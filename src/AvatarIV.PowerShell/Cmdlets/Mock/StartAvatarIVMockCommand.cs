using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Arguments;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers.Mock;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets.Mock;

/// <summary>Start-AvatarIVMock: the mock server on a free loopback port, waited for; -Connect also connects the session to it.</summary>
[Cmdlet(VerbsLifecycle.Start, "AvatarIVMock", HelpUri = HelpLinks.Reference + "start-avatarivmock")]
[OutputType(typeof(AvatarIVMock))]
public sealed class StartAvatarIVMockCommand : AvatarIVCmdlet
{
    /// <summary>AvatarIV.MockServer.dll or a mock executable; default: the installed avatariv-mock tool on PATH.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Mock flags, e.g. '--progression', 'polls:2'.</summary>
    [Parameter]
    [ValidateNotNull]
    public string[] ArgumentList { get; set; } = Array.Empty<string>();

    /// <summary>Also run Connect-AvatarIV against the mock (with -ApiKey, or a test key).</summary>
    [Parameter]
    public SwitchParameter Connect { get; set; }

    /// <summary>With -Connect: V3 (default) or Legacy.</summary>
    [Parameter]
    public AvatarIVApiVersion ApiVersion { get; set; }

    /// <summary>How long to wait for the mock to print its base URL.</summary>
    [Parameter]
    [SecondsToTimeSpan]
    [ValidateTimeSpanRange(0, 600, minimumExclusive: true)]
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    protected override void ProcessRecord()
    {
        var path = Path is null ? null : ToFileSystemPath(Path);
        AvatarIVApiVersion? version = MyInvocation.BoundParameters.ContainsKey(nameof(ApiVersion)) ? ApiVersion : null;
        Run(context => new StartMockHandler(context).StartAsync(path, ArgumentList, StartTimeout, Connect.IsPresent, ApiKey, version));
    }
}
