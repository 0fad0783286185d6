using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers.Mock;

namespace AvatarIV.PowerShell.Cmdlets.Mock;

/// <summary>Remove-AvatarIVMockFault: removes fault rules by id (from the pipeline), or every rule with -All.</summary>
[Cmdlet(VerbsCommon.Remove, "AvatarIVMockFault", SupportsShouldProcess = true, DefaultParameterSetName = IdSet, HelpUri = HelpLinks.Reference + "remove-avatarivmockfault")]
[OutputType(typeof(void))]
public sealed class RemoveAvatarIVMockFaultCommand : AvatarIVMockCmdlet
{
    public const string IdSet = "Id";
    public const string AllSet = "All";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Removes every rule, the --fault ones included.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AllSet)]
    public SwitchParameter All { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == AllSet)
        {
            Run(context => new MockFaultHandler(context).RemoveAllAsync(Mock));
            return;
        }

        Run(async context =>
        {
            foreach (var id in Id)
            {
                await new MockFaultHandler(context).RemoveAsync(Mock, id).ConfigureAwait(false);
            }
        });
    }
}
