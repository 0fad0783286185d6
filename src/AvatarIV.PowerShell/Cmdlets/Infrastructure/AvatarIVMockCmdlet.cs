using System.Management.Automation;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets.Infrastructure;

/// <summary>Base of the cmdlets that drive a running mock through its admin API: the common -Mock.</summary>
public abstract class AvatarIVMockCmdlet : AvatarIVCmdlet
{
    /// <summary>The mock to work on (what Start-AvatarIVMock returned); default: the newest running one it started in this session.</summary>
    [Parameter]
    [ValidateNotNull]
    public AvatarIVMock? Mock { get; set; }
}
