using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers.Mock;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets.Mock;

/// <summary>Get-AvatarIVMockJournal: the requests the mock answered, oldest first; keys appear only as key ids.</summary>
[Cmdlet(VerbsCommon.Get, "AvatarIVMockJournal", HelpUri = HelpLinks.Reference + "get-avatarivmockjournal")]
[OutputType(typeof(AvatarIVMockJournalEntry))]
public sealed class GetAvatarIVMockJournalCommand : AvatarIVMockCmdlet
{
    /// <summary>Only requests to this path: exact, or a prefix ending with *.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter]
    [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE")]
    public string? Method { get; set; }

    /// <summary>Only requests at or after this time.</summary>
    [Parameter]
    public DateTime Since { get; set; }

    protected override void ProcessRecord()
    {
        DateTimeOffset? since = MyInvocation.BoundParameters.ContainsKey(nameof(Since)) ? new DateTimeOffset(Since.ToUniversalTime(), TimeSpan.Zero) : null;
        Run(context => new GetMockJournalHandler(context).GetAsync(Mock, Path, Method?.ToUpperInvariant(), since));
    }
}
