using System.Management.Automation;
using AvatarIV.Mock.Client.Models;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers.Mock;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets.Mock;

/// <summary>Add-AvatarIVMockFault: makes the mock fail matching requests (an error status, latency, a dropped connection, bad JSON).</summary>
[Cmdlet(VerbsCommon.Add, "AvatarIVMockFault", HelpUri = HelpLinks.Reference + "add-avatarivmockfault")]
[OutputType(typeof(AvatarIVMockFault))]
public sealed class AddAvatarIVMockFaultCommand : AvatarIVMockCmdlet
{
    /// <summary>The request path: exact, or a prefix ending with *.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    [Parameter]
    [ValidateSet("status", "latency", "drop", "malformed")]
    public string Kind { get; set; } = "status";

    [Parameter]
    [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE")]
    public string? Method { get; set; }

    [Parameter]
    [ValidateRange(400, 599)]
    public int StatusCode { get; set; }

    /// <summary>A catalogue error code (e.g. video_not_found) instead of -StatusCode.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ErrorCode { get; set; }

    [Parameter]
    [ValidateRange(0, 3600)]
    public int RetryAfterSeconds { get; set; }

    [Parameter]
    [ValidateRange(0, 600_000)]
    public int LatencyMs { get; set; }

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double Probability { get; set; }

    /// <summary>Apply to the next N matching requests only.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int Times { get; set; }

    /// <summary>Before (the request is not handled) or After (it is handled, then its answer replaced).</summary>
    [Parameter]
    [ValidateSet("Before", "After")]
    public string? Phase { get; set; }

    protected override void ProcessRecord()
    {
        var bound = MyInvocation.BoundParameters;
        var rule = new FaultRuleSpec(Path, Kind.ToLowerInvariant())
        {
            Method = Method?.ToUpperInvariant(),
            Status = bound.ContainsKey(nameof(StatusCode)) ? StatusCode : null,
            Code = ErrorCode,
            RetryAfter = bound.ContainsKey(nameof(RetryAfterSeconds)) ? RetryAfterSeconds : null,
            LatencyMs = bound.ContainsKey(nameof(LatencyMs)) ? LatencyMs : null,
            Probability = bound.ContainsKey(nameof(Probability)) ? Probability : null,
            Times = bound.ContainsKey(nameof(Times)) ? Times : null,
            Phase = Phase?.ToLowerInvariant(),
        };
        Run(context => new MockFaultHandler(context).AddAsync(Mock, rule));
    }
}
